import type { Kysely, RawBuilder } from 'kysely';
import type { BulkInsert, Database } from './schema.ts';
import type { SearchTextEngine } from './search/search-text-sql.ts';

/** What differs between SQLite and PostgreSQL, supplied by sqlite.ts and postgres.ts to the neutral code. */
export interface StoreDialect {
  readonly name: 'sqlite' | 'postgres';
  /** Starts a write transaction (SQLite takes its write lock up front, so two writers never deadlock). */
  readonly begin: RawBuilder<unknown>;
  /** Starts a read-only transaction that sees one moment; undefined where reads already share the writer's. */
  readonly beginSnapshot: RawBuilder<unknown> | undefined;
  /** Whether writers must queue: SQLite has one connection, PostgreSQL a pool. */
  readonly isSerial: boolean;
  /** Inserts many rows into one table inside the current transaction; throws DuplicateKeyError on a taken key. */
  insertRows(db: Kysely<Database>, insert: BulkInsert): Promise<void>;
  /** Which of `ids` are keys of rows of `table`, inside the current transaction: one statement, no row read. */
  existingIds(db: Kysely<Database>, table: string, ids: readonly string[]): Promise<string[]>;
  /**
   * One top-level string field of the stored JSON of rows of `table` by id, read inside the current transaction
   * by the database. `field` is a name from code (a plain word), never from input.
   */
  jsonField(
    db: Kysely<Database>,
    table: string,
    field: string,
    ids: readonly string[],
  ): Promise<[string, string][]>;
  /**
   * The elements of a JSON array as a table for a FROM clause, named `alias` with one column `value` (each
   * element as JSON, so `alias.value ->> 'field'` reads a field on both databases).
   */
  readonly jsonElements: (json: RawBuilder<unknown>, alias: string) => RawBuilder<unknown>;
  /** True when a database error is a unique-key violation. */
  isUniqueViolation(error: unknown): boolean;
  /**
   * Upkeep after a write has committed, outside its transaction while writers still queue: SQLite refreshes its
   * planner's statistics now and then for a server that runs for weeks while its data grows. Never throws: the
   * write is done.
   */
  readonly afterCommit?: () => void;
  /** Refreshes the planner's statistics of tables, inside the current transaction. */
  analyze(db: Kysely<Database>, tables: readonly string[]): Promise<void>;
  /** True when an error says the database itself failed (a server gone, a file damaged), not the statement. */
  isUnavailable(error: unknown): boolean;
  /** The full-text engine of the search index (FTS5, or PostgreSQL's tsvector). */
  readonly searchText: SearchTextEngine;
}

/** A bulk insert hit a key that exists already; `key` is the first column's value when the driver tells it. */
export class DuplicateKeyError extends Error {
  constructor(
    readonly key: string | undefined,
    options?: { cause?: unknown },
  ) {
    super(`duplicate key ${key ?? '(unknown)'}`, options);
    this.name = 'DuplicateKeyError';
  }
}
