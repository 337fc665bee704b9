import type BetterSqlite3 from 'better-sqlite3';
import type { BulkColumn, BulkInsert } from './schema.ts';
import { DuplicateKeyError } from './store-dialect.ts';

const ROWS_PER_STATEMENT = 50;

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
 */
export function createSqliteBulkInserter(database: BetterSqlite3.Database) {
  const statements = new Map<string, BetterSqlite3.Statement>();

  const statement = (
    table: string,
    columns: readonly BulkColumn[],
    rowCount: number,
  ): BetterSqlite3.Statement => {
    const names = columns.map((c) => `"${c.name}"`).join(', ');
    const key = `${table}(${names})x${rowCount}`;
    let stmt = statements.get(key);
    if (stmt === undefined) {
      const tuple = `(${columns.map(() => '?').join(', ')})`;
      stmt = database.prepare(
        `insert into "${table}" (${names}) values ${Array(rowCount).fill(tuple).join(', ')}`,
      );
      statements.set(key, stmt);
    }
    return stmt;
  };

  const bind = (params: unknown[], columns: readonly BulkColumn[], from: number, to: number): unknown[] => {
    let p = 0;
    for (let r = from; r < to; r++) for (const column of columns) params[p++] = valueAt(column, r);
    return params;
  };

  const insertOne = (stmt: BetterSqlite3.Statement, columns: readonly BulkColumn[], row: number): void => {
    try {
      stmt.run(bind(new Array<unknown>(columns.length), columns, row, row + 1));
    } catch (error) {
      const key = columns[0] === undefined ? undefined : String(valueAt(columns[0], row));
      if (isSqliteUniqueViolation(error)) throw new DuplicateKeyError(key, { cause: error });
      throw error;
    }
  };

  return function insertRows({ table, count, columns }: BulkInsert): Promise<void> {
    const one = statement(table, columns, 1);
    let row = 0;
    if (count >= ROWS_PER_STATEMENT) {
      const many = statement(table, columns, ROWS_PER_STATEMENT);
      const params = new Array<unknown>(ROWS_PER_STATEMENT * columns.length);
      for (; row + ROWS_PER_STATEMENT <= count; row += ROWS_PER_STATEMENT) {
        try {
          many.run(bind(params, columns, row, row + ROWS_PER_STATEMENT));
        } catch (error) {
          if (!isSqliteUniqueViolation(error)) throw error;
          // The statement failed as a whole; insert its rows one by one to name the key that is taken.
          for (let r = row; r < row + ROWS_PER_STATEMENT; r++) insertOne(one, columns, r);
          throw error;
        }
      }
    }
    for (; row < count; row++) insertOne(one, columns, row);
    return Promise.resolve();
  };
}
