import type { Kysely } from 'kysely';
import type { ParkedReference } from '../core/ports.ts';
import { RECORD_KINDS, type RecordKind } from '../core/record/record-kinds.ts';
import { perRow, type BulkColumn, type Database } from './schema.ts';
import type { StoreDialect } from './store-dialect.ts';

const TABLE = 'parked_references';

/**
 * Creates the temporary table of parked references if this transaction has none yet. Created inside the
 * transaction, it goes if the transaction is rolled back; `takeMissing` drops it otherwise.
 */
export async function createParkingTable(db: Kysely<Database>): Promise<void> {
  await db.schema
    .createTable(TABLE)
    .temporary()
    .ifNotExists()
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('from_kind', 'integer', (c) => c.notNull())
    .addColumn('from_index', 'integer', (c) => c.notNull())
    .addColumn('path', 'integer', (c) => c.notNull())
    .addColumn('from_id', 'text')
    .execute();
}

/** The table's columns, and where each takes its value from. */
const COLUMNS: readonly [string, BulkColumn['type'], (ref: ParkedReference) => unknown][] = [
  ['kind', 'text', (r) => r.kind],
  ['id', 'text', (r) => r.id],
  ['from_kind', 'integer', (r) => r.fromKind],
  ['from_index', 'integer', (r) => r.index],
  ['path', 'integer', (r) => r.path],
  ['from_id', 'text', (r) => r.fromId ?? null],
];

/** Writes references into the table `createParkingTable` made, with the dialect's bulk insert. */
export async function parkReferences(
  db: Kysely<Database>,
  dialect: StoreDialect,
  refs: readonly ParkedReference[],
): Promise<void> {
  if (refs.length === 0) return;
  await dialect.insertRows(db, {
    table: TABLE,
    count: refs.length,
    columns: COLUMNS.map(([name, type, value]) => perRow(name, type, refs.map(value))),
  });
}

/**
 * The parked references to records that do not exist, the first `limit` in file order, found by one anti-join
 * per kind against the record tables (which hold what the import wrote), but for those to the ids `except`
 * names; then drops the table.
 */
export async function takeMissing(
  db: Kysely<Database>,
  limit: number,
  except: ReadonlyMap<RecordKind, readonly string[]>,
): Promise<ParkedReference[]> {
  const kinds = await db.selectFrom(TABLE).select('kind').distinct().execute();
  const missing: ParkedReference[] = [];
  for (const { kind } of kinds) {
    const table = RECORD_KINDS[kind as RecordKind].collection;
    const rows = await db
      .selectFrom(`${TABLE} as p`)
      .selectAll('p')
      .where('p.kind', '=', kind)
      .$if((except.get(kind as RecordKind)?.length ?? 0) > 0, (q) =>
        q.where('p.id', 'not in', except.get(kind as RecordKind) ?? []),
      )
      .where((eb) =>
        eb.not(eb.exists(eb.selectFrom(table).select('id').whereRef(`${table}.id`, '=', 'p.id'))),
      )
      .orderBy('p.from_kind')
      .orderBy('p.from_index')
      .limit(limit)
      .execute();
    for (const r of rows)
      missing.push({
        kind: r.kind as RecordKind,
        id: r.id,
        fromKind: Number(r.from_kind),
        index: Number(r.from_index),
        path: Number(r.path),
        ...(typeof r.from_id === 'string' ? { fromId: r.from_id } : {}),
      });
  }
  await db.schema.dropTable(TABLE).execute();
  return missing.sort((a, b) => a.fromKind - b.fromKind || a.index - b.index).slice(0, limit);
}
