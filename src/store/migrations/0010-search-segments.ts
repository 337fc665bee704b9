import { sql, type Kysely, type Migration } from 'kysely';
import type { MigrationDialect } from './migration-dialect.ts';

// Frozen once released, as every migration: it imports nothing from the core, and names its tables itself.

/**
 * 0010: every search entry's terms also carry its segment: 'k' and its kind, and 'n' after it for a name
 * ('kperson', 'kpersonn'). A query intersected with one segment reads one kind's names or text in the entries'
 * order and stops at a page's end, however broad the query. Entries written by a newer rule already carry it.
 */
export function searchSegmentsMigration(d: MigrationDialect): Migration {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      const segment = sql`'k' || kind || case when is_name = 1 then 'n' else '' end`;
      await sql`update search_entries set terms = trim(terms || ' ' || ${segment})
        where ' ' || terms || ' ' not like '% ' || ${segment} || ' %'`.execute(db);
      await d.refreshSearchText?.(db);
    },
  };
}
