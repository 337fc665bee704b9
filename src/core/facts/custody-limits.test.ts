import { test } from 'node:test';
import assert from 'node:assert/strict';
import { computeCaseFacts } from './case-facts.ts';
import {
  cc,
  kzLaw,
  makeCharge,
  makeFile,
  makeMeasure,
  mstep,
  step,
} from '../../../test/support/facts-factory.ts';
import type { Charge } from '../charge/charge.ts';
import type { Measure } from '../measure/measure.ts';

const law = kzLaw();

function limits(measures: Measure[], charges: Charge[], asOf: string) {
  const d = computeCaseFacts(makeFile({ measures, charges }), law, asOf).defendants[0];
  const c = d?.custodyLimits[0];
  assert.ok(c);
  return c;
}

test('19 months of continuous pre-trial custody exceeds the absolute 18-month maximum', () => {
  const c = limits(
    [makeMeasure('measure:custody', 'custody', '2021-01-10', [mstep('ended', '2022-08-10')])],
    [makeCharge('charge:a', cc('255', '3'), '2021-01-09')],
    '2023-01-01',
  );
  assert.deepEqual(c.days, { min: 577, max: 577 });
  assert.equal(c.exceedsAbsoluteMax, 'yes');
  assert.equal(c.exceedsBaseTerm, 'yes');
  assert.deepEqual(c.tierNeeded, ['beyond the absolute maximum']);
  assert.equal(c.exceedsTierAllowedByGravity, 'no');
});

test('10 months on a grave charge needs the 12-month tier, which needs an especially grave charge: flagged', () => {
  const custody = makeMeasure('measure:custody', 'custody', '2022-01-06', [
    mstep('changed', '2022-11-06', { successor: 'measure:house' }),
  ]);
  const c = limits([custody], [makeCharge('charge:riots', cc('272', '1'), '2022-01-05')], '2023-01-01');
  assert.deepEqual(c.tierNeeded, ['12 months']);
  assert.equal(c.gravity, 'grave');
  assert.equal(c.exceedsAbsoluteMax, 'no');
  assert.equal(c.exceedsTierAllowedByGravity, 'yes');
  assert.equal(c.tiers.find((t) => t.upTo === '12 months')?.isBarredByGravity, 'yes');
  assert.ok(c.notes.some((n) => n.includes('case features')));
  const graver = limits([custody], [makeCharge('charge:terror', cc('255', '3'), '2022-01-05')], '2023-01-01');
  assert.equal(graver.exceedsTierAllowedByGravity, 'no');
});

test('custody with a month-precise end is possibly over a tier', () => {
  const c = limits(
    [makeMeasure('measure:custody', 'custody', '2022-01-06', [mstep('ended', '2022-03')])],
    [makeCharge('charge:riots', cc('272', '1'), '2022-01-05')],
    '2023-01-01',
  );
  assert.equal(c.exceedsBaseTerm, 'possibly');
  assert.deepEqual(c.tierNeeded, ['base term 2 months', '3 months']);
});

test('custody that ran past its planned end without an extension is flagged; an extension in time is not', () => {
  const charge = makeCharge('charge:riots', cc('272', '1'), '2022-01-05');
  const late = makeMeasure('measure:custody', 'custody', '2022-01-06', [
    mstep('extended', '2022-03-01', { plannedEnd: '2022-04-05' }),
    mstep('ended', '2022-05-01'),
  ]);
  late.steps[0] = mstep('ordered', '2022-01-06', { plannedEnd: '2022-03-05' });
  assert.equal(limits([late], [charge], '2023-01-01').ranPastPlannedEnd, 'yes');
  const inTime = makeMeasure('measure:custody', 'custody', '2022-01-06', [
    mstep('extended', '2022-03-01', { plannedEnd: '2022-05-05' }),
    mstep('ended', '2022-05-01'),
  ]);
  inTime.steps[0] = mstep('ordered', '2022-01-06', { term: { months: 2 } });
  assert.equal(limits([inTime], [charge], '2023-01-01').ranPastPlannedEnd, 'no');
});

test('pre-trial custody ends when the case is sent to court', () => {
  const c = limits(
    [makeMeasure('measure:custody', 'custody', '2022-01-06')],
    [makeCharge('charge:riots', cc('272', '1'), '2022-01-05', [step('sent_to_court', '2022-06-01')])],
    '2023-01-01',
  );
  assert.deepEqual(c.days, { min: 146, max: 146 });
  assert.equal(c.sentToCourt?.date, '2022-06-01');
});

