import type { Kysely } from 'kysely';
import type { RecordKind } from '../../core/record/record-kinds.ts';
import type { RecordRow } from '../../core/record/record-row.ts';
import { isIndexed, SearchDocuments, type SearchDocument } from '../../core/search/search-entries.ts';
import { loadNameFolder } from '../name-folding-file.ts';
import { perRow, same, type BulkInsert, type Database } from '../schema.ts';
import { segmentRange } from './search-segments.ts';
import type { SearchTextEngine } from './search-text-sql.ts';

let documents: SearchDocuments | undefined;

/** The tables of the search index, written with the records (the full text is the dialect's own). */
export const SEARCH_TABLES = ['search_records', 'search_entries', 'search_facets'] as const;

/**
 * The index's document maker, over the package's folding tables: made once per process, as the tables are
 * data of the build (its caches of keys per word are what make an import's folding cheap).
 */
export function searchDocuments(): SearchDocuments {
  documents ??= new SearchDocuments(loadNameFolder());
  return documents;
}

const decoder = new TextDecoder();
/** The three side tables ask for the same rows in turn: each row's document is made once. */
const made = new WeakMap<RecordRow, SearchDocument | null>();

/** The search document of a record's row: the one made beforehand (an import's worker) or made here, once. */
export function searchDocumentOf(kind: RecordKind, row: RecordRow): SearchDocument | null {
  if (row.search !== undefined) return row.search;
  let doc = made.get(row);
  if (doc === undefined) {
    const json = typeof row.json === 'string' ? row.json : decoder.decode(row.json);
    doc = searchDocuments().documentOf(kind, JSON.parse(json) as Record<string, unknown>) ?? null;
    made.set(row, doc);
  }
  return doc;
}

/** The search_records rows of some records. */
export function searchRecordRows(kind: RecordKind, rows: readonly RecordRow[]): BulkInsert {
  const ids: string[] = [];
  const cases: (string | null)[] = [];
  const titles: string[] = [];
  const visibilities: string[] = [];
  const days: (string | null)[] = [];
  for (const row of rows) {
    const doc = isIndexed(kind) ? searchDocumentOf(kind, row) : null;
    if (doc === null) continue;
    ids.push(row.id);
    cases.push(doc.caseId);
    titles.push(doc.title);
    visibilities.push(doc.visibility);
    days.push(doc.day);
  }
  return {
    table: 'search_records',
    count: ids.length,
    columns: [
      same('kind', 'text', kind),
      perRow('record_id', 'text', ids),
      perRow('case_id', 'text', cases),
      perRow('title', 'text', titles),
      perRow('visibility', 'text', visibilities),
      perRow('day', 'text', days),
    ],
  };
}

/** The search_entries rows of some records, one per searchable field. */
export function searchEntryRows(kind: RecordKind, rows: readonly RecordRow[]): BulkInsert {
  const columns = {
    record_id: [] as string[],
    case_id: [] as (string | null)[],
    field: [] as string[],
    is_name: [] as number[],
    visibility: [] as string[],
    text: [] as string[],
    words: [] as string[],
    terms: [] as string[],
  };
  for (const row of rows) {
    const doc = isIndexed(kind) ? searchDocumentOf(kind, row) : null;
    for (const entry of doc?.entries ?? []) {
      columns.record_id.push(row.id);
      columns.case_id.push(doc?.caseId ?? null);
      columns.field.push(entry.field);
      columns.is_name.push(entry.isName ? 1 : 0);
      columns.visibility.push(entry.visibility);
      columns.text.push(entry.text);
      columns.words.push(entry.words);
      columns.terms.push(entry.terms);
    }
  }
  return {
    table: 'search_entries',
    count: columns.record_id.length,
    columns: [
      same('kind', 'text', kind),
      ...Object.entries(columns).map(([name, values]) =>
        perRow(name, name === 'is_name' ? 'integer' : 'text', values),
      ),
    ],
  };
}

/** The search_facets rows of some records, one per value a record gives a facet. */
export function searchFacetRows(kind: RecordKind, rows: readonly RecordRow[]): BulkInsert {
  const ids: string[] = [];
  const cases: (string | null)[] = [];
  const facets: string[] = [];
  const values: string[] = [];
  const visibilities: string[] = [];
  for (const row of rows) {
    const doc = isIndexed(kind) ? searchDocumentOf(kind, row) : null;
    for (const f of doc?.facets ?? []) {
      ids.push(row.id);
      cases.push(doc?.caseId ?? null);
      facets.push(f.facet);
      values.push(f.value);
      visibilities.push(doc?.visibility ?? 'public');
    }
  }
  return {
    table: 'search_facets',
    count: ids.length,
    columns: [
      same('kind', 'text', kind),
      perRow('record_id', 'text', ids),
      perRow('case_id', 'text', cases),
      perRow('facet', 'text', facets),
      perRow('value', 'text', values),
      perRow('visibility', 'text', visibilities),
    ],
  };
}

/** Deletes what one of the search tables holds of a record. */
export const clearSearch =
  (table: 'search_records' | 'search_entries' | 'search_facets') =>
  (db: Kysely<Database>, kind: RecordKind, id: string): Promise<unknown> =>
    db.deleteFrom(table).where('kind', '=', kind).where('record_id', '=', id).execute();

/**
 * Ids for new entries, one per row in the rows' order, each in the range of its segment (its kind's names or other
 * text): a segment's ids are asked for once, in one call.
 */
export async function entryIdsFor(
  db: Kysely<Database>,
  engine: SearchTextEngine,
  rows: readonly { kind: string; isName: boolean }[],
): Promise<number[]> {
  const bySegment = new Map<string, number[]>();
  rows.forEach((row, i) => {
    const key = `${row.kind} ${row.isName ? 1 : 0}`;
    const at = bySegment.get(key);
    if (at === undefined) bySegment.set(key, [i]);
    else at.push(i);
  });
  const ids = new Array<number>(rows.length);
  for (const [key, at] of bySegment) {
    const [kind = '', name] = key.split(' ');
    const given = await engine.nextIds(db, segmentRange(kind, name === '1'), at.length);
    at.forEach((i, k) => (ids[i] = given[k] as number));
  }
  return ids;
}

/** A search_entries insert with its entries' ids (entryIdsFor), as the first column. */
export async function withEntryIds(
  db: Kysely<Database>,
  engine: SearchTextEngine,
  insert: BulkInsert,
): Promise<BulkInsert> {
  const column = (name: string) => insert.columns.find((c) => c.name === name);
  const kind = column('kind');
  const isName = column('is_name');
  if (kind === undefined || isName === undefined) throw new Error('search: an entry has a kind and is_name');
  const valueAt = (c: typeof kind, i: number): unknown => (c.values === undefined ? c.constant : c.values[i]);
  const segments = Array.from({ length: insert.count }, (_, i) => ({
    kind: String(valueAt(kind, i)),
    isName: Number(valueAt(isName, i)) === 1,
  }));
  const ids = await entryIdsFor(db, engine, segments);
  return { ...insert, columns: [perRow('entry_id', 'integer', ids), ...insert.columns] };
}
