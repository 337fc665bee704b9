import { CompiledQuery, type Kysely } from 'kysely';
import type { BulkColumn, BulkInsert, Database } from './schema.ts';
import { DuplicateKeyError } from './store-dialect.ts';

/** Rows a statement, at most: enough to amortise the round trip, well within PostgreSQL's parameter limit. */
const ROWS_PER_STATEMENT = 1000;
/** The wire protocol numbers parameters with 16 bits. */
const MAX_PARAMETERS = 65_535;

/** True when PostgreSQL reports a unique violation (SQLSTATE 23505). */
export function isPostgresUniqueViolation(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === '23505';
}

/** The key value from a unique violation's detail, `Key (id)=(case:x) already exists.` */
function violatedKey(error: unknown): string | undefined {
  const detail = (error as { detail?: unknown } | null)?.detail;
  if (typeof detail !== 'string') return undefined;
  return /^Key \([^)]*\)=\((.*)\) already exists\.?$/s.exec(detail)?.[1];
}

/** A 'utf8' column's value as text: pg would send bytes as bytea. */
function asText(value: unknown): unknown {
  if (!(value instanceof Uint8Array)) return value ?? null;
  return Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString('utf8');
}

/** Statement texts by table, columns and row count, built once: most batches are full and share one. */
const statements = new Map<string, string>();

/**
 * `insert into t (a, b, c) values ($1, $4, $2), ($3, $4, $5), …`: a parameter per value of the varying
 * columns, and one per constant column, which every row refers to. Table and column names are the store's own.
 */
function statementText(table: string, columns: readonly BulkColumn[], rows: number): string {
  const names = columns.map((c) => `"${c.name}"`).join(', ');
  // Which columns are constant changes the text as much as the names do.
  const shape = columns.map((c) => (c.values === undefined ? 'c' : 'r')).join('');
  const key = `${table}(${names})${shape}x${rows}`;
  let text = statements.get(key);
  if (text !== undefined) return text;
  const varying = columns.filter((c) => c.values !== undefined).length;
  let constant = rows * varying;
  const constantParam = columns.map((c) => (c.values === undefined ? `$${++constant}` : ''));
  const tuples = new Array<string>(rows);
  let p = 0;
  for (let r = 0; r < rows; r++) {
    tuples[r] =
      `(${columns.map((c, j) => (c.values === undefined ? constantParam[j] : `$${++p}`)).join(', ')})`;
  }
  text = `insert into "${table}" (${names}) values ${tuples.join(', ')}`;
  statements.set(key, text);
  return text;
}

/**
 * The import fast path: multi-row `INSERT … VALUES` of up to a thousand rows a statement, its text built once
 * and sent as is (no query builder on the way). Each value is a plain parameter, which pg sends as text; array
 * parameters (`unnest($1::text[])`) were measured two to four times slower, pg escaping them in JavaScript.
 */
export async function insertRowsPostgres(
  db: Kysely<Database>,
  { table, count, columns }: BulkInsert,
): Promise<void> {
  const varying = columns.filter((c) => c.values !== undefined);
  const constants = columns.flatMap((c) => (c.values === undefined ? [c.constant ?? null] : []));
  const perStatement = Math.max(
    1,
    Math.min(
      ROWS_PER_STATEMENT,
      Math.floor((MAX_PARAMETERS - constants.length) / Math.max(1, varying.length)),
    ),
  );
  for (let start = 0; start < count; start += perStatement) {
    const rows = Math.min(perStatement, count - start);
    const params = new Array<unknown>(rows * varying.length + constants.length);
    let p = 0;
    for (let r = start; r < start + rows; r++)
      for (const c of varying)
        params[p++] = c.type === 'utf8' ? asText(c.values?.[r]) : (c.values?.[r] ?? null);
    for (const value of constants) params[p++] = value;
    try {
      await db.executeQuery(CompiledQuery.raw(statementText(table, columns, rows), params));
    } catch (error) {
      if (isPostgresUniqueViolation(error)) throw new DuplicateKeyError(violatedKey(error), { cause: error });
      throw error;
    }
  }
}

/** Which of `ids` are keys of `table`: one statement with the ids as one array parameter. */
export async function existingIdsPostgres(
  db: Kysely<Database>,
  table: string,
  ids: readonly string[],
): Promise<string[]> {
  if (ids.length === 0) return [];
  const result = await db.executeQuery<{ id: string }>(
    CompiledQuery.raw(`select id from "${table}" where id = any($1::text[])`, [ids]),
  );
  return result.rows.map((row) => row.id);
}

/** One top-level string field of the stored jsonb for rows by id, read by the server (see the SQLite twin). */
export async function jsonFieldPostgres(
  db: Kysely<Database>,
  table: string,
  field: string,
  ids: readonly string[],
): Promise<[string, string][]> {
  if (ids.length === 0) return [];
  const result = await db.executeQuery<{ id: string; value: string }>(
    CompiledQuery.raw(`select id, data->>'${field}' as value from "${table}" where id = any($1::text[])`, [
      ids,
    ]),
  );
  return result.rows.map((row) => [row.id, row.value]);
}
