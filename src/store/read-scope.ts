import { sql, type RawBuilder } from 'kysely';
import type { ReadScope } from '../core/ports.ts';
import type { RecordKind } from '../core/record/record-kinds.ts';
import { tableOf } from './record-rows.ts';

/**
 * The SQL condition that a row of a record table lies within a reader's scope: its visibility is one the reader
 * may read, or it is restricted and names one of the reader's principals in `record_readers`. Every scoped read
 * filters with it, so what a reader may not see never leaves the database.
 */
export function inScope(
  kind: RecordKind,
  scope: ReadScope,
  table: string = tableOf(kind),
): RawBuilder<boolean> {
  const visibility = sql.ref(`${table}.visibility`);
  const parts: RawBuilder<unknown>[] = [];
  if (scope.visibilities.length > 0)
    parts.push(sql`${visibility} in (${sql.join(scope.visibilities.map((v) => sql.lit(v)))})`);
  if (scope.principals.length > 0)
    parts.push(
      sql`(${visibility} = 'restricted' and exists (select 1 from record_readers rr where rr.kind = ${kind} and rr.record_id = ${sql.ref(`${table}.id`)} and rr.principal in (${sql.join(scope.principals)})))`,
    );
  return parts.length === 0 ? sql<boolean>`1 = 0` : sql<boolean>`(${sql.join(parts, sql` or `)})`;
}
