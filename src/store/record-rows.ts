import type { Kysely, Selectable } from 'kysely';
import type { Revision, Stored } from '../core/ports.ts';
import type { Collection, RecordKind } from '../core/record/record-kinds.ts';
import { RECORD_KINDS } from '../core/record/record-kinds.ts';
import type { RecordOf } from '../core/record/record-kinds.ts';
import type { RecordTable, RevisionTable } from './schema.ts';

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

/**
 * The kinds whose tables the database has: a migration that fills a side table from the records runs before
 * the migrations that add later kinds' tables, which are empty when they come.
 */
export async function kindsWithTables(
  db: Kysely<unknown>,
  kinds: readonly RecordKind[],
): Promise<RecordKind[]> {
  const tables = new Set((await db.introspection.getTables()).map((t) => t.name));
  return kinds.filter((kind) => tables.has(RECORD_KINDS[kind].collection));
}
