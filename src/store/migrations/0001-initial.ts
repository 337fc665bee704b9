import { sql, type Kysely, type Migration } from 'kysely';
import type { MigrationDialect } from './migration-dialect.ts';

// Frozen: this is the schema release 0.1.0 created, spelled out table by table. It imports nothing from the
// core, so a new record kind or a changed schema cannot rewrite it; change the schema in a new migration.

/** A record table as 0.1.0 made it: the record as JSON text beside the columns queries filter on. */
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
}

/** The index on case_id that 0.1.0 gave the tables of records belonging to one case. */
async function createCaseIndex(db: Kysely<unknown>, table: string): Promise<void> {
  await db.schema.createIndex(`${table}_case_id`).on(table).column('case_id').execute();
}

/** The first schema (release 0.1.0): a table per record kind, names, participants, transactions, revisions. */
export function initialMigration(d: MigrationDialect): Migration {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await createRecordTable(db, d, 'sources');
      await createRecordTable(db, d, 'organisations');
      await createRecordTable(db, d, 'persons');
      await createRecordTable(db, d, 'cases');
      await createRecordTable(db, d, 'events');
      await createRecordTable(db, d, 'charges');
      await createCaseIndex(db, 'charges');
      await createRecordTable(db, d, 'measures');
      await createCaseIndex(db, 'measures');
      await createRecordTable(db, d, 'hearings');
      await createCaseIndex(db, 'hearings');
      await createRecordTable(db, d, 'decisions');
      await createCaseIndex(db, 'decisions');

      await db.schema
        .createTable('person_names')
        .addColumn('person_id', 'text', (c) =>
          d.key(c).notNull().references('persons.id').onDelete('cascade'),
        )
        .addColumn('value', 'text', (c) => c.notNull())
        .addColumn('folded', 'text', (c) => c.notNull())
        .addColumn('script', 'text', (c) => c.notNull())
        .addColumn('language', 'text', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('person_names_person_id').on('person_names').column('person_id').execute();

      await db.schema
        .createTable('case_participants')
        .addColumn('case_id', 'text', (c) => d.key(c).notNull().references('cases.id').onDelete('cascade'))
        .addColumn('person_id', 'text', (c) => d.key(c).notNull())
        .addColumn('role', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('case_participants_pk', ['case_id', 'person_id', 'role'])
        .execute();
      await db.schema
        .createIndex('case_participants_person')
        .on('case_participants')
        .columns(['person_id', 'role'])
        .execute();

      await db.schema
        .createTable('transactions')
        .addColumn('tx_id', 'text', (c) => c.primaryKey())
        .addColumn('actor', 'text', (c) => c.notNull())
        .addColumn('at', 'text', (c) => c.notNull())
        .addColumn('reason', 'text')
        .execute();

      await db.schema
        .createTable('revisions')
        .addColumn('seq', d.sequenceType, (c) => d.sequence(c))
        // No foreign key to transactions: each revision carries its actor, time and reason itself, and a
        // per-row key check would slow imports of millions of revisions (written in the same transaction).
        .addColumn('tx_id', 'text', (c) => c.notNull())
        .addColumn('actor', 'text', (c) => c.notNull())
        .addColumn('at', 'text', (c) => c.notNull())
        .addColumn('reason', 'text')
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('record_id', 'text', (c) => d.key(c).notNull())
        .addColumn('action', 'text', (c) => c.notNull().check(sql`action in ('create', 'update', 'delete')`))
        .addColumn('version', 'integer', (c) => c.notNull())
        .addColumn('before', 'text')
        .addColumn('after', 'text')
        .execute();
      await db.schema
        .createIndex('revisions_record')
        .on('revisions')
        .columns(['kind', 'record_id', 'seq'])
        .execute();
    },
  };
}
