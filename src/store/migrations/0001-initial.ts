import { sql, type Kysely, type Migration } from 'kysely';
import { CASE_SCOPED_KINDS, RECORD_KINDS, RECORD_KIND_ORDER } from '../../core/record/record-kinds.ts';
import type { MigrationDialect } from './migration-dialect.ts';

/** The first schema: a table per record kind, the name and participant indexes, transactions and revisions. */
export function initialMigration(d: MigrationDialect): Migration {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      for (const kind of RECORD_KIND_ORDER) {
        const table = RECORD_KINDS[kind].collection;
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
        if ((CASE_SCOPED_KINDS as readonly string[]).includes(kind)) {
          await db.schema.createIndex(`${table}_case_id`).on(table).column('case_id').execute();
        }
      }

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
