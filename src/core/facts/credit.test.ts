import { test } from 'node:test';
import assert from 'node:assert/strict';
import { computeCaseFacts } from './case-facts.ts';
import { computeCredit, creditFor } from './credit.ts';
import { measureTotals, personMeasures } from './measures.ts';
import { DEFENDANT, kzLaw, makeFile, makeMeasure, mstep } from '../../../test/support/facts-factory.ts';
import type { Measure } from '../measure/measure.ts';

const law = kzLaw();
const AS_OF = '2022-06-01';

const credit = (measures: Measure[]) => {
  const d = computeCaseFacts(makeFile({ measures }), law, AS_OF).defendants[0];
  assert.ok(d);
  return d.credit;
};

/** Custody from 6 January to 6 March 2022: 59 days, under a rule the law data marks verified. */
const custody = () => makeMeasure('measure:custody', 'custody', '2022-01-06', [mstep('ended', '2022-03-06')]);

/** Five days of administrative detention just before, under a rule the law data marks uncertain. */
const detention = () =>
  makeMeasure('measure:detention', 'administrative_detention', '2022-01-01', [mstep('ended', '2022-01-06')]);

test('credit under verified rules is certain', () => {
  const all = credit([custody()]);
  assert.ok(all.length > 0);
  for (const c of all) assert.equal(c.isCertain, true, `${c.sentenceType}/${c.regime ?? '*'}`);
  assert.deepEqual(creditFor(all, 'imprisonment', 'medium')?.amount, { min: 88, max: 88 }); // 59 × 1.5
});

test('credit resting on an uncertain rule is not certain, wherever that rule adds days', () => {
  const all = credit([detention(), custody()]);
  const medium = creditFor(all, 'imprisonment', 'medium');
  assert.deepEqual(medium?.amount, { min: 96, max: 96 }); // (5 + 59) × 1.5
  assert.equal(medium?.isCertain, false);
  for (const c of all) assert.equal(c.isCertain, false, `${c.sentenceType}/${c.regime ?? '*'}`);
});

test('credit under a version of the rules that is itself uncertain is not certain', () => {
  const rules = law.creditRules('kz', AS_OF);
  assert.ok(rules);
  const measures = personMeasures([custody()], DEFENDANT, 'kz', law, AS_OF);
  const totals = measureTotals(measures).byKind;
  const doubtful = computeCredit(totals, { ...rules, certainty: 'uncertain' }, law, 'kz', measures, AS_OF);
  assert.ok(doubtful.length > 0);
  for (const c of doubtful) assert.equal(c.isCertain, false, `${c.sentenceType}/${c.regime ?? '*'}`);
});

test('credit towards a sentence reported without a regime spans every regime and is not certain', () => {
  const all = credit([custody()]);
  const any = creditFor(all, 'imprisonment');
  assert.deepEqual(any?.amount, { min: 59, max: 118 }); // 1:1 (maximum security) up to 1:2 (minimum)
  assert.equal(any?.isCertain, false);
  // A sentence type whose rate does not depend on the regime is found as it is, and stays certain.
  assert.equal(creditFor(all, 'restricted_freedom')?.isCertain, true);
  assert.equal(creditFor(all, 'imprisonment', 'medium')?.isCertain, true);
});

test('credit names its sentence type and regime, and skips what the rules give no rate for', () => {
  const all = credit([custody(), makeMeasure('measure:bail', 'bail', '2022-03-06')]);
  const medium = creditFor(all, 'imprisonment', 'medium');
  assert.equal(medium?.sentenceTitle, 'imprisonment');
  assert.equal(medium?.regimeTitle, 'medium-security institution');
  assert.deepEqual(
    medium?.parts.map((p) => p.measure),
    ['custody'],
  );
  // A rate for any regime (arrest) serves a sentence whatever its regime; a regime the rules lack finds none.
  assert.deepEqual(creditFor(all, 'arrest', 'medium')?.amount, { min: 59, max: 59 });
  assert.equal(creditFor(all, 'imprisonment', 'colony'), undefined);
});

test('house arrest credited for a sentence without a regime still spans the regimes of the custody before it', () => {
  const measures = [
    makeMeasure('measure:custody', 'custody', '2022-01-06', [
      mstep('changed', '2022-03-06', { successor: 'measure:house' }),
    ]),
    makeMeasure('measure:house', 'house_arrest', '2022-03-06', [mstep('ended', '2022-05-05')]),
  ];
  const all = credit(measures);
  // House arrest's rate holds for any regime; custody's depends on it, so no credit stands for "any regime".
  assert.equal(
    all.some((c) => c.sentenceType === 'imprisonment' && c.regime === undefined),
    false,
  );
  assert.deepEqual(creditFor(all, 'imprisonment')?.amount, { min: 59 + 30, max: 118 + 30 });
  // House arrest alone earns nothing towards correctional labour: no rate, so no credit is listed.
  const houseOnly = credit([
    makeMeasure('measure:house', 'house_arrest', '2022-03-06', [mstep('ended', '2022-05-05')]),
  ]);
  assert.equal(creditFor(houseOnly, 'correctional_labour'), undefined);
});

test("credit is written in its unit as people write it: the jurisdiction's money unit by its abbreviation", () => {
  const all = credit([custody()]);
  const labels = new Map(all.map((c) => [c.unit, c.unitLabel]));
  assert.equal(labels.get('days'), 'days');
  // Kazakhstan credits custody towards a fine in its monthly calculation index.
  assert.equal(labels.get('mci'), 'MCI');
});
