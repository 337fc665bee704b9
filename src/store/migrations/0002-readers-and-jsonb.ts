import { randomUUID } from 'node:crypto';
import { sql, type Kysely, type Migration } from 'kysely';
import type { MigrationDialect } from './migration-dialect.ts';

// Frozen once released, as every migration: it imports nothing from the core, and names the tables it changes.

/** The record tables of 0.1.0 and the kind each holds, as revisions name it. */
const RECORD_TABLES = [
  ['sources', 'source'],
  ['organisations', 'organisation'],
  ['persons', 'person'],
  ['cases', 'case'],
  ['events', 'event'],
  ['charges', 'charge'],
  ['measures', 'measure'],
  ['hearings', 'hearing'],
  ['decisions', 'decision'],
] as const;

/** Who the revisions of the repair name: the system itself. */
const SYSTEM = 'system';
const REASON =
  'upgrade 0002: text PostgreSQL cannot keep as jsonb (the character U+0000, or half of a surrogate pair) replaced by U+FFFD';

// eslint-disable-next-line no-control-regex -- the NUL character is what it finds
const UNKEEPABLE = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** A JSON value with U+0000 and lone surrogates replaced by U+FFFD, in keys and strings alike. */
function keepable(value: unknown): unknown {
  if (typeof value === 'string') return value.replace(UNKEEPABLE, '\ufffd');
  if (Array.isArray(value)) return value.map(keepable);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [keepable(k), keepable(v)]));
}

/**
 * Before a table's JSON text becomes jsonb: a record holding text jsonb refuses (only such text is written as a
 * `\u` escape) gets the replacement character instead, as a new version with its revision, so that the
 * history keeps what it was and says why it changed.
 */
async function repairForJsonb(db: Kysely<unknown>, table: string, kind: string, txId: () => Promise<string>) {
  const { rows } = await sql<{ id: string; version: number; data: string }>`
    select id, version, data from ${sql.table(table)} where data like ${'%\\u%'} escape '!' order by id`.execute(
    db,
  );
  for (const row of rows) {
    const after = JSON.stringify(keepable(JSON.parse(row.data)));
    if (after === JSON.stringify(JSON.parse(row.data))) continue; // an escaped backslash before a u
    const tx = await txId();
    const at = new Date().toISOString();
    const version = Number(row.version) + 1;
    await sql`update ${sql.table(table)} set data = ${after}, version = ${version}, updated_at = ${at},
      updated_by = ${SYSTEM} where id = ${row.id}`.execute(db);
    await sql`insert into revisions (tx_id, actor, at, reason, kind, record_id, action, version, before, after)
      values (${tx}, ${SYSTEM}, ${at}, ${REASON}, ${kind}, ${row.id}, 'update', ${version}, ${row.data}, ${after})`.execute(
      db,
    );
  }
}

/**
 * 0002: who may read a restricted record (`record_readers`), indexes for reads filtered by visibility and for
 * a deleted record's last version; on PostgreSQL records become jsonb.
 */
export function readersAndJsonbMigration(d: MigrationDialect): Migration {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      const convert = d.convertDataToJson;
      if (convert !== undefined) {
        let txId: string | undefined;
        const transactionId = async (): Promise<string> => {
          if (txId !== undefined) return txId;
          txId = randomUUID();
          const at = new Date().toISOString();
          await sql`insert into transactions (tx_id, actor, at, reason)
            values (${txId}, ${SYSTEM}, ${at}, ${REASON})`.execute(db);
          return txId;
        };
        for (const [table, kind] of RECORD_TABLES) {
          await repairForJsonb(db, table, kind, transactionId);
          await convert(db, table);
        }
      }

      for (const [table] of RECORD_TABLES)
        await db.schema.createIndex(`${table}_visibility`).on(table).columns(['visibility', 'id']).execute();

      await db.schema
        .createTable('record_readers')
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('record_id', 'text', (c) => d.key(c).notNull())
        .addColumn('principal', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('record_readers_pk', ['kind', 'record_id', 'principal'])
        .execute();

      // Tombstones only: creating a record again continues from its last version, found here cheaply.
      await db.schema
        .createIndex('revisions_deleted')
        .on('revisions')
        .columns(['kind', 'record_id', 'version'])
        .where(sql.ref('action'), '=', 'delete')
        .execute();
    },
  };
}
