import { sql, type Kysely } from 'kysely';
import type { RecordKind } from '../core/record/record-kinds.ts';
import type { RecordRow } from '../core/record/record-row.ts';
import { perRow, same, type BulkColumn, type Database } from './schema.ts';
import type { StoreDialect } from './store-dialect.ts';
import type { WriteContext } from './write-context.ts';

const ID_CHUNK = 500;

/** Revisions of records of one kind written with one action: a version each, and their JSON before and after. */
export interface RevisionRows {
  kind: RecordKind;
  action: 'create' | 'update' | 'delete';
  ids: readonly string[];
  /** One version for all, or a version per record. */
  versions: number | readonly number[];
  /** The JSON before, per record; null when there was none (creates). */
  before: readonly string[] | null;
  /** The JSON after, per record; null when there is none (deletes). */
  after: readonly RecordRow['json'][] | null;
}

/**
 * The one revision writer: every write, single or bulk, records its revisions here, stamped with the unit of
 * work's transaction, actor, time and reason, through the dialect's fast insert.
 */
export function writeRevisions(
  db: Kysely<Database>,
  dialect: StoreDialect,
  ctx: WriteContext,
  revisions: RevisionRows,
): Promise<void> {
  const { kind, action, ids, versions, before, after } = revisions;
  const json = (name: string, values: readonly unknown[] | null): BulkColumn =>
    values === null ? same(name, 'text', null) : perRow(name, 'utf8', values);
  return dialect.insertRows(db, {
    table: 'revisions',
    count: ids.length,
    columns: [
      perRow('record_id', 'text', ids),
      same('tx_id', 'text', ctx.txId),
      same('actor', 'text', ctx.actor),
      same('at', 'text', ctx.at),
      same('reason', 'text', ctx.reason),
      same('kind', 'text', kind),
      same('action', 'text', action),
      typeof versions === 'number'
        ? same('version', 'integer', versions)
        : perRow('version', 'integer', versions),
      json('before', before),
      json('after', after),
    ],
  });
}

/**
 * The versions deleted records of these ids last had (their tombstones'), by id; ids never deleted are absent.
 * A record created again continues from there. Served by the partial index of deletions. When no record of the
 * kind was ever deleted (a fresh import's every batch), one short probe of that index answers, without building
 * a query of the ids.
 */
export async function tombstoneVersions(
  db: Kysely<Database>,
  kind: RecordKind,
  ids: readonly string[],
): Promise<Map<string, number>> {
  const found = new Map<string, number>();
  if (ids.length === 0 || !(await hasDeletions(db, kind))) return found;
  for (let i = 0; i < ids.length; i += ID_CHUNK) {
    const rows = await db
      .selectFrom('revisions')
      .select((eb) => ['record_id', eb.fn.max('version').as('version')])
      // A literal, not a parameter: SQLite uses a partial index only for a condition it can see in the query.
      .where(sql<boolean>`action = 'delete'`)
      .where('kind', '=', kind)
      .where('record_id', 'in', ids.slice(i, i + ID_CHUNK))
      .groupBy('record_id')
      .execute();
    for (const row of rows) found.set(row.record_id, Number(row.version));
  }
  return found;
}

/** Whether any record of the kind was ever deleted, as this transaction sees it. */
async function hasDeletions(db: Kysely<Database>, kind: RecordKind): Promise<boolean> {
  const row = await db
    .selectFrom('revisions')
    .select('record_id')
    // A literal, not a parameter: SQLite uses a partial index only for a condition it can see in the query.
    .where(sql<boolean>`action = 'delete'`)
    .where('kind', '=', kind)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

/** The version a record of this id last had, deleted or not, from its revisions; 0 when it never existed. */
export async function lastVersion(db: Kysely<Database>, kind: RecordKind, id: string): Promise<number> {
  const row = await db
    .selectFrom('revisions')
    .select((eb) => eb.fn.max('version').as('version'))
    .where('kind', '=', kind)
    .where('record_id', '=', id)
    .executeTakeFirst();
  return Number(row?.version ?? 0);
}
