import { sql, type RawBuilder } from 'kysely';
import type { ReadScope } from '../../core/ports.ts';

/**
 * The SQL condition that a row of a search table (an entry, a facet value, a record) lies within a reader's
 * scope, by its own visibility: the field's for an entry, the record's for a facet value. A restricted one is
 * seen by the principals the record names in `record_readers`, as records are (read-scope.ts).
 */
export function searchVisible(alias: string, scope: ReadScope): RawBuilder<boolean> {
  const visibility = sql.ref(`${alias}.visibility`);
  const parts: RawBuilder<unknown>[] = [];
  if (scope.visibilities.length > 0)
    parts.push(sql`${visibility} in (${sql.join(scope.visibilities.map((v) => sql.lit(v)))})`);
  if (scope.principals.length > 0)
    parts.push(
      sql`(${visibility} = 'restricted' and exists (select 1 from record_readers rr where rr.kind = ${sql.ref(`${alias}.kind`)} and rr.record_id = ${sql.ref(`${alias}.record_id`)} and rr.principal in (${sql.join(scope.principals)})))`,
    );
  return parts.length === 0 ? sql<boolean>`1 = 0` : sql<boolean>`(${sql.join(parts, sql` or `)})`;
}
