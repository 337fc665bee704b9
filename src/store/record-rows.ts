import type { Revision, Stored } from '../core/ports.ts';
import type { AnyRecord, Collection, RecordKind } from '../core/record/record-kinds.ts';
import { RECORD_KINDS } from '../core/record/record-kinds.ts';
import type { RecordOf } from '../core/record/record-kinds.ts';
import { foldName } from './name-fold.ts';
import type { RecordTable, RevisionTable } from './schema.ts';

/**
 * The table of a kind, typed as one representative table: every record table has the same columns,
 * and Kysely cannot type a query over a union of table names.
 */
export function tableOf(kind: RecordKind): 'cases' {
  return RECORD_KINDS[kind].collection as Collection as 'cases';
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
export function toRevision(row: RevisionTable): Revision {
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

/** The person_names rows of a person, in bulk column order. */
export function personNameRows(person: RecordOf<'person'>): unknown[][] {
  return person.names.map((n) => [person.id, n.value, foldName(n.value), n.script, n.language, n.kind]);
}

/** The case_participants rows of a case, one per (person, role), in bulk column order. */
export function participantRows(c: RecordOf<'case'>): unknown[][] {
  const seen = new Set<string>();
  const rows: unknown[][] = [];
  for (const p of c.participants) {
    const key = `${p.person}\u0000${p.role}`;
    if (seen.has(key)) continue;
    seen.add(key);
    rows.push([c.id, p.person, p.role]);
  }
  return rows;
}
