import type BetterSqlite3 from 'better-sqlite3';
import type { SqliteDatabase } from 'kysely';

/** How many prepared statements a connection keeps: the queries the application asks, with room to spare. */
const KEPT_STATEMENTS = 256;

/**
 * The connection as Kysely sees it, keeping each query's prepared statement for the next time the same SQL runs
 * (the least recently used go past `size`). Kysely prepares every query afresh, and SQLite's compiling it cost
 * more than running the small queries each request asks (its API token, its account, the last change). A kept
 * statement still being iterated (a streamed read) is not handed out again: that query gets a fresh one.
 */
export function keepingStatements(database: BetterSqlite3.Database, size = KEPT_STATEMENTS): SqliteDatabase {
  const kept = new Map<string, BetterSqlite3.Statement>();
  return {
    close: () => database.close(),
    prepare(sql) {
      const found = kept.get(sql);
      if (found !== undefined && !found.busy) {
        kept.delete(sql);
        kept.set(sql, found);
        return found;
      }
      const statement = database.prepare(sql);
      if (found === undefined) {
        kept.set(sql, statement);
        if (kept.size > size) kept.delete(kept.keys().next().value as string);
      }
      return statement;
    },
  };
}
