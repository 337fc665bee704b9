import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, describe, test } from 'node:test';
import { runCli, type CliRun } from './support/cli.ts';
import { postgresSkipReason } from './support/postgres.ts';
import {
  copySqliteFixture,
  execute,
  loadPostgresFixture,
  migrationsOf,
  RECORD_TABLES,
  snapshot,
  type FixtureDatabase,
  LATEST_MIGRATION,
  UPGRADES_FROM_0_1_0,
} from './support/release-fixtures.ts';
import { createTestDatabase } from './support/stores.ts';

const RELEASE = '0.1.0';
const FIXTURES = join(import.meta.dirname, 'fixtures');
const UPGRADES = UPGRADES_FROM_0_1_0;
const LATEST = LATEST_MIGRATION;
const FACTS = ['facts', 'Mamay', '--json', '--as-of', '2023-02-01'];

const envOf = (db: FixtureDatabase): Record<string, string> =>
  db.dialect === 'sqlite' ? { CASEWATCH_DB: db.file } : { DATABASE_URL: db.url };

function jsonOf(run: CliRun): unknown {
  assert.equal(run.code, 0, run.stderr);
  return JSON.parse(run.stdout);
}

/** The CLI on a database an old release made: it upgrades it as it starts, or on `migrate`. */
function cliUpgradeSuite(
  dialect: FixtureDatabase['dialect'],
  copy: () => Promise<FixtureDatabase>,
  empty: () => Promise<FixtureDatabase>,
  skip?: string,
) {
  describe(`casewatch on a ${RELEASE} database [${dialect}]`, skip === undefined ? {} : { skip }, () => {
    const dir = mkdtempSync(join(tmpdir(), 'casewatch-upgrade-cli-'));
    const made: FixtureDatabase[] = [];
    const fresh = async (make: () => Promise<FixtureDatabase>) => {
      const db = await make();
      made.push(db);
      return db;
    };
    after(() => {
      rmSync(dir, { recursive: true, force: true });
      for (const db of made)
        if (db.dialect === 'sqlite') rmSync(dirname(db.file), { recursive: true, force: true });
    });

    test('facts after the upgrade on start-up are those of the same records imported afresh', async () => {
      const old = await fresh(copy);
      const tables = await snapshot(old);
      const bundle: Record<string, unknown> = { format: 'casewatch-bundle', formatVersion: 1 };
      for (const table of RECORD_TABLES) bundle[table] = (tables[table] ?? []).map((row) => row.data);
      const file = join(dir, `records-of-${RELEASE}.json`);
      writeFileSync(file, JSON.stringify(bundle));
      const afresh = envOf(await fresh(empty));
      assert.equal(runCli(afresh, ['import', file]).code, 0);
      const expected = jsonOf(runCli(afresh, FACTS));

      assert.deepEqual(await migrationsOf(old), ['0001-initial']);
      assert.deepEqual(jsonOf(runCli(envOf(old), FACTS)), expected);
      assert.deepEqual(
        await migrationsOf(old),
        ['0001-initial', ...UPGRADES],
        'upgraded as the command started',
      );
    });

    test(`a bundle ${RELEASE} exported imports afresh, and into the upgraded database as nothing new`, async () => {
      // Exported by ${RELEASE}'s own `casewatch export` from the fixture database (formatVersion 1, no versions).
      const file = join(FIXTURES, RELEASE, 'casewatch.bundle.json');
      const exported = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
      assert.equal(exported.formatVersion, 1);
      const sizes = Object.fromEntries(
        RECORD_TABLES.map((t) => [t, Array.isArray(exported[t]) ? exported[t].length : 0]),
      );

      const emptyDb = await fresh(empty);
      const afresh = envOf(emptyDb);
      const first = jsonOf(runCli(afresh, ['import', file, '--json'])) as { created: number; total: number };
      const total = Object.values(sizes).reduce((a, b) => a + b, 0);
      assert.ok(total > 0);
      assert.equal(first.total, total);
      assert.equal(first.created, total);
      const tables = await snapshot(emptyDb);
      for (const table of RECORD_TABLES) assert.equal(tables[table]?.length ?? 0, sizes[table], table);

      const old = envOf(await fresh(copy));
      const merged = jsonOf(runCli(old, ['import', file, '--json'])) as {
        created: number;
        updated: number;
        unchanged: number;
      };
      assert.deepEqual(
        { created: merged.created, updated: merged.updated, unchanged: merged.unchanged },
        { created: 0, updated: 0, unchanged: total },
        'the database it was exported from already holds every record as it is',
      );
      assert.deepEqual(jsonOf(runCli(old, FACTS)), jsonOf(runCli(afresh, FACTS)));
    });

    test('migrate says which migrations it applied, then that the database is up to date', async () => {
      const env = envOf(await fresh(copy));
      assert.deepEqual(jsonOf(runCli(env, ['migrate', '--json'])), {
        database: dialect,
        applied: UPGRADES,
        current: LATEST,
      });
      const again = runCli(env, ['migrate']);
      assert.equal(again.code, 0, again.stderr);
      assert.match(again.stdout, new RegExp(`database is up to date \\(schema ${LATEST}\\)`));
    });

    // The store refuses it on both databases (src/store/upgrade.test.ts); this is the CLI's word for it.
    if (dialect === 'sqlite')
      test('a database a newer Casewatch upgraded is refused with exit code 7 and a line saying to upgrade', async () => {
        const db = await fresh(copy);
        await execute(
          db,
          "insert into kysely_migration (name, timestamp) values ('0099-from-the-future', '2030')",
        );
        const run = runCli(envOf(db), ['migrate']);
        assert.equal(run.code, 7, run.stderr);
        assert.match(run.stderr, /newer Casewatch.*0099-from-the-future.*Upgrade Casewatch/s);
        assert.deepEqual(await migrationsOf(db), ['0001-initial', '0099-from-the-future']);
      });
  });
}

cliUpgradeSuite(
  'sqlite',
  () => Promise.resolve(copySqliteFixture(RELEASE)),
  () => {
    const folder = mkdtempSync(join(tmpdir(), 'casewatch-afresh-'));
    return Promise.resolve({ dialect: 'sqlite', file: join(folder, 'casewatch.db') });
  },
);
cliUpgradeSuite(
  'postgres',
  () => loadPostgresFixture(RELEASE),
  async () => ({ dialect: 'postgres', url: await createTestDatabase() }),
  postgresSkipReason(),
);
