import BetterSqlite3 from 'better-sqlite3';
import pg from 'pg';
import { RECORD_KIND_ORDER, RECORD_KINDS } from '../src/core/record/record-kinds.ts';
import { loadLegalKnowledge } from '../src/store/law-files.ts';
import { sampleMemory, type MemoryPeak } from './memory.ts';
import { importFile } from './import-file.ts';
import { openTarget, type Target } from './target.ts';

const RECORD_TABLES: readonly string[] = RECORD_KIND_ORDER.map((k) => RECORD_KINDS[k].collection);

/**
 * The store's own tables among `names` (migration bookkeeping left out), in an order foreign keys accept:
 * record tables in kind order, then transactions, then the rest (names, participants, revisions…).
 */
export function tablesOf(names: readonly string[]): string[] {
  const mine = names.filter((n) => !n.startsWith('sqlite_') && !n.startsWith('kysely_'));
  const rank = (n: string) =>
    RECORD_TABLES.includes(n) ? RECORD_TABLES.indexOf(n) : n === 'transactions' ? 100 : 200;
  return [...mine].sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
}

/** What one import through the application's path did and cost. */
export interface ImportResult extends MemoryPeak {
  ms: number;
  records: number;
  rows: number;
  rowsByTable: Record<string, number>;
  recordsPerSec: number;
  rowsPerSec: number;
}

/** Imports a bundle file the way `casewatch import` does: readBundle → importBundle, one transaction. */
export async function runImportPhase(target: Target, file: string): Promise<ImportResult> {
  const law = loadLegalKnowledge('data/law');
  const store = await openTarget(target);
  const memory = sampleMemory();
  const started = performance.now();
  const report = await importFile(store, law, file);
  const ms = performance.now() - started;
  const peak = memory.stop();
  await store.close();
  const rowsByTable = await countRows(target);
  const rows = Object.values(rowsByTable).reduce((a, b) => a + b, 0);
  return {
    ms,
    records: report.total,
    rows,
    rowsByTable,
    recordsPerSec: report.total / (ms / 1000),
    rowsPerSec: rows / (ms / 1000),
    ...peak,
  };
}

/**
 * SQLite's plain tables: not the search index's FTS5 table nor its shadow tables, which its triggers fill as
 * search_entries is written (on import and on a raw copy alike), in segments that differ with how it was written.
 */
export const SQLITE_PLAIN_TABLES =
  "select name from pragma_table_list where schema = 'main' and type = 'table'";

/** Rows in every table the store writes, counted with the bare driver. */
export async function countRows(target: Target): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  if (target.dialect === 'sqlite') {
    const db = new BetterSqlite3(target.file, { readonly: true });
    const names = (db.prepare(SQLITE_PLAIN_TABLES).all() as { name: string }[]).map((t) => t.name);
    for (const t of tablesOf(names))
      counts[t] = (db.prepare(`select count(*) as n from "${t}"`).get() as { n: number }).n;
    db.close();
    return counts;
  }
  const client = new pg.Client({ connectionString: target.url });
  await client.connect();
  const listed = await client.query<{ table_name: string }>(
    "select table_name from information_schema.tables where table_schema = current_schema() and table_type = 'BASE TABLE'",
  );
  for (const t of tablesOf(listed.rows.map((r) => r.table_name)))
    counts[t] = Number(
      (await client.query<{ n: string }>(`select count(*) as n from "${t}"`)).rows[0]?.n ?? 0,
    );
  await client.end();
  return counts;
}