test('custody stays pre-trial while another charge is still under investigation', () => {
  const d = computeCaseFacts(
    makeFile({
      measures: [makeMeasure('measure:custody', 'custody', '2022-01-06')],
      charges: [
        makeCharge('charge:insult', cc('378', '1'), '2022-01-05', [step('sent_to_court', '2022-06-01')]),
        makeCharge('charge:riots', cc('272', '1'), '2022-01-05'),
      ],
    }),
    law,
    '2022-12-31',
  ).defendants[0];
  assert.equal(d?.custodyLimits[0]?.sentToCourt, undefined);
  assert.deepEqual(d?.custodyLimits[0]?.days, { min: 360, max: 360 });
});

test('custody reported as at most 9 months never needs the 12-month tier, however vague its dates', () => {
  const custody = makeMeasure(
    'measure:custody',
    'custody',
    '[2022-01..2022-06]',
    [mstep('changed', '[2022-09..2023-02]', { successor: 'measure:house' })],
    { reportedDuration: { atLeast: { months: 8 }, atMost: { months: 9 }, sources: [] } },
  );
  const c = limits([custody], [makeCharge('charge:riots', cc('272', '1'), '2022-01-05')], '2023-02-01');
  assert.deepEqual(c.tierNeeded, ['9 months']);
  assert.equal(c.tiers.find((t) => t.upTo === '12 months')?.isNeeded, 'no');
  assert.equal(c.exceedsTierAllowedByGravity, 'no');
});

test('a term is counted from each day the custody may have begun: 2 months from any day of March is 61 days', () => {
  const c = limits(
    [makeMeasure('measure:custody', 'custody', '2022-03', [mstep('ended', '2022-05-01')])],
    [makeCharge('charge:riots', cc('272', '1'), '2022-02-05')],
    '2023-01-01',
  );
  assert.deepEqual(c.days, { min: 31, max: 61 });
  assert.equal(c.exceedsBaseTerm, 'no');
  const longer = limits(
    [makeMeasure('measure:custody', 'custody', '2022-03', [mstep('ended', '2022-05-02')])],
    [makeCharge('charge:riots', cc('272', '1'), '2022-02-05')],
    '2023-01-01',
  );
  assert.equal(longer.exceedsBaseTerm, 'possibly');
});

test('a charge brought after the custody ended does not change the gravity the custody was held under', () => {
  const custody = makeMeasure('measure:custody', 'custody', '2022-01-25', [mstep('ended', '2023-02-01')]);
  const medium = makeCharge('charge:false-info', cc('274', '3'), '2022-01-24');
  const before = limits([custody], [medium], '2023-03-01');
  assert.equal(before.exceedsTierAllowedByGravity, 'yes');
  const after = limits(
    [custody],
    [medium, makeCharge('charge:later', cc('255', '3'), '2023-06-01')],
    '2023-07-01',
  );
  assert.equal(after.gravity, before.gravity);
  assert.equal(after.exceedsTierAllowedByGravity, before.exceedsTierAllowedByGravity);
});

test('custody reported in days is set against terms in months by its days', () => {
  const custody = (atLeast: number, atMost: number) =>
    makeMeasure('measure:custody', 'custody', '[2022-01..2022-02]', [mstep('ended', '[2022-04..2022-06]')], {
      reportedDuration: { atLeast: { days: atLeast }, atMost: { days: atMost }, sources: [] },
    });
  const charge = makeCharge('charge:riots', cc('272', '1'), '2021-12-05');
  const c = limits([custody(95, 100)], [charge], '2023-01-01');
  assert.deepEqual(c.days, { min: 95, max: 100 });
  assert.equal(c.exceedsBaseTerm, 'yes'); // 95 days are more than 2 months from any day
  assert.deepEqual(c.tierNeeded, ['9 months']); // and more than 3 months (at most 92 days)
  // 59 days are within 2 months from any day of the year, however vague the dates.
  const short = limits([custody(50, 59)], [charge], '2023-01-01');
  assert.equal(short.exceedsBaseTerm, 'no');
  assert.deepEqual(short.tierNeeded, ['base term 2 months']);
});

test('a reported length the dates contradict does not rule a term out: the dates are kept', () => {
  const c = limits(
    [
      makeMeasure('measure:custody', 'custody', '2022-01-10', [mstep('ended', '2022-06-10')], {
        reportedDuration: { atMost: { months: 1 }, sources: [] },
      }),
    ],
    [makeCharge('charge:riots', cc('272', '1'), '2022-01-09')],
    '2023-01-01',
  );
  assert.deepEqual(c.days, { min: 151, max: 151 });
  assert.equal(c.exceedsBaseTerm, 'yes');
  assert.deepEqual(c.tierNeeded, ['9 months']);
});
