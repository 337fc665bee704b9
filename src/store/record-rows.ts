import type { Selectable } from 'kysely';
import type { Revision, Stored } from '../core/ports.ts';
import type { AnyRecord, Collection, RecordKind } from '../core/record/record-kinds.ts';
import { RECORD_KINDS } from '../core/record/record-kinds.ts';
import type { RecordOf } from '../core/record/record-kinds.ts';
import { foldName } from './name-fold.ts';
import { perRow, type BulkInsert, type RecordTable, type RevisionTable } from './schema.ts';

/**
 * The table of a kind, typed as one representative table: every record table has the same columns,
 * and Kysely cannot type a query over a union of table names.
 */
export function tableOf(kind: RecordKind): 'cases' {
  const table: Collection = RECORD_KINDS[kind].collection;
  return table as 'cases';
}

/** The case a record belongs to, for the case-scoped kinds; null for the others. */
export function caseIdOf(record: AnyRecord): string | null {
  return 'case' in record && typeof record.case === 'string' ? record.case : null;
}

/** The visibility column; sources have none. */
export function visibilityOf(record: AnyRecord): string | null {
  return 'visibility' in record ? record.visibility : null;
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

/** The person_names rows of some persons, one per written name. */
export function personNamesInsert(persons: readonly RecordOf<'person'>[]): BulkInsert {
  const ids: string[] = [];
  const values: string[] = [];
  const folded: string[] = [];
  const scripts: string[] = [];
  const languages: string[] = [];
  const kinds: string[] = [];
  for (const person of persons) {
    for (const name of person.names) {
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
export function participantsInsert(cases: readonly RecordOf<'case'>[]): BulkInsert {
  const caseIds: string[] = [];
  const personIds: string[] = [];
  const roles: string[] = [];
  for (const c of cases) {
    const seen = new Set<string>();
    for (const p of c.participants) {
      const key = `${p.person}\u0000${p.role}`;
      if (seen.has(key)) continue;
      seen.add(key);
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
export function derivedInsert(kind: RecordKind, records: readonly AnyRecord[]): BulkInsert | undefined {
  if (kind === 'person') return personNamesInsert(records as RecordOf<'person'>[]);
  if (kind === 'case') return participantsInsert(records as RecordOf<'case'>[]);
  return undefined;
}
