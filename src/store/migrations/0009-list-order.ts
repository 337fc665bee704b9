import { sql, type Kysely, type Migration } from 'kysely';

// Frozen once released, as every migration: it imports nothing from the core, and names its tables itself.

/**
 * 0009: the lists of cases and persons, ordered by last change, by a case's title or by a person's first name,
 * read an index in order and stop at the page's end, instead of sorting every record for each page: at 100,000
 * cases a page of cases by title took some 450 ms, and at 150,000 persons the query for a page by name some
 * 940 ms. Each expression is the list's own, word for word, so both databases match it to its index.
 */
export function listOrderMigration(): Migration {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema.createIndex('cases_changed').on('cases').columns(['updated_at', 'id']).execute();
      await sql`create index cases_title on cases ((coalesce(data ->> 'title', '')), id)`.execute(db);
      await db.schema.createIndex('persons_changed').on('persons').columns(['updated_at', 'id']).execute();
      await sql`create index persons_name on persons ((coalesce(data -> 'names' -> 0 ->> 'value', '')), id)`.execute(
        db,
      );
    },
  };
}
