import { sql, type Kysely, type Migration } from 'kysely';
import type { MigrationDialect } from './migration-dialect.ts';

// Frozen once released, as every migration: it imports nothing from the core, and names its tables itself.

/** The ids a segment owns (2^44), and each kind's number: a kind's names take 2n, its other text 2n + 1. */
const SPAN = 17_592_186_044_416;
const KINDS = ['person', 'organisation', 'case', 'charge', 'event', 'hearing', 'source'] as const;

/**
 * 0011: each segment of the search index (one kind's names, or its other text) owns a range of entry ids, and the
 * entries written before are moved into theirs, in the order they had. The full-text engines then read a segment
 * as a range of row ids, and a segment where a query finds nothing costs nothing. Entries already in a range (a
 * newer rule wrote them) stay where they are.
 */
export function searchSegmentRangesMigration(d: MigrationDialect): Migration {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      const number = sql.join(
        KINDS.map((kind, i) => sql`when ${kind} then ${sql.lit(i + 1)}`),
        sql` `,
      );
      await sql`update search_entries
        set entry_id = entry_id + (2 * (case kind ${number} end) + case when is_name = 1 then 0 else 1 end)
          * ${sql.lit(SPAN)}
        where entry_id < ${sql.lit(SPAN)} and kind in (${sql.join(KINDS.map((k) => sql.lit(k)))})`.execute(
        db,
      );
      await d.refreshSearchText?.(db);
    },
  };
}
