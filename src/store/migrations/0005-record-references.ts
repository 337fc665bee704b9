import type { Kysely, Migration } from 'kysely';
import type { MigrationDialect } from './migration-dialect.ts';

// Frozen once released, as every migration: it imports nothing from the core, and names its table itself.

/**
 * 0005: `record_references`, one row per record another record refers to, so that a deletion can tell who
 * refers to what it deletes. Filled from the records there are, in the same transaction.
 */
export function recordReferencesMigration(d: MigrationDialect): Migration {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .createTable('record_references')
        .addColumn('kind', 'text', (c) => d.key(c).notNull())
        .addColumn('record_id', 'text', (c) => d.key(c).notNull())
        .addColumn('to_kind', 'text', (c) => d.key(c).notNull())
        .addColumn('to_id', 'text', (c) => d.key(c).notNull())
        .execute();
      await db.schema
        .createIndex('record_references_to')
        .on('record_references')
        .columns(['to_kind', 'to_id'])
        .execute();
      await db.schema
        .createIndex('record_references_from')
        .on('record_references')
        .columns(['kind', 'record_id'])
        .execute();
      await d.fillRecordReferences?.(db);
    },
  };
}
