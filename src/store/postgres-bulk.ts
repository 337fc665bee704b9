import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { BulkInsert, Database } from './schema.ts';
import { DuplicateKeyError } from './store-dialect.ts';

const ROWS_PER_STATEMENT = 5000;

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

/**
 * The import fast path: INSERT … SELECT FROM unnest($1::text[], …) per few thousand rows, one array
 * parameter per varying column and one plain parameter per column that is the same in every row.
 */
export async function insertRowsPostgres(
  db: Kysely<Database>,
  { table, count, columns }: BulkInsert,
): Promise<void> {
  const names = sql.join(columns.map((c) => sql.ref(c.name)));
  const varying = columns.flatMap((c, j) => (c.values === undefined ? [] : [{ column: c, alias: `c${j}` }]));
  const aliases = sql.join(varying.map((v) => sql.id(v.alias)));
  for (let start = 0; start < count; start += ROWS_PER_STATEMENT) {
    const end = Math.min(start + ROWS_PER_STATEMENT, count);
    const arrays = varying.map(
      ({ column }) => sql`${column.values?.slice(start, end) ?? []}::${sql.raw(column.type)}[]`,
    );
    const selected: RawBuilder<unknown>[] = columns.map((c, j) =>
      c.values === undefined ? sql`${c.constant ?? null}::${sql.raw(c.type)}` : sql`u.${sql.id(`c${j}`)}`,
    );
    const query = sql`insert into ${sql.table(table)} (${names})
      select ${sql.join(selected)} from unnest(${sql.join(arrays)}) as u(${aliases})`;
    try {
      await query.execute(db);
    } catch (error) {
      if (isPostgresUniqueViolation(error)) throw new DuplicateKeyError(violatedKey(error), { cause: error });
      throw error;
    }
  }
}
