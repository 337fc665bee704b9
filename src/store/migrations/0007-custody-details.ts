import type { Kysely, Migration } from 'kysely';

// Frozen once released, as every migration: it imports nothing from the core, and names its table itself.

/**
 * 0007: `custody_events.details`, what an event concerns as JSON data (a file name, pages read, why a reading
 * failed, what a check found) for each reader's language to word. Events written before keep their English
 * `detail` as it was; nothing is rewritten.
 */
export function custodyDetailsMigration(): Migration {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema.alterTable('custody_events').addColumn('details', 'text').execute();
    },
  };
}
