import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  inferredAnchor,
  workedOutChangeSpan,
  workedOutSpan,
} from '../web/src/features/forms/lib/inferred-anchor.ts';
import { emptyForm } from './support/quick-form.ts';
import {
  emptyQuickCharge,
  emptyQuickHearing,
  emptyQuickMeasure,
  type QuickCaseValues,
} from '../web/src/features/forms/lib/quick-case.ts';

const values: QuickCaseValues = {
  ...emptyForm(),
  confirmedOn: '2023-01-26',
  charges: [
    { ...emptyQuickCharge('charge:a'), date: '[2022-01-01..2022-12-31]' },
    { ...emptyQuickCharge('charge:b'), began: 'reclassification', from: '0', date: '2022-11~' },
    { ...emptyQuickCharge('charge:c'), date: '[2022-01-01..2022-11-07]' },
  ],
  measures: [{ ...emptyQuickMeasure('measure:a', 'custody'), duration: 'just over eight months' }],
  hearings: [
    { ...emptyQuickHearing('hearing:late'), date: '2023-02-06', charges: ['charge:c'] },
    { ...emptyQuickHearing('hearing:first'), date: '2022-11-07', charges: ['charge:c'] },
  ],
};

test('a worked-out date names what it was worked out against, from the form’s own boxes', () => {
  assert.deepEqual(inferredAnchor(values, 'measures.0', 'events_to_news'), {
    key: 'length_before_news',
    length: 'just over eight months',
    date: '2023-01-26',
  });
  assert.deepEqual(inferredAnchor(values, 'charges.0', 'events_to_step'), {
    key: 'reclassified_on',
    date: '2022-11~',
  });
  // The first hearing that tried the charge, whichever row it is in.
  assert.deepEqual(inferredAnchor(values, 'charges.2', 'charge_to_trial'), {
    key: 'hearing_on',
    date: '2022-11-07',
  });
  // Nothing to name: no reclassification of the charge, a reason without an anchor, no length.
  assert.equal(inferredAnchor(values, 'charges.2', 'events_to_step'), undefined);
  assert.equal(inferredAnchor(values, 'charges.1', 'no_year'), undefined);
  assert.equal(
    inferredAnchor(
      { ...values, measures: [emptyQuickMeasure('measure:b', 'custody')] },
      'measures.0',
      'events_to_news',
    ),
    undefined,
  );
});

test('a reclassification dated by a length before a later step names the day the charge was brought again', () => {
  const again = {
    ...values,
    charges: [
      ...values.charges,
      { ...emptyQuickCharge('charge:d'), began: 'rebrought' as const, from: '0', date: '2023-01-26' },
    ],
  };
  assert.deepEqual(inferredAnchor(again, 'charges.1', 'length_before_step'), {
    key: 'later_step_on',
    date: '2023-01-26',
  });
  // Not brought again: nothing to name.
  assert.equal(inferredAnchor(values, 'charges.1', 'length_before_step'), undefined);
});

test('a date worked out is read as the span of days it lies in, as the row holds it now', () => {
  const spans = [
    ['charges.0', 'events_to_step', '2022-12-31'],
    ['charges.2', 'events_to_hearing', '2022-11-07'],
  ] as const;
  for (const [name, reason, to] of spans)
    assert.deepEqual(workedOutSpan(values, name, reason), { from: '2022-01-01', to }, name);
  // Sent to court only where the row says so.
  assert.equal(workedOutSpan(values, 'charges.2', 'charge_to_trial'), undefined);
  const sent = {
    ...values,
    charges: values.charges.map((c, i) =>
      i === 2 ? { ...c, then: 'sent_to_court' as const, thenDate: '[2022-03-01..2022-11-07]' } : c,
    ),
  };
  assert.deepEqual(workedOutSpan(sent, 'charges.2', 'charge_to_trial'), {
    from: '2022-03-01',
    to: '2022-11-07',
  });
  // A single day is no span to explain; a month is one.
  assert.equal(
    workedOutSpan(
      { ...values, charges: [{ ...values.charges[0]!, date: '2022-05-03' }] },
      'charges.0',
      'events_to_step',
    ),
    undefined,
  );
  assert.deepEqual(
    workedOutSpan(
      { ...values, charges: [{ ...values.charges[0]!, date: '2022-02' }] },
      'charges.0',
      'events_to_step',
    ),
    { from: '2022-02-01', to: '2022-02-28' },
  );
  // A measure's start typed (as the text filled it) is read from its box.
  const typed = { ...values, measures: [{ ...values.measures[0]!, from: '[2022-01-01..2022-05-26]' }] };
  assert.deepEqual(workedOutSpan(typed, 'measures.0', 'events_to_news'), {
    from: '2022-01-01',
    to: '2022-05-26',
  });
});

test('the day a measure was replaced is worked out from its start and length, no later than the news', () => {
  const measures = [
    {
      ...emptyQuickMeasure('measure:a', 'custody'),
      from: '[2022-01-01..2022-05-26]',
      duration: 'just over eight months',
      replaced: true,
    },
    emptyQuickMeasure('measure:b', 'house_arrest'),
  ];
  assert.deepEqual(workedOutChangeSpan({ ...values, measures }, 0), {
    from: '2022-09-01',
    to: '2023-01-26',
    length: 'just over eight months',
    byNews: true,
  });
  // With later news, the last day is its latest start and its length, not the news.
  const later = workedOutChangeSpan({ ...values, confirmedOn: '2024-01-01', measures }, 0);
  assert.equal(later?.byNews, false);
  assert.ok(later !== undefined && later.to < '2024-01-01' && later.to > '2023-01-26');
  // Typed, the day is the researcher's: nothing worked out.
  assert.equal(
    workedOutChangeSpan({ ...values, measures: [{ ...measures[0]!, until: '2022-09-15' }, measures[1]!] }, 0),
    undefined,
  );
});
