import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { SentenceComponent } from '../decision/decision.ts';
import { kzLaw, makeDecision, makeFile, makeMeasure } from '../../../test/support/facts-factory.ts';
import { computeCaseFacts } from './case-facts.ts';

const law = kzLaw();
// Custody from 6 January 2022, never ended: it runs until the verdict takes effect, some day of January 2023.
const custody = [makeMeasure('measure:custody', 'custody', '2022-01-06')];
const verdict = (inForce: string, component: Partial<SentenceComponent>) =>
  makeDecision('decision:verdict', {
    date: '2022-12-20',
    enteredIntoForce: inForce,
    sentence: [{ type: 'imprisonment', isPrincipal: true, term: { years: 5 }, ...component }],
  });
const sentence = (inForce: string, regime: string, asOf: string) =>
  computeCaseFacts(makeFile({ measures: custody, decisions: [verdict(inForce, { regime })] }), law, asOf)
    .defendants[0]?.status.sentence;

test('entry into force known to the month, custody credited day for day: the end is one day, not a range of 60', () => {
  const s = sentence('2023-01', 'maximum', '2023-06-01');
  assert.deepEqual(s?.enteredIntoForce.earliest, '2023-01-01');
  assert.deepEqual(s?.creditDays, { min: 360, max: 390 });
  // Any day of January: the days of custody and the days of the term it takes off are the same days.
  assert.deepEqual(s?.endsOn, { earliest: '2027-01-06', latest: '2027-01-06' });
});

test('custody credited 1.5 for 1: a later entry into force ends the term earlier; the range joins the two ends', () => {
  const s = sentence('2023-01', 'medium', '2023-06-01');
  assert.deepEqual(s?.creditDays, { min: 540, max: 585 });
  // In force on 1 January: 2028-01-01 less 540 days; on 31 January: 2028-01-31 less 585 (not 2026-05-26 to 2026-08-09).
  assert.deepEqual(s?.endsOn, { earliest: '2026-06-25', latest: '2026-07-10' });
});

test('an exact entry into force is untouched, and one that may fall after the day asked about keeps the wider range', () => {
  assert.deepEqual(sentence('2023-01-06', 'medium', '2023-06-01')?.endsOn, {
    earliest: '2026-07-08',
    latest: '2026-07-08',
  });
  // Credit counts custody up to the day asked about (375 days at most), as for any sentence.
  assert.deepEqual(sentence('2023-01', 'maximum', '2023-01-15')?.endsOn, {
    earliest: '2026-12-22',
    latest: '2027-02-05',
  });
});

test('the status is judged on the tighter end: on the day the term ends the person is certainly released', () => {
  const d = computeCaseFacts(
    makeFile({ measures: custody, decisions: [verdict('2023-01', { regime: 'maximum' })] }),
    law,
    '2027-01-06',
  ).defendants[0];
  assert.equal(d?.status.status, 'released');
  assert.equal(d?.status.isCertain, true);
  const before = computeCaseFacts(
    makeFile({ measures: custody, decisions: [verdict('2023-01', { regime: 'maximum' })] }),
    law,
    '2027-01-05',
  ).defendants[0];
  assert.equal(before?.status.status, 'serving_sentence');
  assert.equal(before?.status.isCertain, true);
});
