import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import pg from 'pg';
import { RECORD_KIND_ORDER, RECORD_KINDS } from '../../src/core/record/record-kinds.ts';
import { createTestDatabase } from './stores.ts';

/** The databases an old release made (test/fixtures/<release>/), to upgrade with the current code. */
export const FIXTURES_DIR = join(import.meta.dirname, '..', 'fixtures');

/** Where a copy of a release's database is: a SQLite file, or a PostgreSQL database. */
export type FixtureDatabase = { dialect: 'sqlite'; file: string } | { dialect: 'postgres'; url: string };

/** A copy of the SQLite database a release made, in a folder of its own, to upgrade without touching it. */
export function copySqliteFixture(release: string): FixtureDatabase {
  const dir = mkdtempSync(join(tmpdir(), 'casewatch-fixture-'));
  const file = join(dir, 'casewatch.db');
  copyFileSync(join(FIXTURES_DIR, release, 'casewatch.db'), file);
  return { dialect: 'sqlite', file };
}

/**
 * The PostgreSQL database a release made, recreated in a new empty database of the test cluster from its
 * `pg_dump --inserts` file. psql's own commands (`\restrict`) are left out: they are not SQL.
 */
export async function loadPostgresFixture(release: string): Promise<FixtureDatabase> {
  const url = await createTestDatabase({ isMigrated: false });
  const dump = readFileSync(join(FIXTURES_DIR, release, 'casewatch.pg.sql'), 'utf8')
    .split('\n')
    .filter((line) => !line.startsWith('\\'))
    .join('\n');
  await execute({ dialect: 'postgres', url }, dump);
  return { dialect: 'postgres', url };
}

/** Runs SQL on the database with the bare driver, as someone outside Casewatch would. */
export async function execute(db: FixtureDatabase, text: string): Promise<void> {
  if (db.dialect === 'sqlite') {
    const database = new BetterSqlite3(db.file);
    try {
      database.exec(text);
    } finally {
      database.close();
    }
    return;
  }
  const client = new pg.Client({ connectionString: db.url });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

/** Rows of a query, read with the bare driver (jsonb arrives parsed on PostgreSQL). */
export async function query(db: FixtureDatabase, text: string): Promise<Record<string, unknown>[]> {
  if (db.dialect === 'sqlite') {
    const database = new BetterSqlite3(db.file, { readonly: true });
    try {
      return database.prepare(text).all() as Record<string, unknown>[];
    } finally {
      database.close();
    }
  }
  const client = new pg.Client({ connectionString: db.url });
  await client.connect();
  try {
    return (await client.query<Record<string, unknown>>(text)).rows;
  } finally {
    await client.end();
  }
}

/** The migrations a 0.1.0 database gets, in order, written out (not read from the code): the last is the latest. */
export const UPGRADES_FROM_0_1_0 = [
  '0002-readers-and-jsonb',
  '0003-accounts',
  '0004-search-index',
  '0005-record-references',
  '0006-documents',
  '0007-custody-details',
  '0008-search-facets-seen',
  '0009-list-order',
  '0010-search-segments',
  '0011-search-segment-ranges',
];
export const LATEST_MIGRATION = UPGRADES_FROM_0_1_0.at(-1) ?? '';

/** The tables of the records, in the order a bundle lists them. */
export const RECORD_TABLES = RECORD_KIND_ORDER.map((kind) => RECORD_KINDS[kind].collection);

const parsed = (value: unknown): unknown =>
  typeof value === 'string' ? (JSON.parse(value) as unknown) : value;

/** The names of the tables the database has. */
async function tableNames(db: FixtureDatabase): Promise<string[]> {
  const text =
    db.dialect === 'sqlite'
      ? "select name from sqlite_master where type = 'table'"
      : "select table_name as name from information_schema.tables where table_schema = 'public'";
  return (await query(db, text)).map((r) => String(r.name));
}

/** What a database holds that an upgrade must keep, table by table, as plain values in a stable order. */
export async function snapshot(db: FixtureDatabase): Promise<Record<string, Record<string, unknown>[]>> {
  const tables: Record<string, Record<string, unknown>[]> = {};
  const present = new Set(await tableNames(db));
  // A kind a later release added has no table in an older database, and no records: an empty list either way.
  for (const table of RECORD_TABLES)
    tables[table] = (present.has(table) ? await query(db, `select * from ${table} order by id`) : []).map(
      (r) => ({
        ...r,
        version: Number(r.version),
        data: parsed(r.data),
      }),
    );
  tables.person_names = await query(db, 'select * from person_names order by person_id, value, kind');
  tables.case_participants = await query(
    db,
    'select * from case_participants order by case_id, person_id, role',
  );
  tables.transactions = await query(db, 'select * from transactions order by tx_id');
  tables.revisions = (await query(db, 'select * from revisions order by seq')).map((r) => ({
    ...r,
    seq: Number(r.seq),
    version: Number(r.version),
    before: parsed(r.before),
    after: parsed(r.after),
  }));
  return tables;
}

/** The names of the migrations a database has had, in order. */
export async function migrationsOf(db: FixtureDatabase): Promise<string[]> {
  return (await query(db, 'select name from kysely_migration order by name')).map((r) => String(r.name));
}
