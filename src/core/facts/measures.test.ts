import { test } from 'node:test';
import assert from 'node:assert/strict';
import { durationDayRange } from '../dates/index.ts';
import { computeCaseFacts } from './case-facts.ts';
import { kzLaw, makeDecision, makeFile, makeMeasure, mstep } from '../../../test/support/facts-factory.ts';

const law = kzLaw();

/** Custody from 6 January 2022, changed to house arrest on 12 September 2022, which ended on 1 March 2023. */
const custodyThenHouseArrest = () =>
  makeFile({
    measures: [
      makeMeasure('measure:custody', 'custody', '2022-01-06', [
        mstep('changed', '2022-09-12', { successor: 'measure:house' }),
      ]),
      makeMeasure('measure:house', 'house_arrest', '2022-09-12', [mstep('ended', '2023-03-01')]),
    ],
  });

const defendant = (file: ReturnType<typeof makeFile>, asOf: string) => {
  const d = computeCaseFacts(file, law, asOf).defendants[0];
  assert.ok(d);
  return d;
};

test('custody then house arrest: days under each, total deprived of liberty, and credit', () => {
  const d = defendant(custodyThenHouseArrest(), '2023-06-01');
  assert.deepEqual(
    d.measures.map((m) => [m.kind, m.days]),
    [
      ['custody', { min: 249, max: 249 }],
      ['house_arrest', { min: 170, max: 170 }],
    ],
  );
  assert.equal(d.measures[0]?.successor, 'measure:house');
  assert.equal(d.measures[1]?.predecessor, 'measure:custody');
  assert.deepEqual(d.deprivedOfLiberty, { min: 419, max: 419 });
  const credit = (regime: string) =>
    d.credit.find((c) => c.sentenceType === 'imprisonment' && c.regime === regime);
  assert.deepEqual(credit('maximum')?.amount, { min: 249 + 85, max: 249 + 85 });
  assert.deepEqual(credit('medium')?.amount, { min: 373 + 85, max: 373 + 85 }); // 249 × 1.5 = 373.5, a part day not counted
  assert.deepEqual(credit('minimum')?.amount, { min: 498 + 85, max: 498 + 85 });
  assert.deepEqual(credit('medium')?.parts.find((p) => p.measure === 'house_arrest')?.amount, {
    min: 85,
    max: 85,
  });
});

test('days are clipped to the as-of date, which counts', () => {
  const d = defendant(custodyThenHouseArrest(), '2022-01-10');
  assert.deepEqual(
    d.measures.map((m) => m.days),
    [{ min: 5, max: 5 }],
  );
  assert.equal(d.measures[0]?.inEffect, 'yes');
});

test('status on dates in each period and after', () => {
  const file = custodyThenHouseArrest();
  assert.equal(defendant(file, '2022-01-01').status.status, 'at_liberty');
  assert.equal(defendant(file, '2022-05-01').status.status, 'in_custody');
  assert.equal(defendant(file, '2022-09-12').status.status, 'under_house_arrest');
  assert.equal(defendant(file, '2022-12-01').status.status, 'under_house_arrest');
  // The house arrest ended and no release is recorded: the record does not say "released".
  const after = defendant(file, '2023-04-01').status;
  assert.equal(after.status, 'measure_ended');
  assert.equal(after.isCertain, true);
});

test('partial dates: custody dated only to 2022, "just over eight months", narrows the days; mid-2022 is only possibly custody', () => {
  const file = makeFile({
    measures: [
      makeMeasure(
        'measure:custody',
        'custody',
        '2022',
        [mstep('changed', '2022', { successor: 'measure:house' })],
        {
          reportedDuration: {
            atLeast: { months: 8 },
            atMost: { months: 9 },
            text: 'just over eight months',
            sources: [],
          },
        },
      ),
      makeMeasure('measure:house', 'house_arrest', '2022'),
    ],
  });
  const custody = defendant(file, '2023-01-15').measures[0];
  assert.deepEqual(custody?.daysFromDates, { min: 0, max: 364 });
  assert.deepEqual(custody?.days, {
    min: durationDayRange({ months: 8 }).min,
    max: durationDayRange({ months: 9 }).max,
  });
  assert.equal(custody?.reportedDuration?.applied, 'both');
  const status = defendant(file, '2022-06-15').status;
  assert.equal(status.status, 'in_custody');
  assert.equal(status.isCertain, false);
  assert.ok(status.possible.includes('in_custody'));
  assert.ok(status.possible.includes('under_house_arrest'));
});

