import type { Kysely } from 'kysely';
import { foldName } from '../core/common/name-fold.ts';
import type { RecordKind } from '../core/record/record-kinds.ts';
import type { RecordRow } from '../core/record/record-row.ts';
import { perRow, same, type BulkInsert, type Database } from './schema.ts';
import { indexSourcePages } from './search/search-pages.ts';
import {
  clearSearch,
  searchEntryRows,
  searchFacetRows,
  searchRecordRows,
  withEntryIds,
} from './search/search-tables.ts';
import type { StoreDialect } from './store-dialect.ts';

/**
 * A side table kept in step with records, for look-ups the JSON cannot serve quickly. Every write path
 * (create, update, remove, imports) keeps them through this one registry, so none can drift.
 */
interface DerivedTable {
  /** The kinds whose records it holds rows of; 'every' for all of them. */
  kinds: readonly RecordKind[] | 'every';
  /** Its rows for records of a kind (count 0 when they give none). */
  rows(kind: RecordKind, records: readonly RecordRow[]): BulkInsert;
  /** Deletes the rows of one record. */
  clear(db: Kysely<Database>, kind: RecordKind, id: string): Promise<unknown>;
}

/** The person_names rows of some persons, one per written name. */
function personNames(_kind: RecordKind, persons: readonly RecordRow[]): BulkInsert {
  const ids: string[] = [];
  const values: string[] = [];
  const folded: string[] = [];
  const scripts: string[] = [];
  const languages: string[] = [];
  const kinds: string[] = [];
  for (const person of persons) {
    for (const name of person.names ?? []) {
      ids.push(person.id);
      values.push(name.value);
      folded.push(foldName(name.value));
      scripts.push(name.script);
      languages.push(name.language);
      kinds.push(name.kind);
    }
  }
  return {
    table: 'person_names',
    count: ids.length,
    columns: [
      perRow('person_id', 'text', ids),
      perRow('value', 'text', values),
      perRow('folded', 'text', folded),
      perRow('script', 'text', scripts),
      perRow('language', 'text', languages),
      perRow('kind', 'text', kinds),
    ],
  };
}

/** The case_participants rows of some cases, one per (case, person, role). */
function participants(_kind: RecordKind, cases: readonly RecordRow[]): BulkInsert {
  const caseIds: string[] = [];
  const personIds: string[] = [];
  const roles: string[] = [];
  for (const c of cases) {
    for (const p of c.participants ?? []) {
      caseIds.push(c.id);
      personIds.push(p.person);
      roles.push(p.role);
    }
  }
  return {
    table: 'case_participants',
    count: caseIds.length,
    columns: [
      perRow('case_id', 'text', caseIds),
      perRow('person_id', 'text', personIds),
      perRow('role', 'text', roles),
    ],
  };
}

/** The record_readers rows of some records of a kind, one per principal a record names. */
function readers(kind: RecordKind, records: readonly RecordRow[]): BulkInsert {
  const ids: string[] = [];
  const principals: string[] = [];
  for (const record of records) {
    for (const principal of record.readers ?? []) {
      ids.push(record.id);
      principals.push(principal);
    }
  }
  return {
    table: 'record_readers',
    count: ids.length,
    columns: [
      same('kind', 'text', kind),
      perRow('record_id', 'text', ids),
      perRow('principal', 'text', principals),
    ],
  };
}

/** The record_references rows of some records of a kind, one per record each refers to. */
function references(kind: RecordKind, records: readonly RecordRow[]): BulkInsert {
  const ids: string[] = [];
  const toKinds: string[] = [];
  const toIds: string[] = [];
  for (const record of records) {
    for (const key of record.references ?? []) {
      const space = key.indexOf(' ');
      ids.push(record.id);
      toKinds.push(key.slice(0, space));
      toIds.push(key.slice(space + 1));
    }
  }
  return {
    table: 'record_references',
    count: ids.length,
    columns: [
      same('kind', 'text', kind),
      perRow('record_id', 'text', ids),
      perRow('to_kind', 'text', toKinds),
      perRow('to_id', 'text', toIds),
    ],
  };
}

const DERIVED_TABLES: readonly DerivedTable[] = [
  {
    kinds: ['person'],
    rows: personNames,
    clear: (db, _kind, id) => db.deleteFrom('person_names').where('person_id', '=', id).execute(),
  },
  {
    kinds: ['case'],
    rows: participants,
    clear: (db, _kind, id) => db.deleteFrom('case_participants').where('case_id', '=', id).execute(),
  },
  {
    kinds: 'every',
    rows: readers,
    clear: (db, kind, id) =>
      db.deleteFrom('record_readers').where('kind', '=', kind).where('record_id', '=', id).execute(),
  },
  // The search index (store/search/): kinds it does not keep give no rows. Clearing a source's entries clears
  // its pages' too (search-pages.ts); writeDerived writes them again.
  { kinds: 'every', rows: searchRecordRows, clear: clearSearch('search_records') },
  { kinds: 'every', rows: searchEntryRows, clear: clearSearch('search_entries') },
  { kinds: 'every', rows: searchFacetRows, clear: clearSearch('search_facets') },
  {
    kinds: 'every',
    rows: references,
    clear: (db, kind, id) =>
      db.deleteFrom('record_references').where('kind', '=', kind).where('record_id', '=', id).execute(),
  },
];

const tablesOf = (kind: RecordKind): DerivedTable[] =>
  DERIVED_TABLES.filter((t) => t.kinds === 'every' || t.kinds.includes(kind));

/** The rows the side tables take for records of a kind: only inserts that have rows. */
function derivedInserts(kind: RecordKind, rows: readonly RecordRow[]): BulkInsert[] {
  return tablesOf(kind)
    .map((t) => t.rows(kind, rows))
    .filter((insert) => insert.count > 0);
}

/**
 * Writes the side tables' rows of records just written (created or rewritten), in the write's transaction: those
 * made from the records, then the search entries of a document's pages, which come from `document_pages`.
 */
export async function writeDerived(
  db: Kysely<Database>,
  dialect: StoreDialect,
  kind: RecordKind,
  rows: readonly RecordRow[],
): Promise<void> {
  for (const insert of derivedInserts(kind, rows))
    await dialect.insertRows(
      db,
      insert.table === 'search_entries' ? await withEntryIds(db, dialect.searchText, insert) : insert,
    );
  await indexSourcePages(db, dialect.searchText, kind, rows);
}

/** Deletes what the side tables hold of a record, before it is rewritten or removed. */
export async function clearDerived(db: Kysely<Database>, kind: RecordKind, id: string): Promise<void> {
  for (const table of tablesOf(kind)) await table.clear(db, kind, id);
}
