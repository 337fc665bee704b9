import assert from 'node:assert/strict';
import { test } from 'node:test';
import { computeCaseFacts } from './case-facts.ts';
import { kzLaw, makeFile, makeMeasure, mstep } from '../../../test/support/facts-factory.ts';

const law = kzLaw();

/** Custody begun some time in the first half of 2022, changed to house arrest at an unknown day in a range. */
const vagueChain = () =>
  makeFile({
    measures: [
      {
        ...makeMeasure('measure:custody', 'custody', '[2022-01..2022-06]', [
          mstep('changed', '[2022-09..2023-02]', { successor: 'measure:house' }),
        ]),
        reportedDuration: { atLeast: { months: 8 }, atMost: { months: 9 }, sources: [] },
      },
      makeMeasure('measure:house', 'house_arrest', '[2022-09..2023-02]'),
    ],
  });

test('a change is one event: while the run lasts the person is deprived of liberty, never released', () => {
  const d = computeCaseFacts(vagueChain(), law, '2022-12-01').defendants[0];
  assert.ok(d);
  assert.equal(d.status.isCertain, false);
  assert.deepEqual([...d.status.possible].sort(), ['in_custody', 'under_house_arrest']);
});

test('the run bounds the days deprived of liberty, whatever the day of the change', () => {
  const d = computeCaseFacts(vagueChain(), law, '2023-06-01').defendants[0];
  assert.ok(d);
  // From the latest possible start (2022-06-30) and the earliest (2022-01-01) to the as-of day, inclusive.
  assert.deepEqual(d.deprivedOfLiberty, { min: 337, max: 517 });
  assert.equal(d.status.status, 'under_house_arrest');
  assert.equal(d.status.isCertain, true);
});

test('a reported length narrows a measure still possibly running to the days since its latest start', () => {
  const d = computeCaseFacts(vagueChain(), law, '2023-02-06').defendants[0];
  const custody = d?.measures.find((m) => m.kind === 'custody');
  assert.ok(custody);
  // Ended: at least 8 months (≥ 242 days). Still running: at least 2022-06-30 → 2023-02-06 (222 days).
  assert.equal(custody.days.min, 222);
  assert.ok(custody.days.max <= 276);
});
