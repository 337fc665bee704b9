import type { Kysely } from 'kysely';
import { RECORD_KIND_ORDER, type AnyRecord, type RecordKind } from '../core/record/record-kinds.ts';
import { toRecordRow } from '../core/record/record-row.ts';
import { kindsWithTables, tableOf } from './record-rows.ts';
import type { Database } from './schema.ts';

const PAGE = 1000;
/** Rows an insert statement takes (4 parameters each, well under either database's limit). */
const ROWS_PER_INSERT = 250;

/**
 * Writes `record_references` for every record there is, kind by kind, a page of records at a time: what the
 * write path keeps for each write (derived-tables.ts), made for records written before the table existed.
 */
export async function fillRecordReferences(db: Kysely<unknown>): Promise<void> {
  const store = db as Kysely<Database>;
  for (const kind of await kindsWithTables(db, RECORD_KIND_ORDER)) {
    let after: string | undefined;
    for (;;) {
      let query = store.selectFrom(tableOf(kind)).select(['id', 'data']).orderBy('id').limit(PAGE);
      if (after !== undefined) query = query.where('id', '>', after);
      const rows = await query.execute();
      if (rows.length === 0) break;
      await insertReferences(
        store,
        kind,
        rows.flatMap((row) => referenceRows(kind, row.data)),
      );
      after = rows[rows.length - 1]?.id;
    }
  }
}

function referenceRows(kind: RecordKind, data: unknown) {
  const record = (typeof data === 'string' ? JSON.parse(data) : data) as AnyRecord;
  return (toRecordRow(kind, record as never).references ?? []).map((key) => {
    const space = key.indexOf(' ');
    return { kind, record_id: record.id, to_kind: key.slice(0, space), to_id: key.slice(space + 1) };
  });
}

async function insertReferences(
  db: Kysely<Database>,
  kind: RecordKind,
  rows: ReturnType<typeof referenceRows>,
): Promise<void> {
  for (let i = 0; i < rows.length; i += ROWS_PER_INSERT)
    await db
      .insertInto('record_references')
      .values(rows.slice(i, i + ROWS_PER_INSERT).map((r) => ({ ...r, kind })))
      .execute();
}
