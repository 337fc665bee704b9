import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect, sql } from 'kysely';
import type { Clock, Store } from '../core/ports.ts';
import { migrateToLatest, upToDate, type MigrationReport } from './migrations/index.ts';
import { fillRecordReferences } from './record-references.ts';
import type { MigrationDialect } from './migrations/migration-dialect.ts';
import type { Database } from './schema.ts';
import { createSqliteSearchText } from './search/search-ddl.ts';
import { fillSearchIndex } from './search/search-rebuild.ts';
import { FTS5_ENGINE } from './search/search-text-sql.ts';
import {
  createSqliteBulkInserter,
  createSqliteFieldLookup,
  createSqliteIdLookup,
  isSqliteUniqueViolation,
} from './sqlite-bulk.ts';
import { keepingStatements } from './sqlite-statements.ts';
import { waitForWriteLock, type WriteLockWait } from './sqlite-write-lock.ts';
import type { StoreDialect } from './store-dialect.ts';
import { isSqliteUnavailable } from './unavailable.ts';
import { refreshPlannerStatistics } from './sqlite-statistics.ts';
import type { SearchBounds } from './search/search-stream.ts';
import { createStore } from './unit-of-work.ts';

/** How to open the SQLite store: a file path, or ':memory:' for a throwaway database. */
export interface SqliteStoreOptions {
  file: string;
  clock?: Clock;
  newId?: () => string;
  /** How a write waits while another process writes to the file (default: 5 minutes, told to no one). */
  writeLock?: WriteLockWait;
  /** Told what the upgrade on opening did (`casewatch migrate` prints it). */
  onMigrated?: (report: MigrationReport) => void;
  /**
   * How often, at most, a committed write is followed by a refresh of the planner's statistics (default: every
   * 6 hours), as on opening: a server that runs for weeks keeps planning on the data it has, not on what it had.
   */
  statisticsEveryMs?: number;
  /**
   * How far a search reads before it counts what it read and says so, and what one page examines at most
   * (`SEARCH_BOUNDS` unless told; tests ask for small ones to reach a broad search's paths with little data).
   */
  searchBounds?: SearchBounds;
}

const STATISTICS_EVERY_MS = 6 * 60 * 60 * 1000;
/** The reading connection's page cache, in KiB (SQLite's negative cache_size). */
const READ_CACHE_KIB = 4096;

/** SQLite's column definitions for the migrations. */
export const SQLITE_MIGRATION_DIALECT: MigrationDialect = {
  sequenceType: 'integer',
  sequence: (c) => c.primaryKey(),
  key: (c) => c, // SQLite compares text bytewise (BINARY) by default
  createSearchText: createSqliteSearchText,
  fillSearchIndex: async (db) => {
    await fillSearchIndex(db as Kysely<Database>, FTS5_ENGINE);
  },
  fillRecordReferences,
  refreshSearchText: async (db) => {
    await sql`insert into search_fts(search_fts) values ('rebuild')`.execute(db);
  },
};

function connect(file: string): BetterSqlite3.Database {
  const database = new BetterSqlite3(file);
  database.pragma('busy_timeout = 5000');
  database.pragma('foreign_keys = ON');
  return database;
}

/**
 * Upgrades the schema in one transaction that takes the write lock first: two processes opening the same file
 * do not both upgrade it, and a failed upgrade leaves the database as it was (SQLite's DDL is transactional,
 * though Kysely does not rely on it). A database newer than this code is refused before anything is written.
 */
async function migrate(db: Kysely<Database>): Promise<MigrationReport> {
  // An up-to-date database is opened without the write lock, so reading never waits behind an import.
  const current = await upToDate(db as Kysely<unknown>, SQLITE_MIGRATION_DIALECT);
  if (current !== undefined) return current;
  await sql`begin immediate`.execute(db);
  try {
    const report = await migrateToLatest(db as Kysely<unknown>, SQLITE_MIGRATION_DIALECT);
    await sql`commit`.execute(db);
    return report;
  } catch (error) {
    await sql`rollback`.execute(db).catch(() => undefined);
    throw error;
  }
}

