import { test } from 'node:test';
import assert from 'node:assert/strict';
import { computeCaseFacts } from './case-facts.ts';
import { kzLaw, makeDecision, makeFile, makeMeasure, mstep } from '../../../test/support/facts-factory.ts';
import type { Decision } from '../decision/decision.ts';
import type { Measure } from '../measure/measure.ts';

const law = kzLaw();

const status = (measures: Measure[], asOf: string, decisions: Decision[] = []) => {
  const d = computeCaseFacts(makeFile({ measures, decisions }), law, asOf).defendants[0];
  assert.ok(d);
  return d.status;
};

test('custody ordered some day in March: on 15 March the person may be in custody or still at liberty, never released', () => {
  const s = status([makeMeasure('measure:custody', 'custody', '2022-03')], '2022-03-15');
  assert.equal(s.status, 'in_custody');
  assert.equal(s.isCertain, false);
  assert.deepEqual(s.possible, ['in_custody', 'at_liberty']);
  const house = status([makeMeasure('measure:house', 'house_arrest', '2022-03')], '2022-03-15');
  assert.deepEqual(house.possible, ['under_house_arrest', 'at_liberty']);
});

test('custody begun some day in March and ended from 15 March on: in custody, the measure ended (no release recorded) or at liberty', () => {
  const s = status(
    [makeMeasure('measure:custody', 'custody', '2022-03', [mstep('ended', '[2022-03-15..2022-03-31]')])],
    '2022-03-15',
  );
  assert.equal(s.isCertain, false);
  assert.deepEqual(s.possible, ['in_custody', 'measure_ended', 'at_liberty']);
});

test('a prison sentence possibly in force, no measure at all: serving, convicted with the verdict not yet in force, or at liberty', () => {
  const verdict = makeDecision('decision:verdict', {
    date: '2023-05-20',
    enteredIntoForce: '2023-06',
    sentence: [{ type: 'imprisonment', term: { years: 5 }, regime: 'medium', isPrincipal: true }],
  });
  const s = status([], '2023-06-15', [verdict]);
  assert.equal(s.status, 'serving_sentence');
  assert.equal(s.isCertain, false);
  assert.deepEqual(s.possible, ['serving_sentence', 'convicted_not_in_force', 'at_liberty']);
  assert.deepEqual(s.measures, []);
});

test('ten days of arrest in force some day in June: on 20 June served, serving or the verdict not yet in force', () => {
  const verdict = makeDecision('decision:verdict', {
    date: '2023-05-20',
    enteredIntoForce: '2023-06',
    sentence: [{ type: 'arrest', term: { days: 10 }, isPrincipal: true }],
  });
  const s = status([], '2023-06-20', [verdict]);
  assert.deepEqual(s.possible, ['serving_sentence', 'convicted_not_in_force', 'released', 'at_liberty']);
});

test('a measure that does not deprive of liberty, possibly begun: under it or at liberty', () => {
  const s = status([makeMeasure('measure:bail', 'bail', '2022-03')], '2022-03-15');
  assert.equal(s.isCertain, false);
  assert.deepEqual(s.possible, ['under_other_measure', 'at_liberty']);
});

test('a conviction not yet in force, even before its sentence is recorded; an acquittal on appeal in force ends it', () => {
  const custody = [makeMeasure('measure:custody', 'custody', '2022-03-01')];
  const verdict = makeDecision('decision:verdict', {
    date: '2023-05-20',
    outcomes: [{ charge: 'charge:a', outcome: 'convicted' }],
  });
  const s = status(custody, '2023-05-25', [verdict]);
  assert.equal(s.status, 'convicted_not_in_force');
  assert.equal(s.isCertain, true);
  assert.deepEqual(s.measures, ['measure:custody']);
  assert.match(s.reasons[0]?.reason ?? '', /no entry into force recorded; the measure continues: custody/);
  assert.equal(status(custody, '2023-05-19', [verdict]).status, 'in_custody');
  const acquittal = makeDecision('decision:appeal', {
    kind: 'appeal_ruling',
    date: '2023-08-01',
    enteredIntoForce: '2023-08-01',
    reviews: 'decision:verdict',
    outcomes: [{ charge: 'charge:a', outcome: 'acquitted' }],
  });
  assert.equal(status(custody, '2023-08-02', [verdict, acquittal]).status, 'in_custody');
});

test('with no measure, verdict or release recorded by the day, the status says that nothing is recorded', () => {
  const none = status([], '2023-01-26');
  assert.deepEqual([none.status, none.isUnrecorded], ['at_liberty', true]);
  // A measure not yet begun on the day is not yet on the record of that day.
  const before = status([makeMeasure('measure:custody', 'custody', '2023-03-01')], '2023-01-26');
  assert.deepEqual([before.status, before.isUnrecorded], ['at_liberty', true]);
  // An undertaking not to leave (no deprivation of liberty) is something the status rests on.
  const bound = status([makeMeasure('measure:stay', 'undertaking_not_to_leave', '2022-12-01')], '2023-01-26');
  assert.equal(bound.isUnrecorded, undefined);
});
