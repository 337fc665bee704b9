import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { computeCaseFacts } from '../src/core/facts/case-facts.ts';
import { loadLegalKnowledge } from '../src/store/law-files.ts';
import { ROOT } from './support/cli.ts';
import { kzLaw, makeFile, makeMeasure, mstep } from './support/facts-factory.ts';

// The fictional jurisdiction yy holds a suspect at most 48 hours, not Kazakhstan's 72, under its own kind's key
// ('zatrymanne'), and names its house arrest otherwise: the facts learn both from its data alone.
const yy = loadLegalKnowledge(join(ROOT, 'test', 'fixtures', 'law'), ['yy']);

/** Detained on 5 January 2022 at 10:00, remanded in custody on 7 January at 12:00 (50 hours), then house arrest. */
function file(jurisdiction: string, detention: string, house: string) {
  const base = makeFile({
    measures: [
      makeMeasure('measure:detention', detention, '2022-01-05', [], {
        steps: [
          mstep('ordered', '2022-01-05', { time: '10:00' }),
          mstep('changed', '2022-01-07', { time: '12:00', successor: 'measure:custody' }),
        ],
      }),
      makeMeasure('measure:custody', 'custody', '2022-01-07', [
        mstep('changed', '2022-02-07', { successor: 'measure:house' }),
      ]),
      makeMeasure('measure:house', house, '2022-02-07'),
    ],
  });
  return { ...base, case: { ...base.case, jurisdiction } };
}

test("yy's 48 hours are passed by 50 hours of detention that Kazakhstan's 72 allow", () => {
  const y = computeCaseFacts(file('yy', 'zatrymanne', 'khatni_arest'), yy, '2022-03-01');
  const [d] = y.defendants;
  assert.deepEqual(d?.detentionLimits[0]?.length, { min: 50, max: 50 });
  assert.deepEqual(d?.detentionLimits[0]?.limit?.max, '48 hours');
  assert.equal(d?.detentionLimits[0]?.limit?.basis, 'KPK Art. 108');
  assert.equal(d?.detentionLimits[0]?.limit?.exceedsMax, 'yes');
  assert.match(
    y.warnings.find((w) => w.code === 'measure.over_limit')?.message ?? '',
    /detention of a suspect lasted 50 hours, beyond the legal maximum of 48 hours \(KPK Art\. 108\)/,
  );
  // Its own kinds count apart by their data: 2 + 31 days detained, 23 under house arrest (a kind that leaves out how it counts, by default).
  assert.deepEqual(d?.deprivedOfLibertyBy, {
    detention: { min: 33, max: 33 },
    houseArrest: { min: 23, max: 23 },
    administrativeArrest: { min: 0, max: 0 },
  });
  assert.deepEqual(
    d?.credit.find((c) => c.sentenceType === 'imprisonment')?.parts.map((p) => p.measure),
    ['zatrymanne', 'custody'],
  );

  const k = computeCaseFacts(file('kz', 'suspect_detention', 'house_arrest'), kzLaw(), '2022-03-01');
  const limit = k.defendants[0]?.detentionLimits[0]?.limit;
  assert.equal(limit?.exceedsMax, 'no');
  assert.equal(limit?.exceedsOrdinary, 'yes', 'past the ordinary 48 hours: lawful only in the cases listed');
  assert.equal(
    k.warnings.some((w) => w.code === 'measure.over_limit'),
    false,
  );
});
