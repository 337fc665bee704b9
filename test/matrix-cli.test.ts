import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { IndictmentMatrix } from '../src/core/matrix/matrix.ts';
import { runCli } from './support/cli.ts';
import { parseCsv } from './support/csv.ts';
import { postgresSkipReason } from './support/postgres.ts';
import { createTestDatabase } from './support/stores.ts';

const DEMO = join(import.meta.dirname, '..', 'data', 'demo', 'mamay.bundle.json');
const SECOND = 'charge:mamay-272-1-second';
type Env = Record<string, string>;

/** casewatch matrix on one database: the same answers on SQLite and PostgreSQL. */
function matrixSuite(name: string, makeEnv: () => Promise<Env>, options: { skip?: string } = {}) {
  describe(`casewatch matrix [${name}]`, options, () => {
    let env: Env;
    before(async () => {
      env = { ...(await makeEnv()), CASEWATCH_ROLE: 'viewer' };
      assert.equal(runCli({ ...env, CASEWATCH_ROLE: 'admin' }, ['import', DEMO]).code, 0);
    });

    test('by the defendant’s name, a text table with each element’s standing and the gaps', () => {
      const run = runCli(env, ['matrix', 'Mamay']);
      assert.equal(run.code, 0, run.stderr);
      assert.match(run.stdout, /^Indictment matrix of case:kz-mamay-2022\n/);
      // The live indictment comes before the reclassified charge, which is said to be no longer live.
      assert.ok(
        run.stdout.indexOf(`[${SECOND}]  live`) < run.stdout.indexOf('no longer live (reclassified)'),
      );
      assert.match(run.stdout, /accompanied by violence, pogroms, arson[^\n]*— GAP: no supporting evidence/);
      assert.match(run.stdout, /the defendant's organising led to those riots {2}— GAP: no allegation/);
      assert.match(run.stdout, /speech unassessed: allegation:mamay-facebook-videos/);
      assert.match(run.stdout, /only commissioned expert: allegation:mamay-decided-to-organise/);
      // 378's part is unknown: the elements its parts share are still set against the allegations.
      assert.match(run.stdout, /insulting a representative of authority {2}— GAP: no allegation/);
    });

    test('--json is the matrix; --csv one row per element, allegation and evidence with the gap flags', () => {
      const json = runCli(env, ['matrix', 'case:kz-mamay-2022', '--json']);
      assert.equal(json.code, 0, json.stderr);
      const m = JSON.parse(json.stdout) as IndictmentMatrix;
      assert.equal(m.charges[0]?.charge, SECOND);
      assert.equal(m.isCertain, true);
      const csv = runCli(env, ['matrix', 'case:kz-mamay-2022', '--csv']);
      assert.equal(csv.code, 0, csv.stderr);
      const [header = [], ...rows] = parseCsv(csv.stdout);
      const at = (row: string[], col: string) => row[header.indexOf(col)];
      const violence = rows.filter(
        (r) => at(r, 'charge') === SECOND && at(r, 'element') === 'aggravating_acts',
      );
      assert.deepEqual(
        violence.map((r) => [
          at(r, 'allegation'),
          at(r, 'evidence'),
          at(r, 'stance'),
          at(r, 'element_unsupported'),
        ]),
        [
          [
            'allegation:mamay-decided-to-organise',
            'evidence:mamay-facebook-videos',
            'does_not_address',
            'yes',
          ],
        ],
      );
      const causal = rows.filter((r) => at(r, 'charge') === SECOND && at(r, 'element') === 'causal_link');
      assert.deepEqual(
        causal.map((r) => [at(r, 'allegation'), at(r, 'element_uncovered')]),
        [['', 'yes']],
      );
    });

    test('a case it cannot find is not found; --csv with --json is a usage error', () => {
      assert.equal(runCli(env, ['matrix', 'case:none']).code, 3);
      assert.equal(runCli(env, ['matrix', 'Mamay', '--csv', '--json']).code, 2);
      assert.equal(runCli(env, ['matrix']).code, 2);
    });
  });
}

let dir: string;
before(() => {
  dir = mkdtempSync(join(tmpdir(), 'casewatch-matrix-cli-'));
});
after(() => rmSync(dir, { recursive: true, force: true }));

matrixSuite('sqlite', () => Promise.resolve({ CASEWATCH_DB: join(dir, 'cw.db') }));
const skip = postgresSkipReason();
matrixSuite(
  'postgres',
  async () => ({ DATABASE_URL: await createTestDatabase() }),
  skip === undefined ? {} : { skip },
);
