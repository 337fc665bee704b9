import type { Kysely, Migration } from 'kysely';
import type { MigrationDialect } from './migration-dialect.ts';

// Frozen once released, as every migration: it imports nothing from the core, and names its tables itself.

/** A record table as 0002 left the others: JSON (jsonb on PostgreSQL), indexed by case and by visibility. */
async function createRecordTable(db: Kysely<unknown>, d: MigrationDialect, table: string): Promise<void> {
  await db.schema
    .createTable(table)
    .addColumn('id', 'text', (c) => d.key(c).primaryKey())
    .addColumn('case_id', 'text', (c) => d.key(c))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('data', 'text', (c) => c.notNull())
    .addColumn('visibility', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.notNull())
    .execute();
  await d.convertDataToJson?.(db, table);
  await db.schema.createIndex(`${table}_case_id`).on(table).column('case_id').execute();
  await db.schema.createIndex(`${table}_visibility`).on(table).columns(['visibility', 'id']).execute();
}

/**
 * 0006: documents and what is built on them. Two record kinds, allegations and evidence; the stored files
 * (the evidentiary copies, by SHA-256) with the state of their text; the text of each page; the chain of
 * custody; and an index of sources by case, now that a document names the case it was added to.
 */
export function documentsMigration(d: MigrationDialect): Migration {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await createRecordTable(db, d, 'allegations');
      await createRecordTable(db, d, 'evidence');
      await db.schema.createIndex('sources_case_id').on('sources').column('case_id').execute();

      await db.schema
        .createTable('stored_files')
        .addColumn('sha256', 'text', (c) => d.key(c).primaryKey())
        .addColumn('size', 'bigint', (c) => c.notNull())
        .addColumn('media_type', 'text', (c) => c.notNull())
        .addColumn('added_at', 'text', (c) => c.notNull())
        .addColumn('added_by', 'text', (c) => c.notNull())
        // 'pending', 'reading', 'done', 'failed', 'none' (a file with no text to read: a video, audio)
        .addColumn('text_status', 'text', (c) => c.notNull())
        .addColumn('page_count', 'integer')
        .addColumn('pages_done', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('text_note', 'text')
        .execute();

      await db.schema
        .createTable('document_pages')
        .addColumn('sha256', 'text', (c) => d.key(c).notNull().references('stored_files.sha256'))
        .addColumn('page', 'integer', (c) => c.notNull())
        .addColumn('text', 'text', (c) => c.notNull())
        // 'text' (the file's own text layer), 'ocr', or 'none' (no text could be read)
        .addColumn('method', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('document_pages_pk', ['sha256', 'page'])
        .execute();

      await db.schema
        .createTable('custody_events')
        .addColumn('seq', d.sequenceType, (c) => d.sequence(c))
        .addColumn('sha256', 'text', (c) => d.key(c).notNull())
        .addColumn('source_id', 'text', (c) => d.key(c))
        // 'added', 'exported', 'verified', 'verify_failed', 'text_read'
        .addColumn('action', 'text', (c) => c.notNull())
        .addColumn('actor', 'text', (c) => c.notNull())
        .addColumn('at', 'text', (c) => c.notNull())
        // where it came from or went: the CLI on a host, an address, a URL
        .addColumn('origin', 'text')
        .addColumn('detail', 'text')
        .execute();
      await db.schema
        .createIndex('custody_events_file')
        .on('custody_events')
        .columns(['sha256', 'seq'])
        .execute();
    },
  };
}
