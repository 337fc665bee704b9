import type { Kysely, Migration } from 'kysely';

// Frozen once released, as every migration: it imports nothing from the core, and names its tables itself.

/**
 * 0008: the index of a case's facet values also holds who may see each value (its visibility, and the record
 * giving it for a restricted one), so a search counts a case's values and filters by them from the index alone,
 * without reading each row. It replaces `search_facets_case`, whose columns it begins with.
 */
export function searchFacetsSeenMigration(): Migration {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .createIndex('search_facets_case_seen')
        .on('search_facets')
        .columns(['case_id', 'facet', 'value', 'visibility', 'kind', 'record_id'])
        .execute();
      await db.schema.dropIndex('search_facets_case').execute();
    },
  };
}