/**
 * Opens (creating if needed) the SQLite store and migrates it. Writes go through one connection, one
 * unit of work at a time; reads outside a unit of work use a second connection (WAL lets it read meanwhile).
 */
export async function openSqliteStore(options: SqliteStoreOptions): Promise<Store> {
  const isMemory = options.file === ':memory:';
  if (!isMemory) mkdirSync(dirname(options.file), { recursive: true });
  const writeConnection = connect(options.file);
  // A large import is one transaction: a 64 MiB page cache (SQLite's default is 2 MiB) keeps its hot index pages
  // in memory instead of spilling and rereading them. Durability is untouched (journal and synchronous as before).
  writeConnection.pragma('cache_size = -65536');
  writeConnection.pragma('temp_store = memory');
  const writeLock = options.writeLock ?? { timeoutMs: 5 * 60_000 };
  const writer = new Kysely<Database>({
    dialect: new SqliteDialect({
      database: writeConnection,
      onCreateConnection: waitForWriteLock(writeConnection, options.file, writeLock),
    }),
  });
  try {
    const report = await migrate(writer);
    // Only once the database is known not to be newer than this code: switching the journal writes to it.
    if (!isMemory) writeConnection.pragma('journal_mode = WAL');
    refreshPlannerStatistics(writeConnection);
    options.onMigrated?.(report);
  } catch (error) {
    await writer.destroy();
    throw error;
  }
  // In memory there is no second connection to the same database: reads share the connection (and see
  // uncommitted writes of a unit of work in progress), through their own Kysely so they never wait on it.
  const readConnection = isMemory ? writeConnection : connect(options.file);
  // better-sqlite3 gives each connection a 16 MiB page cache. Reads find their pages in the system's file cache
  // anyway; a 4 MiB one keeps a case's pages (a mass trial's file is under 1 MB) and the hot index pages, and a
  // long-running server's memory stays lower by the difference (docs/PERFORMANCE.md).
  if (!isMemory) readConnection.pragma(`cache_size = -${READ_CACHE_KIB}`);
  const reader = new Kysely<Database>({
    dialect: new SqliteDialect({ database: keepingStatements(readConnection) }),
  });

  const statisticsEvery = options.statisticsEveryMs ?? STATISTICS_EVERY_MS;
  let statisticsAt = performance.now();
  const insertRows = createSqliteBulkInserter(writeConnection);
  const existingIds = createSqliteIdLookup(writeConnection);
  const jsonField = createSqliteFieldLookup(writeConnection);
  const dialect: StoreDialect = {
    name: 'sqlite',
    begin: sql`begin immediate`,
    // In WAL mode a deferred transaction reads one snapshot from its first read; an in-memory database has
    // one connection for reads and writes, where a second transaction cannot begin.
    beginSnapshot: isMemory ? undefined : sql`begin deferred`,
    isSerial: true,
    insertRows: (_db, insert) => insertRows(insert),
    existingIds: (_db, table, ids) => Promise.resolve(existingIds(table, ids)),
    jsonField: (_db, table, field, ids) => Promise.resolve(jsonField(table, field, ids)),
    jsonElements: (json, alias) => sql`json_each(${json}) as ${sql.raw(alias)}`,
    isUniqueViolation: isSqliteUniqueViolation,
    isUnavailable: isSqliteUnavailable,
    // Tables a transaction filled are counted in it, so the read-back after an import filters by case through
    // the case's index (analysis_limit keeps it to a sample of each index).
    analyze: async (db, tables) => {
      for (const table of tables) await sql`analyze ${sql.table(table)}`.execute(db);
    },
    searchText: FTS5_ENGINE,
    afterCommit: () => {
      if (performance.now() - statisticsAt < statisticsEvery) return;
      statisticsAt = performance.now();
      try {
        refreshPlannerStatistics(writeConnection);
      } catch {
        // Statistics only guide the planner: a failure to refresh them leaves the plans as they were, and the
        // write that came before has committed.
      }
    },
  };
  return createStore({
    dialect,
    writer,
    reader,
    clock: options.clock,
    newId: options.newId,
    searchBounds: options.searchBounds,
    close: async () => {
      await reader.destroy();
      await writer.destroy(); // closing the shared in-memory connection twice is harmless
    },
  });
}
