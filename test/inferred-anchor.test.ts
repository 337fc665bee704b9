import assert from 'node:assert/strict';
import { test } from 'node:test';
import { inferredAnchor } from '../web/src/features/forms/lib/inferred-anchor.ts';
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
