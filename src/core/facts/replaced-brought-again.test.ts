import { test } from 'node:test';
import assert from 'node:assert/strict';
import { computeCaseFacts } from './case-facts.ts';
import { cc, kzLaw, makeCharge, makeFile, step } from '../../../test/support/facts-factory.ts';

const law = kzLaw();

/** Art. 272(1) reclassified as Art. 400 on 1 November 2022, and brought again on 26 January 2023. */
function riotsAgain(successorSteps: ReturnType<typeof step>[] = []) {
  return makeFile({
    charges: [
      makeCharge('charge:riots', cc('272', '1'), '2022-03-01', [
        step('reclassified', '2022-11-01', { successors: ['charge:assembly'] }),
      ]),
      makeCharge('charge:assembly', cc('400', '1'), '2022-11-01', successorSteps, {
        origin: { kind: 'reclassification', from: ['charge:riots'] },
      }),
      makeCharge('charge:riots-again', cc('272', '1'), '2023-01-26', [], {
        origin: { kind: 'rebrought', from: ['charge:riots'] },
      }),
    ],
  });
}

const flagged = (file: ReturnType<typeof makeFile>, asOf: string) =>
  computeCaseFacts(file, law, asOf)
    .warnings.filter((w) => w.code === 'charge.replaced_brought_again')
    .map((w) => w.record);

test('a charge that replaced one brought again, and may still be pending, is flagged: its fate is not recorded', () => {
  assert.deepEqual(flagged(riotsAgain(), '2023-02-01'), ['charge:assembly']);
  // Before the first charge came back, the reclassification is all there is: nothing to ask.
  assert.deepEqual(flagged(riotsAgain(), '2022-12-01'), []);
});

test('a charge that replaced one brought again and was itself dropped is no question', () => {
  assert.deepEqual(flagged(riotsAgain([step('dropped', '2023-01-20')]), '2023-02-01'), []);
});

test('its exposure is possible, not certain: it may have been dropped when the first charge came back', () => {
  const liveness = (asOf: string) =>
    computeCaseFacts(riotsAgain(), law, asOf).exposure.charges.map((c) => [c.charge, c.isLive]);
  assert.deepEqual(liveness('2023-02-01'), [
    ['charge:assembly', 'possibly'],
    ['charge:riots-again', 'yes'],
  ]);
  // Before the first charge came back, nothing puts it in doubt.
  assert.deepEqual(liveness('2022-12-01'), [['charge:assembly', 'yes']]);
});

test('noted by the researcher as the source leaves it, the warning is still given, marked noted with why', () => {
  const file = riotsAgain();
  const noted = {
    ...file,
    case: {
      ...file.case,
      acknowledged: [
        {
          code: 'charge.replaced_brought_again',
          record: 'charge:assembly',
          note: 'The source does not say.',
          sources: [],
        },
        // A note of another record's warning does not mark this one.
        { code: 'charge.replaced_brought_again', record: 'charge:riots', note: 'Elsewhere.', sources: [] },
      ],
    },
  };
  const warning = computeCaseFacts(noted, law, '2023-02-01').warnings.find(
    (w) => w.code === 'charge.replaced_brought_again',
  );
  assert.equal(warning?.record, 'charge:assembly');
  assert.deepEqual(warning?.acknowledged, { note: 'The source does not say.' });
  // Not noted, it is given as it was.
  assert.equal(
    computeCaseFacts(file, law, '2023-02-01').warnings.find((w) => w.code === 'charge.replaced_brought_again')
      ?.acknowledged,
    undefined,
  );
});
