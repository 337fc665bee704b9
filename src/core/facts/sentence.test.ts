import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { SentenceComponent } from '../decision/decision.ts';
import { computeCaseFacts } from './case-facts.ts';
import { formatCaseFacts } from '../../cli/format-facts.ts';
import {
  cc,
  kzLaw,
  makeCharge,
  makeDecision,
  makeFile,
  makeMeasure,
  mstep,
  step,
} from '../../../test/support/facts-factory.ts';
import type { Measure } from '../measure/measure.ts';

const law = kzLaw();

/** A verdict in force on `inForce` with one principal component. */
const verdict = (inForce: string, component: Partial<SentenceComponent>) =>
  makeDecision('decision:verdict', {
    date: '2022-12-20',
    enteredIntoForce: inForce,
    sentence: [{ type: 'imprisonment', isPrincipal: true, ...component }],
  });

const defendant = (measures: Measure[], decisions: ReturnType<typeof verdict>[], asOf: string) => {
  const d = computeCaseFacts(makeFile({ measures, decisions }), law, asOf).defendants[0];
  assert.ok(d);
  return d;
};

test('a sentence in force ends custody still running: credit stops, the release day stays put', () => {
  const custody = [makeMeasure('measure:custody', 'custody', '2022-01-06')]; // no end recorded
  const sentence = verdict('2023-01-06', { term: { years: 5 }, regime: 'medium' });
  for (const asOf of ['2023-01-06', '2024-06-01', '2026-07-07']) {
    const d = defendant(custody, [sentence], asOf);
    assert.equal(d.status.status, 'serving_sentence', asOf);
    assert.equal(d.status.isCertain, true, asOf);
    assert.deepEqual(d.status.sentence?.creditDays, { min: 547, max: 547 }, asOf); // 365 days × 1.5
    assert.deepEqual(d.status.sentence?.endsOn, { earliest: '2026-07-08', latest: '2026-07-08' });
    assert.equal(d.measures[0]?.end?.kind, 'superseded');
    assert.deepEqual(d.deprivedOfLiberty, { min: 365, max: 365 }, asOf);
  }
  assert.equal(defendant(custody, [sentence], '2026-07-08').status.status, 'released');
});

test('a prison sentence reported without a regime is credited as any regime could be', () => {
  const custody = [makeMeasure('measure:custody', 'custody', '2022-01-06', [mstep('ended', '2023-01-06')])];
  const sentence = verdict('2023-01-06', { term: { years: 2 } });
  const during = defendant(custody, [sentence], '2023-06-01');
  assert.deepEqual(during.status.sentence?.creditDays, { min: 365, max: 730 }); // 1:1 up to 1:2
  assert.deepEqual(during.status.sentence?.endsOn, { earliest: '2023-01-07', latest: '2024-01-07' });
  assert.equal(during.status.isCertain, false);
  assert.deepEqual(during.status.possible, ['serving_sentence', 'released']);
  const after = defendant(custody, [sentence], '2024-06-01');
  assert.equal(after.status.status, 'released');
  assert.equal(after.status.isCertain, true);
});

test('custody is credited against restricted freedom; a term fully credited ends at entry into force', () => {
  const custody = [makeMeasure('measure:custody', 'custody', '2022-01-06', [mstep('ended', '2022-09-06')])];
  const d = defendant(
    custody,
    [verdict('2022-09-06', { type: 'restricted_freedom', term: { years: 1 } })],
    '2022-10-01',
  );
  assert.deepEqual(d.status.sentence?.creditDays, { min: 486, max: 486 }); // 243 days × 2
  assert.deepEqual(d.status.sentence?.endsOn, { earliest: '2022-09-06', latest: '2022-09-06' });
  assert.equal(d.status.status, 'released');
  const longer = defendant(
    custody,
    [verdict('2022-09-06', { type: 'restricted_freedom', term: { years: 3 } })],
    '2022-10-01',
  );
  assert.equal(longer.status.status, 'on_probation');
});

test('credit is summed over measures before a part day is dropped', () => {
  const d = defendant(
    [
      makeMeasure('measure:custody', 'custody', '2022-01-01', [
        mstep('changed', '2022-01-04', { successor: 'measure:house' }),
      ]),
      makeMeasure('measure:house', 'house_arrest', '2022-01-04', [mstep('ended', '2022-01-07')]),
    ],
    [],
    '2022-02-01',
  );
  const medium = d.credit.find((c) => c.regime === 'medium');
  assert.deepEqual(medium?.amount, { min: 6, max: 6 }); // 3 × 1.5 + 3 × 0.5 = 6
  assert.deepEqual(
    medium?.parts.map((p) => p.amount),
    [
      { min: 4, max: 4 },
      { min: 1, max: 1 },
    ],
  );
});

test('a measure that certainly ended had certainly begun, however vague its start', () => {
  const d = defendant(
    [makeMeasure('measure:custody', 'custody', '2022', [mstep('ended', '2022-09-10')])],
    [],
    '2022-10-01',
  );
  // Ended, with no release recorded: the record does not say "released".
  assert.equal(d.status.status, 'measure_ended');
  assert.equal(d.status.isCertain, true);
});

test('a vaguely dated step is not moved ahead of a precisely dated one listed before it', () => {
  const charge = makeCharge('charge:a', cc('274', '1'), '2022-03-15', [step('sent_to_court', '2022')]);
  const facts = computeCaseFacts(makeFile({ charges: [charge] }), law, '2023-01-01');
  assert.deepEqual(
    facts.charges[0]?.steps.map((s) => s.kind),
    ['brought', 'sent_to_court'],
  );
  assert.equal(facts.charges[0]?.state, 'in_court');
});

