import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { ROOT, runCli, type CliRun } from './support/cli.ts';
import { postgresSkipReason } from './support/postgres.ts';
import { createTestDatabase } from './support/stores.ts';

// A jurisdiction added by data alone (test/fixtures/law/yy): its own money unit, titles in Belarusian and
// Ukrainian, life imprisonment and the death penalty, a code whose dates are unknown, an article whose sanction
// is unknown, and its own credit rates. Nothing in the code names it.
const LAW_DIR = join(ROOT, 'test', 'fixtures', 'law');
const BUNDLE = join(LAW_DIR, 'yy-case.bundle.json');

interface Facts {
  asOf: string;
  exposure: {
    charges: {
      charge: string;
      isPenaltyUnknown: boolean;
      isDeathPenalty: boolean;
      isKnownArticle: boolean;
      maxImprisonment?: { text: string };
      nonCustodialMaxima: { type: string; max: { value: number; unit: string }; unitLabel: string }[];
    }[];
  };
  defendants: {
    exposure: { deathPenaltyCharges: { charge: string }[]; unknownCharges: { charge: string }[] };
    credit: { sentenceType: string; unit: string; amount: { min: number; max: number } }[];
  }[];
}

function ok(run: CliRun): string {
  assert.equal(run.code, 0, run.stderr);
  return run.stdout;
}

function jurisdictionSuite(dialect: string, database: () => Promise<Record<string, string>>, skip?: string) {
  describe(`a second jurisdiction, by data alone [${dialect}]`, skip === undefined ? {} : { skip }, () => {
    test('a case under its law imports, and its facts speak its units and sanctions', async () => {
      const env = { ...(await database()), CASEWATCH_LAW_DIR: LAW_DIR, CASEWATCH_ROLE: 'editor' };
      assert.match(ok(runCli(env, ['import', BUNDLE])), /7 created/);
      const facts = JSON.parse(
        ok(runCli(env, ['facts', 'case:yy-1', '--as-of', '2022-01-10', '--json'])),
      ) as Facts;
      const byCharge = new Map(facts.exposure.charges.map((c) => [c.charge, c]));

      const terrorism = byCharge.get('charge:yy-289');
      assert.equal(terrorism?.isDeathPenalty, true);
      assert.equal(terrorism?.maxImprisonment?.text, 'life imprisonment');

      const unread = byCharge.get('charge:yy-361-1');
      assert.deepEqual(
        [unread?.isKnownArticle, unread?.isPenaltyUnknown, unread?.maxImprisonment],
        [true, true, undefined],
        'a sanction the data does not know is unknown, never "no imprisonment"',
      );

      const order = byCharge.get('charge:yy-342');
      assert.deepEqual(order?.nonCustodialMaxima, [
        { type: 'fine', max: { value: 500, unit: 'bv' }, unitLabel: 'BV' },
      ]);

      const [defendant] = facts.defendants;
      assert.deepEqual(
        defendant?.exposure.deathPenaltyCharges.map((c) => c.charge),
        ['charge:yy-289'],
      );
      assert.deepEqual(
        defendant?.exposure.unknownCharges.map((c) => c.charge),
        ['charge:yy-361-1'],
      );
      // 305 days of custody (1 March to 31 December 2021): a day for a day of prison, two base values of a fine.
      const credit = new Map(defendant?.credit.map((c) => [c.sentenceType, c]));
      assert.deepEqual(credit.get('imprisonment')?.amount, { min: 305, max: 305 });
      assert.equal(credit.get('fine')?.unit, 'bv');
      assert.deepEqual(credit.get('fine')?.amount, { min: 610, max: 610 });

      const text = ok(runCli(env, ['facts', 'Ivanou', '--as-of', '2022-01-10']));
      assert.match(
        text,
        /Maximum exposure: the death penalty \(Art\. 289\(1\)\); otherwise life imprisonment/,
      );
      assert.match(text, /fine up to 500 BV/);
      // Its own rules for several offences (cumulation.json): a life term makes the whole life.
      assert.match(
        text,
        /All live charges together: life imprisonment \(life makes life, leaving out Art\. 361-1\)/,
      );
      assert.match(text, /Art\. 361-1: penalty unknown: the law data has the article, not its sanction/);
      assert.doesNotMatch(text, /MCI/);
    });
  });
}

const folders: string[] = [];
after(() => folders.forEach((d) => rmSync(d, { recursive: true, force: true })));
jurisdictionSuite('sqlite', () => {
  const folder = mkdtempSync(join(tmpdir(), 'casewatch-yy-'));
  folders.push(folder);
  return Promise.resolve({ CASEWATCH_DB: join(folder, 'casewatch.db') });
});
jurisdictionSuite(
  'postgres',
  async () => ({ DATABASE_URL: await createTestDatabase() }),
  postgresSkipReason(),
);
