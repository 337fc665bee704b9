import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { SearchPage } from '../src/core/search/search.ts';
import { runCli, type CliRun } from './support/cli.ts';
import { postgresSkipReason } from './support/postgres.ts';
import { inCanonicalOrder } from './support/search-order.ts';
import { createTestDatabase } from './support/stores.ts';

const DEMO = join(import.meta.dirname, '..', 'data', 'demo', 'mamay.bundle.json');
const DEFENDANT = 'person:zhanbolat-mamay';
type Env = Record<string, string>;

function pageOf(run: CliRun): SearchPage {
  assert.equal(run.code, 0, run.stderr);
  return JSON.parse(run.stdout) as SearchPage;
}

/** casewatch search on one database: the same answers on SQLite and PostgreSQL. */
function searchSuite(name: string, makeEnv: () => Promise<Env>, options: { skip?: string } = {}) {
  describe(`casewatch search [${name}]`, options, () => {
    let env: Env;
    before(async () => {
      env = { ...(await makeEnv()), CASEWATCH_ROLE: 'admin' };
      assert.equal(runCli(env, ['import', DEMO]).code, 0);
    });

    test('any form of the defendant’s name finds him first, as text and as JSON', () => {
      const text = runCli(env, ['search', 'Мамаем']);
      assert.equal(text.code, 0, text.stderr);
      assert.match(
        text.stdout,
        /^person {7}person:zhanbolat-mamay {2}Zhanbolat Mamay {2}\(exact, names\)\n.*\[Mamay\]/,
      );
      assert.match(text.stdout, /case:kz-mamay-2022/);
      for (const query of [['MAMAY', 'Zhanbolat'], ['Mamaı']])
        assert.equal(
          pageOf(runCli(env, ['search', ...query, '--json'])).hits[0]?.id,
          DEFENDANT,
          query.join(' '),
        );
    });

    test('--kind narrows the kinds; an article in any form; a bad kind is invalid input', () => {
      const charges = pageOf(runCli(env, ['search', 'ч. 1 ст. 272 УК РК', '--kind', 'charge', '--json']));
      assert.deepEqual(
        charges.hits.map((h) => h.id),
        ['charge:mamay-272-1-first', 'charge:mamay-272-1-second'],
      );
      const bad = runCli(env, ['search', 'Mamay', '--kind', 'people']);
      assert.equal(bad.code, 4);
      assert.match(bad.stderr, /--kind must be one of person, organisation/);
      assert.equal(runCli(env, ['search']).code, 2);
    });

    test('search rebuild makes the index again, and the answers stay the same', () => {
      const before = pageOf(runCli(env, ['search', 'Мамая', '--json']));
      const run = runCli(env, ['search', 'rebuild']);
      assert.equal(run.code, 0, run.stderr);
      assert.match(run.stdout, /^search index rebuilt: \d+ records, \d+ entries\n$/);
      assert.deepEqual(
        inCanonicalOrder(pageOf(runCli(env, ['search', 'Мамая', '--json']))),
        inCanonicalOrder(before),
      );
      const viewer = runCli({ ...env, CASEWATCH_ROLE: 'viewer' }, ['search', 'rebuild']);
      assert.equal(viewer.code, 6, 'only those who may import rebuild');
    });
  });
}

const dir = mkdtempSync(join(tmpdir(), 'casewatch-search-cli-'));
after(() => rmSync(dir, { recursive: true, force: true }));
searchSuite('sqlite', () => Promise.resolve({ CASEWATCH_DB: join(dir, 'casewatch.db') }));
const skip = postgresSkipReason();
searchSuite(
  'postgres',
  async () => ({ DATABASE_URL: await createTestDatabase() }),
  skip === undefined ? {} : { skip },
);