test('a live charge under an article the law data lacks makes the maximum say so, not "no imprisonment"', () => {
  // CC Art. 999 is not in the Kazakh law data: not even in its index of every article.
  const charges = [
    makeCharge('charge:unknown', cc('999', '1'), '2022-03-15'),
    makeCharge('charge:insult', cc('378', '2'), '2022-03-15'),
  ];
  const facts = computeCaseFacts(makeFile({ charges }), law, '2023-01-01');
  assert.deepEqual(facts.exposure.case.unknownCharges, [
    { charge: 'charge:unknown', article: 'Art. 999(1)' },
  ]);
  assert.equal(facts.exposure.case.maxImprisonment, undefined);
  const text = formatCaseFacts(facts);
  assert.match(text, /Maximum exposure: penalty unknown: not in the law data \(Art\. 999\(1\)\)/);
  assert.match(text, /Art\. 999\(1\): penalty unknown/);
  assert.doesNotMatch(text, /999\(1\)[^\n]*no imprisonment/);
  const withRiots = computeCaseFacts(
    makeFile({ charges: [...charges, makeCharge('charge:riots', cc('272', '1'), '2022-03-15')] }),
    law,
    '2023-01-01',
  );
  assert.match(formatCaseFacts(withRiots), /Maximum exposure: 10 years, leaving out Art\. 999\(1\)/);
});

test('a run of custody then house arrest shares its span: credit is bounded by the run, not by each part alone', () => {
  const measures = [
    makeMeasure(
      'measure:custody',
      'custody',
      '[2022-01..2022-06]',
      [mstep('changed', '[2022-09..2023-02]', { successor: 'measure:house' })],
      { reportedDuration: { atLeast: { months: 8 }, atMost: { months: 9 }, sources: [] } },
    ),
    makeMeasure('measure:house', 'house_arrest', '[2022-09..2023-02]'),
  ];
  const d = defendant(measures, [], '2023-02-01');
  assert.deepEqual(d.deprivedOfLiberty, { min: 217, max: 397 });
  const credit = (regime: string) => d.credit.find((c) => c.regime === regime)?.amount;
  // At most 276 days of custody at 1:1, the rest of the 397-day run under house arrest at 2:1.
  assert.deepEqual(credit('maximum'), { min: 217, max: 276 + 60 });
  assert.deepEqual(credit('medium'), { min: 325, max: 474 }); // 276 × 1.5 + 121 × 0.5 = 474.5
});

test('custody ending on the day the sentence takes effect: that day is the sentence’s, counted once', () => {
  const custody = [makeMeasure('measure:custody', 'custody', '2022-01-06', [mstep('ended', '2023-06-01')])];
  const sentence = verdict('2023-06-01', { term: { years: 5 }, regime: 'medium' });
  const eve = defendant(custody, [sentence], '2023-05-31');
  assert.equal(eve.status.status, 'convicted_not_in_force'); // the verdict of 2022-12-20 awaits its entry into force
  assert.deepEqual(eve.status.measures, ['measure:custody']);
  assert.deepEqual(eve.deprivedOfLiberty, { min: 511, max: 511 }); // the as-of day counts: 31 May is the last
  for (const asOf of ['2023-06-01', '2023-07-01']) {
    const d = defendant(custody, [sentence], asOf);
    assert.equal(d.status.status, 'serving_sentence', asOf);
    assert.equal(d.status.isCertain, true, asOf);
    // The measure ended as recorded; the sentence did not have to end it.
    assert.equal(d.measures[0]?.end?.kind, 'ended', asOf);
    assert.deepEqual(d.measures[0]?.days, { min: 511, max: 511 }, asOf); // 6 Jan 2022 up to, not including, 1 June 2023
    assert.deepEqual(d.deprivedOfLiberty, { min: 511, max: 511 }, asOf);
    assert.deepEqual(d.status.sentence?.creditDays, { min: 766, max: 766 }, asOf); // 511 × 1.5
    assert.deepEqual(d.status.sentence?.endsOn, { earliest: '2026-04-27', latest: '2026-04-27' }, asOf);
  }
  // Custody still running then ends on that same day, with the same count.
  const running = [makeMeasure('measure:custody', 'custody', '2022-01-06')];
  const superseded = defendant(running, [sentence], '2023-07-01');
  assert.equal(superseded.measures[0]?.end?.kind, 'superseded');
  assert.deepEqual(superseded.measures[0]?.days, { min: 511, max: 511 });
});

test('custody ended some day of the month the sentence took effect in: no day after the sentence counts', () => {
  const custody = [makeMeasure('measure:custody', 'custody', '2022-01-06', [mstep('ended', '2023-06')])];
  const d = defendant(
    custody,
    [verdict('2023-06-10', { term: { years: 5 }, regime: 'medium' })],
    '2023-07-01',
  );
  assert.deepEqual(d.measures[0]?.end?.kind, 'ended');
  assert.deepEqual(d.measures[0]?.days, { min: 511, max: 520 }); // ended from 1 June up to 10 June
  assert.deepEqual(d.deprivedOfLiberty, { min: 511, max: 520 });
  assert.deepEqual(d.status.sentence?.creditDays, { min: 766, max: 780 });
});
