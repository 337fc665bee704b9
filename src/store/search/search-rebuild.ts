import { sql, type Kysely } from 'kysely';
import type { RecordKind } from '../../core/record/record-kinds.ts';
import type { RecordRow } from '../../core/record/record-row.ts';
import type { RebuildProgress } from '../../core/search/search.ts';
import { isIndexed } from '../../core/search/search-entries.ts';
import { RECORD_KINDS } from '../../core/record/record-kinds.ts';
import { kindsWithTables, tableOf } from '../record-rows.ts';
import type { BulkInsert, Database } from '../schema.ts';
import { indexSourcePages } from './search-pages.ts';
import { searchEntryRows, searchFacetRows, searchRecordRows, withEntryIds } from './search-tables.ts';
import type { SearchTextEngine } from './search-text-sql.ts';

const PAGE = 1_000;
const CHUNK = 400;

/**
 * Empties the search tables and fills them again from every record and the pages of documents' files, inside the
 * caller's transaction (the rebuild's, or migration 0004's): what the index holds is then exactly what the write
 * paths would have written.
 */
export async function fillSearchIndex(
  db: Kysely<Database>,
  engine: SearchTextEngine,
  onProgress?: RebuildProgress,
): Promise<{ records: number; entries: number }> {
  await db.deleteFrom('search_entries').execute();
  await db.deleteFrom('search_records').execute();
  await db.deleteFrom('search_facets').execute();
  const kinds = await kindsWithTables(
    db as Kysely<unknown>,
    (Object.keys(RECORD_KINDS) as RecordKind[]).filter(isIndexed),
  );
  let total = 0;
  for (const kind of kinds) {
    const { rows } = await sql<{ n: number }>`select count(*) as n from ${sql.table(tableOf(kind))}`.execute(
      db,
    );
    total += Number(rows[0]?.n ?? 0);
  }
  let records = 0;
  let entries = 0;
  onProgress?.(0, total);
  for (const kind of kinds) {
    let after = '';
    for (;;) {
      const page = await db
        .selectFrom(tableOf(kind))
        .select(['id', 'data', 'case_id', 'visibility'])
        .where('id', '>', after)
        .orderBy('id')
        .limit(PAGE)
        .execute();
      if (page.length === 0) break;
      const rows: RecordRow[] = page.map((r) => ({
        id: r.id,
        json: r.data,
        caseId: r.case_id,
        visibility: r.visibility as RecordRow['visibility'],
      }));
      for (const make of [searchRecordRows, searchEntryRows, searchFacetRows]) {
        const insert = make(kind, rows);
        if (insert.table === 'search_entries') entries += insert.count;
        await insertBulk(
          db,
          insert.table === 'search_entries' ? await withEntryIds(db, engine, insert) : insert,
        );
      }
      // A document's pages, from document_pages (no source keeps a file before 0006 makes that table).
      entries += await indexSourcePages(db, engine, kind, rows);
      records += page.length;
      onProgress?.(records, total);
      after = page.at(-1)?.id ?? after;
    }
  }
  return { records, entries };
}

/** A bulk insert as plain INSERT statements of a few hundred rows: the same on both databases. */
async function insertBulk(db: Kysely<Database>, insert: BulkInsert): Promise<void> {
  for (let start = 0; start < insert.count; start += CHUNK) {
    const end = Math.min(insert.count, start + CHUNK);
    const values: Record<string, unknown>[] = [];
    for (let i = start; i < end; i++)
      values.push(
        Object.fromEntries(
          insert.columns.map((c) => [c.name, c.values === undefined ? c.constant : c.values[i]]),
        ),
      );
    await db
      .insertInto(insert.table as 'search_entries')
      .values(values as never)
      .execute();
  }
}
