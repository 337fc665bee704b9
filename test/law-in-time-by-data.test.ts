import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { computeCaseFacts } from '../src/core/facts/case-facts.ts';
import type { ArticleRef } from '../src/core/law/law.ts';
import { loadLegalKnowledge } from '../src/store/law-files.ts';
import { makeCharge, makeFile, step } from './support/facts-factory.ts';

// The fictional jurisdiction yy (test/fixtures/law/yy/law-in-time.json) judges a charge by the law of the
// judgment, lets no later law reach back, and stops its limitation when the charge is brought: all by data.
const law = loadLegalKnowledge(fileURLToPath(new URL('fixtures/law', import.meta.url)), ['yy']);
const kk = (article: string, part?: string): ArticleRef => ({
  jurisdiction: 'yy',
  code: 'kk',
  article,
  ...(part !== undefined ? { part } : {}),
});
const act = (date: string) => ({ actDate: { date, sources: [] } });

function yyFile(...charges: ReturnType<typeof makeCharge>[]) {
  const file = makeFile({ charges });
  return { ...file, case: { ...file.case, jurisdiction: 'yy' } };
}

test('yy judges a charge by the law of its judgment: the harsher wording of 2021 applies to an act of 2020', () => {
  const riots = (more: ReturnType<typeof step>[]) =>
    makeCharge('charge:riots', kk('293', '2'), '2021-03-01', more, act('2020-06-01'));
  const pending = computeCaseFacts(yyFile(riots([])), law, '2022-01-10');
  assert.equal(pending.charges[0]?.lawInTime?.basis, 'as_of');
  assert.equal(pending.charges[0]?.lawDate, '2022-01-10');
  assert.equal(pending.exposure.charges[0]?.maxImprisonment?.text, '10 years');

  const judged = computeCaseFacts(yyFile(riots([step('convicted', '2021-09-01')])), law, '2022-01-10');
  assert.equal(judged.charges[0]?.lawInTime?.basis, 'judgment');
  assert.equal(judged.charges[0]?.lawDate, '2021-09-01');
  assert.match(
    judged.charges[0]?.lawInTime?.reason ?? '',
    /the law in force on the day of the judgment governs/,
  );
});

test('yy stops the limitation when the charge is brought: a charge brought after five years is flagged', () => {
  const facts = computeCaseFacts(
    yyFile(
      makeCharge('charge:order', kk('342', '1'), '2021-03-01', [], act('2015-06-01')),
      makeCharge('charge:terror', kk('289', '1'), '2021-03-01', [], act('2001-06-01')),
    ),
    law,
    '2022-01-10',
  );
  const by = new Map(facts.limitation.map((l) => [l.charge, l]));
  const order = by.get('charge:order');
  assert.equal(order?.runsUntil, 'charge_brought');
  assert.deepEqual(order?.periods, [{ value: 5, unit: 'years' }]);
  assert.deepEqual(order?.expires, { earliest: '2020-06-01', latest: '2020-06-01' });
  assert.equal(order?.expired, 'yes');
  assert.equal(order?.stoppedOn?.date, '2021-03-01');
  const warning = facts.warnings.find((w) => w.code === 'limitation.expired');
  assert.equal(warning?.record, 'charge:order');
  assert.match(warning?.message ?? '', /was brought after its limitation ran out/);
  // Art. 289 falls in the run of articles 285-292 the fixture exempts.
  assert.equal(by.get('charge:terror')?.isExempt, 'yes');
  assert.deepEqual(facts.amnesties, []);
});
