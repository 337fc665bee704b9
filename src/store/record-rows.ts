import type { Selectable } from 'kysely';
import type { Revision, Stored } from '../core/ports.ts';
import type { Collection, RecordKind } from '../core/record/record-kinds.ts';
import type { RecordRow } from '../core/record/record-row.ts';
import { RECORD_KINDS } from '../core/record/record-kinds.ts';
import type { RecordOf } from '../core/record/record-kinds.ts';
import { foldName } from '../core/common/name-fold.ts';
import { perRow, type BulkInsert, type RecordTable, type RevisionTable } from './schema.ts';

/**
 * The table of a kind, typed as one representative table: every record table has the same columns,
 * and Kysely cannot type a query over a union of table names.
 */
export function tableOf(kind: RecordKind): 'cases' {
  const table: Collection = RECORD_KINDS[kind].collection;
  return table as 'cases';
}

/** A stored row back as the core's Stored record; the JSON was validated when written. */
export function toStored<K extends RecordKind>(kind: K, row: RecordTable): Stored<K> {
  return {
    kind,
    id: row.id,
    version: row.version,
    data: JSON.parse(row.data) as RecordOf<K>,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    updatedBy: row.updated_by,
  };
}

/** A revision row as the core's Revision. */
export function toRevision(row: Selectable<RevisionTable>): Revision {
  return {
    seq: Number(row.seq),
    txId: row.tx_id,
    actor: row.actor,
    at: row.at,
    ...(row.reason !== null ? { reason: row.reason } : {}),
    kind: row.kind as RecordKind,
    recordId: row.record_id,
    action: row.action,
    version: row.version,
    before: row.before === null ? null : (JSON.parse(row.before) as unknown),
    after: row.after === null ? null : (JSON.parse(row.after) as unknown),
  };
}

/** The person_names rows of some persons' rows, one per written name. */
export function personNamesInsert(persons: readonly RecordRow[]): BulkInsert {
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

/** The case_participants rows of some cases' rows, one per (case, person, role). */
export function participantsInsert(cases: readonly RecordRow[]): BulkInsert {
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

/** The derived rows a record kind keeps in step: names of persons, participants of cases. */
export function derivedInsert(kind: RecordKind, rows: readonly RecordRow[]): BulkInsert | undefined {
  if (kind === 'person') return personNamesInsert(rows);
  if (kind === 'case') return participantsInsert(rows);
  return undefined;
}
