import type BetterSqlite3 from 'better-sqlite3';
import { isSqliteUnavailable } from './unavailable.ts';

/** SQLite's own assumption for a table it has no statistics of: about a million rows (LogEst 200). */
const ASSUMED_ROWS = 1_048_576;

/**
 * Without statistics SQLite's planner takes an equality on any indexed column as selective: it read a case's
 * charges through the index of their visibility (every public charge, then filtered by case: 56 ms for one case
 * of 5,000), not the case's. `optimize` with 0x10002 analyzes, on a sample, the tables that have no statistics or
 * grew much since theirs, as SQLite advises on opening. It does not wait: a database another process is writing
 * to opens at once and keeps its plans until the next opening.
 */
export function refreshPlannerStatistics(database: BetterSqlite3.Database): void {
  const wait = database.pragma('busy_timeout', { simple: true }) as number;
  database.pragma('busy_timeout = 0');
  database.pragma('analysis_limit = 1000');
  try {
    database.pragma('optimize = 0x10002');
    keepSearchTextPagesLarge(database);
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (code !== 'SQLITE_BUSY' && code !== 'SQLITE_LOCKED' && !isSqliteUnavailable(error)) throw error;
  } finally {
    database.pragma(`busy_timeout = ${wait}`);
  }
}

/**
 * FTS5 keeps its index's pages in a table of its own (`search_fts_data`) and deletes ranges of them by their key at
 * every step of merging its segments. Counted while that table held a few rows (`optimize` on a new database's
 * first opening), its statistics made the planner read the whole table for each of those deletes, or from the
 * range's start to its end: an import into a database opened in the same process read the index again and again
 * (docs/PERFORMANCE.md, "The stalled import"). So the table is never counted below what SQLite assumes of a table
 * it knows nothing about, where it goes by the key; the connection reloads the figures at once (a deleted row
 * would leave it the small count it loaded, until it is opened again).
 */
function keepSearchTextPagesLarge(database: BetterSqlite3.Database): void {
  const hasStatistics =
    database.prepare("select 1 from sqlite_schema where name = 'sqlite_stat1'").pluck().get() !== undefined;
  if (!hasStatistics) return;
  const raised = database
    .prepare(
      `update sqlite_stat1 set stat = '${ASSUMED_ROWS}'
        where tbl = 'search_fts_data' and idx is null and cast(stat as integer) < ${ASSUMED_ROWS}`,
    )
    .run().changes;
  if (raised > 0) database.exec('analyze sqlite_schema');
}
