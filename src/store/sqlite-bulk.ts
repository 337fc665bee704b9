import type BetterSqlite3 from 'better-sqlite3';
import type { BulkColumn, BulkInsert } from './schema.ts';
import { DuplicateKeyError } from './store-dialect.ts';

/** A power of two: the rows of an insert go in statements of this many rows, then of halves of it. */
const ROWS_PER_STATEMENT = 256;

/** True when better-sqlite3 reports a primary-key or unique violation. */
export function isSqliteUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || code === 'SQLITE_CONSTRAINT_UNIQUE';
}

const valueAt = (column: BulkColumn, row: number): unknown =>
  column.values === undefined ? column.constant : column.values[row];

/**
 * The import fast path: prepared multi-row INSERTs, reused, on the raw connection. It runs inside the
 * transaction the unit of work opened on that same connection, which no one else uses meanwhile.
 * A column with the same value in every row is one named parameter (`@c<k>`) that all the rows of a statement
 * share, bound once a statement; the other columns are anonymous parameters, a value per row.
 */
export function createSqliteBulkInserter(database: BetterSqlite3.Database) {
  const statements = new Map<string, BetterSqlite3.Statement>();

  const statement = (
    table: string,
    columns: readonly BulkColumn[],
    rowCount: number,
  ): BetterSqlite3.Statement => {
    const names = columns.map((c) => `"${c.name}"`).join(', ');
    const shape = columns.map((c) => (c.values === undefined ? 'c' : 'r')).join('');
    const key = `${table}(${names})${shape}x${rowCount}`;
    let stmt = statements.get(key);
    if (stmt === undefined) {
      // UTF-8 bytes bound for a 'utf8' column are a BLOB to SQLite: the cast stores them as the text they are.
      const value = (c: BulkColumn, k: number) =>
        c.values === undefined ? `@c${k}` : c.type === 'utf8' ? 'cast(? as text)' : '?';
      const tuple = `(${columns.map(value).join(', ')})`;
      stmt = database.prepare(
        `insert into "${table}" (${names}) values ${Array(rowCount).fill(tuple).join(', ')}`,
      );
      statements.set(key, stmt);
    }
    return stmt;
  };

  /** Fills params with the per-row values of rows from..to, row by row, column by column. */
  const bind = (
    params: unknown[],
    perRow: readonly (readonly unknown[])[],
    from: number,
    to: number,
  ): unknown[] => {
    const width = perRow.length;
    for (let k = 0; k < width; k++) {
      const values = perRow[k] as readonly unknown[];
      for (let r = from, p = k; r < to; r++, p += width) params[p] = values[r];
    }
    return params;
  };

  return function insertRows({ table, count, columns }: BulkInsert): Promise<void> {
    const perRow: (readonly unknown[])[] = [];
    const constants: Record<string, unknown> = {};
    columns.forEach((column, k) => {
      if (column.values === undefined) constants[`c${k}`] = column.constant;
      else perRow.push(column.values);
    });
    const width = perRow.length;
    const hasConstants = width < columns.length;
    const run = (stmt: BetterSqlite3.Statement, params: unknown[]) =>
      hasConstants ? stmt.run(params, constants) : stmt.run(params);

    const one = statement(table, columns, 1);
    const insertOne = (row: number): void => {
      try {
        run(one, bind(new Array<unknown>(width), perRow, row, row + 1));
      } catch (error) {
        const key = columns[0] === undefined ? undefined : String(valueAt(columns[0], row));
        if (isSqliteUniqueViolation(error)) throw new DuplicateKeyError(key, { cause: error });
        throw error;
      }
    };

    // The most rows a statement takes, then halves of it for the rest: any count in a few statements.
    let row = 0;
    for (let size = ROWS_PER_STATEMENT; size > 1; size >>= 1) {
      if (row + size > count) continue;
      const many = statement(table, columns, size);
      const params = new Array<unknown>(size * width);
      for (; row + size <= count; row += size) {
        try {
          run(many, bind(params, perRow, row, row + size));
        } catch (error) {
          if (!isSqliteUniqueViolation(error)) throw error;
          // The statement failed as a whole; insert its rows one by one to name the key that is taken.
          for (let r = row; r < row + size; r++) insertOne(r);
          throw error;
        }
      }
    }
    for (; row < count; row++) insertOne(row);
    return Promise.resolve();
  };
}

/**
 * Which of some ids are keys of a table, on the connection of the transaction: the ids go in as one JSON
 * array, so one prepared statement per table serves any number of them.
 */
export function createSqliteIdLookup(database: BetterSqlite3.Database) {
  const statements = new Map<string, BetterSqlite3.Statement>();
  return (table: string, ids: readonly string[]): string[] => {
    if (ids.length === 0) return [];
    let stmt = statements.get(table);
    if (stmt === undefined) {
      stmt = database
        .prepare(`select id from "${table}" where id in (select value from json_each(?))`)
        .pluck();
      statements.set(table, stmt);
    }
    return stmt.all(JSON.stringify(ids)) as string[];
  };
}

/**
 * Reads one top-level string field of the stored JSON for rows by id, in SQLite itself: the import asks a
 * case's jurisdiction for every batch of charges and measures, and need not parse whole records for it.
 */
export function createSqliteFieldLookup(database: BetterSqlite3.Database) {
  const statements = new Map<string, BetterSqlite3.Statement>();
  return (table: string, field: string, ids: readonly string[]): [string, string][] => {
    if (ids.length === 0) return [];
    const key = `${table}.${field}`;
    let stmt = statements.get(key);
    if (stmt === undefined) {
      stmt = database
        .prepare(
          `select id, json_extract(data, '$.${field}') from "${table}" where id in (select value from json_each(?))`,
        )
        .raw();
      statements.set(key, stmt);
    }
    return stmt.all(JSON.stringify(ids)) as [string, string][];
  };
}
