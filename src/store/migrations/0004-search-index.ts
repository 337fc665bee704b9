import type { Kysely, Migration } from 'kysely';
import type { MigrationDialect } from './migration-dialect.ts';

// Frozen once released, as every migration: it imports nothing from the core, and names its tables itself.

/**
 * 0004: the search index. `search_records` (a hit's title, case, visibility and first day), `search_entries`
 * (one per searchable field, with its own visibility, text, normalised words and terms) and `search_facets`
 * (the values a record gives each facet); the full-text part is the dialect's own. Filled from the records
 * there are, in the same transaction.
 */
export function searchIndexMigration(d: MigrationDialect): Migration {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .createTable('search_records')
        .addColumn('kind', 'text', (c) => d.key(c).notNull())
        .addColumn('record_id', 'text', (c) => d.key(c).notNull())
        .addColumn('case_id', 'text', (c) => d.key(c))
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('visibility', 'text', (c) => c.notNull())
        .addColumn('day', 'text')
        .addPrimaryKeyConstraint('search_records_pk', ['kind', 'record_id'])
        .execute();
      await db.schema
        .createTable('search_entries')
        .addColumn('entry_id', d.sequenceType, (c) => d.sequence(c))
        .addColumn('kind', 'text', (c) => d.key(c).notNull())
        .addColumn('record_id', 'text', (c) => d.key(c).notNull())
        .addColumn('case_id', 'text', (c) => d.key(c))
        .addColumn('field', 'text', (c) => c.notNull())
        .addColumn('is_name', 'integer', (c) => c.notNull())
        .addColumn('visibility', 'text', (c) => c.notNull())
        .addColumn('text', 'text', (c) => c.notNull())
        .addColumn('words', 'text', (c) => c.notNull())
        .addColumn('terms', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('search_entries_record')
        .on('search_entries')
        .columns(['kind', 'record_id'])
        .execute();
      await db.schema
        .createTable('search_facets')
        .addColumn('kind', 'text', (c) => d.key(c).notNull())
        .addColumn('record_id', 'text', (c) => d.key(c).notNull())
        .addColumn('case_id', 'text', (c) => d.key(c))
        .addColumn('facet', 'text', (c) => d.key(c).notNull())
        .addColumn('value', 'text', (c) => d.key(c).notNull())
        .addColumn('visibility', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('search_facets_record')
        .on('search_facets')
        .columns(['kind', 'record_id'])
        .execute();
      await db.schema
        .createIndex('search_facets_case')
        .on('search_facets')
        .columns(['case_id', 'facet', 'value'])
        .execute();
      await db.schema
        .createIndex('search_facets_value')
        .on('search_facets')
        .columns(['facet', 'value'])
        .execute();
      await d.createSearchText?.(db);
      await d.fillSearchIndex?.(db);
    },
  };
}
