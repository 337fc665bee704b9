// Unfinished offences and complicity are each jurisdiction's data: the fictional jurisdiction yy punishes no
// preparation, caps an attempt at two thirds without excluding life, and caps an accessory at three quarters.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import type { Charge } from '../src/core/charge/charge.ts';
import { computeCaseFacts } from '../src/core/facts/case-facts.ts';
import { loadLegalKnowledge } from '../src/store/law-files.ts';
import { ROOT } from './support/cli.ts';
import { makeCharge, makeFile } from './support/facts-factory.ts';

const law = loadLegalKnowledge(join(ROOT, 'test', 'fixtures', 'law'), ['yy']);
const yy = (article: string) => ({ jurisdiction: 'yy', code: 'kk', article, part: '1' });

function exposureOf(overrides: Partial<Charge>, article = '342') {
  const file = makeFile({ charges: [makeCharge('charge:x', yy(article), '2021-03-01', [], overrides)] });
  file.case = { ...file.case, jurisdiction: 'yy' };
  return computeCaseFacts(file, law, '2021-04-01');
}

test('yy: an attempt is capped at two thirds (2 years → 1 year 4 months), for any gravity', () => {
  const e = exposureOf({ stage: { kind: 'attempt', sources: [] } }).exposure.charges[0];
  assert.equal(e?.isPunishable, 'yes');
  assert.equal(e?.maxImprisonment?.text, '1 year 4 months');
  assert.deepEqual(e?.stage?.maxFraction, { numerator: 2, denominator: 3 });
});

test('yy: an attempt keeps life imprisonment and the death penalty open', () => {
  const e = exposureOf({ stage: { kind: 'attempt', sources: [] } }, '289').exposure.charges[0];
  assert.equal(e?.maxImprisonment?.text, 'life imprisonment');
  assert.equal(e?.isDeathPenalty, true);
});

test('yy: preparation is never punishable, whatever the gravity', () => {
  const facts = exposureOf({ stage: { kind: 'preparation', sources: [] } }, '289');
  assert.equal(facts.exposure.charges[0]?.isPunishable, 'no');
  assert.equal(facts.exposure.charges[0]?.maxImprisonment, undefined);
  assert.deepEqual(
    facts.warnings.map((w) => w.code),
    ['charge.not_punishable'],
  );
});

test('yy: an accessory is capped at three quarters, and an accessory to an attempt by both in turn', () => {
  const accessory = { kind: 'accessory' as const, sources: [] };
  assert.equal(exposureOf({ role: accessory }).exposure.charges[0]?.maxImprisonment?.text, '1 year 6 months');
  assert.equal(
    exposureOf({ role: accessory, stage: { kind: 'attempt', sources: [] } }).exposure.charges[0]
      ?.maxImprisonment?.text,
    '1 year',
  );
  // An organiser has no cap in yy either.
  assert.equal(
    exposureOf({ role: { kind: 'organiser', sources: [] } }).exposure.charges[0]?.maxImprisonment?.text,
    '2 years',
  );
});

test('yy: a role the data has no rule for is warned about, and the completed offence is shown', () => {
  const facts = exposureOf({ role: { kind: 'instigator', sources: [] } });
  assert.equal(facts.exposure.charges[0]?.role?.isKnownToData, false);
  assert.equal(facts.exposure.charges[0]?.maxImprisonment?.text, '2 years');
  assert.deepEqual(
    facts.warnings.map((w) => w.code),
    ['law.no_participation_rule'],
  );
});