test('a custody with no end recorded that would have outrun "at most nine months" counts the months reported, not the years since', () => {
  const file = makeFile({
    measures: [
      makeMeasure('measure:custody', 'custody', '[2022-01..2022-05]', [], {
        reportedDuration: { atLeast: { months: 8 }, atMost: { months: 9 }, sources: [] },
      }),
    ],
  });
  const reported = { min: durationDayRange({ months: 8 }).min, max: durationDayRange({ months: 9 }).max };
  const years = defendant(file, '2026-12-04');
  const custody = years.measures[0];
  assert.ok((custody?.daysFromDates.min ?? 0) > 1_000, 'the dates alone run to the day asked');
  assert.deepEqual(custody?.days, reported);
  assert.equal(custody?.reportedDuration?.applied, 'both');
  assert.deepEqual(years.deprivedOfLibertyBy.detention, reported);
  // Within the months reported, it may still run: the time so far is what the dates give.
  const early = defendant(file, '2022-10-01').measures[0];
  assert.equal(early?.reportedDuration?.applied, 'upper');
  assert.deepEqual(early?.days, early?.daysFromDates);
});

test('administrative detention then custody: both deprive of liberty and the total adds up', () => {
  const file = makeFile({
    measures: [
      makeMeasure('measure:admin', 'administrative_detention', '2022-01-05', [mstep('ended', '2022-01-20')]),
      makeMeasure('measure:custody', 'custody', '2022-01-20'),
    ],
  });
  const d = defendant(file, '2022-03-01');
  assert.deepEqual(
    d.daysByMeasureKind.map((t) => [t.kind, t.days.min]),
    [
      ['administrative_detention', 15],
      ['custody', 41],
    ],
  );
  assert.deepEqual(d.deprivedOfLiberty, { min: 56, max: 56 });
  assert.equal(d.status.status, 'in_custody');
  assert.deepEqual(
    d.custodyLimits.map((c) => c.measures),
    [['measure:custody']],
  );
});

test('a prison sentence in force: serving, with credit taken off the term; a suspended sentence: probation', () => {
  const custody = makeMeasure('measure:custody', 'custody', '2022-01-06', [mstep('ended', '2023-06-01')]);
  const verdict = makeDecision('decision:verdict', {
    date: '2023-05-20',
    enteredIntoForce: '2023-06-01',
    sentence: [{ type: 'imprisonment', term: { years: 5 }, regime: 'medium', isPrincipal: true }],
  });
  const serving = defendant(makeFile({ measures: [custody], decisions: [verdict] }), '2023-07-01').status;
  assert.equal(serving.status, 'serving_sentence');
  // 511 days of custody × 1.5 = 766 days off five years from 1 June 2023.
  assert.deepEqual(serving.sentence?.creditDays, { min: 766, max: 766 });
  assert.equal(serving.sentence?.endsOn?.earliest, '2026-04-27');
  assert.equal(
    defendant(makeFile({ measures: [custody], decisions: [verdict] }), '2026-05-01').status.status,
    'released',
  );
  const suspended = makeDecision('decision:verdict', {
    enteredIntoForce: '2023-06-01',
    sentence: [{ type: 'imprisonment', term: { years: 3 }, isSuspended: true, probation: { years: 2 } }],
  });
  assert.equal(defendant(makeFile({ decisions: [suspended] }), '2023-07-01').status.status, 'on_probation');
  assert.equal(defendant(makeFile({ decisions: [suspended] }), '2025-07-01').status.status, 'at_liberty');
});
