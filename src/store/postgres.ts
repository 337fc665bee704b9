import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import type { Clock, Store } from '../core/ports.ts';
import { migrateToLatest, type MigrationReport } from './migrations/index.ts';
import { fillRecordReferences } from './record-references.ts';
import type { MigrationDialect } from './migrations/migration-dialect.ts';
import {
  existingIdsPostgres,
  jsonFieldPostgres,
  insertRowsPostgres,
  isPostgresUniqueViolation,
} from './postgres-bulk.ts';
import type { Database } from './schema.ts';
import { createPostgresSearchText } from './search/search-ddl.ts';
import { fillSearchIndex } from './search/search-rebuild.ts';
import { TSQUERY_ENGINE } from './search/search-text-sql.ts';
import type { StoreDialect } from './store-dialect.ts';
import { isPostgresUnavailable } from './unavailable.ts';
import type { SearchBounds } from './search/search-stream.ts';
import { createStore } from './unit-of-work.ts';

/** How to open the PostgreSQL store. */
export interface PostgresStoreOptions {
  url: string;
  clock?: Clock;
  newId?: () => string;
  /** Connections in the pool; 10 unless told. */
  poolSize?: number;
  /** Told what the upgrade on opening did (`casewatch migrate` prints it). */
  onMigrated?: (report: MigrationReport) => void;
  /**
   * How far a search reads before it counts what it read and says so, and what one page examines at most
   * (`SEARCH_BOUNDS` unless told; tests ask for small ones to reach a broad search's paths with little data).
   */
  searchBounds?: SearchBounds;
}

/** PostgreSQL's column definitions for the migrations. */
export const POSTGRES_MIGRATION_DIALECT: MigrationDialect = {
  sequenceType: 'bigserial',
  sequence: (c) => c.primaryKey(),
  // Keys sort bytewise as on SQLite, whatever the database's locale.
  key: (c) => c.modifyFront(sql`collate "C"`),
  convertDataToJson: async (db, table) => {
    await sql`alter table ${sql.table(table)} alter column data type jsonb using data::jsonb`.execute(db);
  },
  createSearchText: createPostgresSearchText,
  fillSearchIndex: async (db) => {
    await fillSearchIndex(db as Kysely<Database>, TSQUERY_ENGINE);
  },
  fillRecordReferences,
};

const INT8 = 20;
const NUMERIC = 1700;
const AS_STRING = [
  1082 /* date */, 1114 /* timestamp */, 1184 /* timestamptz */, 114 /* json */, 3802 /* jsonb */,
];

/**
 * Counts and bigints come back as numbers; dates, and records kept as jsonb, as the text the database sent:
 * the same as on SQLite, so one code path reads both (and parses a record's JSON once, where it is used).
 */
const TYPES: pg.CustomTypesConfig = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary'): unknown => {
    if (oid === INT8 || oid === NUMERIC) return (value: string) => Number(value);
    if (AS_STRING.includes(oid)) return (value: string) => value;
    return pg.types.getTypeParser(oid, format) as unknown;
  }) as pg.CustomTypesConfig['getTypeParser'],
};

/** Opens the PostgreSQL store over a pool and migrates it. */
export async function openPostgresStore(options: PostgresStoreOptions): Promise<Store> {
  const pool = new pg.Pool({
    connectionString: options.url,
    max: options.poolSize ?? 10,
    types: TYPES,
    // A server that does not answer (a host that drops packets) fails in seconds, not after the system's minutes.
    connectionTimeoutMillis: 15_000,
  });
  // An idle connection the server drops must not crash the process; the pool discards it and the next
  // query that needs the server fails loudly instead.
  pool.on('error', () => undefined);
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  try {
    const report = await migrateToLatest(db as Kysely<unknown>, POSTGRES_MIGRATION_DIALECT);
    options.onMigrated?.(report);
  } catch (error) {
    await db.destroy();
    throw error;
  }
  const dialect: StoreDialect = {
    name: 'postgres',
    begin: sql`begin`,
    beginSnapshot: sql`begin isolation level repeatable read read only`,
    isSerial: false,
    insertRows: insertRowsPostgres,
    existingIds: existingIdsPostgres,
    jsonField: jsonFieldPostgres,
    jsonElements: (json, alias) => sql`jsonb_array_elements(${json}) as ${sql.raw(alias)}(value)`,
    isUniqueViolation: isPostgresUniqueViolation,
    isUnavailable: isPostgresUnavailable,
    // Tables a transaction filled have no statistics the planner can see, so it guesses that a filter by a list
    // of case ids matches most rows and scans whole tables; ANALYZE in the transaction counts its own rows.
    analyze: async (db, tables) => {
      for (const table of tables) await sql`analyze ${sql.table(table)}`.execute(db);
    },
    searchText: TSQUERY_ENGINE,
  };
  return createStore({
    dialect,
    writer: db,
    reader: db,
    clock: options.clock,
    newId: options.newId,
    searchBounds: options.searchBounds,
    close: () => db.destroy(),
  });
}
