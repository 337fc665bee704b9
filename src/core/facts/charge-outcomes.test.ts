import { test } from 'node:test';
import assert from 'node:assert/strict';
import { computeCaseFacts } from './case-facts.ts';
import { formatCaseFacts } from '../../cli/format-facts.ts';
import { ChargeSchema } from '../charge/charge.ts';
import { presentDecisions } from '../case/decision.presenter.ts';
import { ChargeOutcomeSchema } from '../decision/decision.ts';
import { cc, kzLaw, makeCharge, makeDecision, makeFile, step } from '../../../test/support/facts-factory.ts';

const law = kzLaw();
const src = (id: string) => [{ source: id }];

test('an uncertain part "2 or 3" keeps both with their sources, and the exposure spans them', () => {
  const charge = makeCharge('charge:false-info', cc('274'), '2022-06-01', [], {
    partsInDoubt: [
      { part: '2', sources: src('source:indictment') },
      { part: '3', sources: src('source:press') },
    ],
  });
  const facts = computeCaseFacts(makeFile({ charges: [charge] }), law, '2022-07-01');
  const c = facts.charges[0];
  assert.equal(c?.article, 'Art. 274, part 2 or 3');
  assert.deepEqual(c?.partsInDoubt, ['2', '3']);
  const e = facts.exposure.charges[0];
  assert.deepEqual(
    e?.parts.map((p) => p.article),
    ['Art. 274(2)', 'Art. 274(3)'],
  );
  assert.equal(e?.partUnknown, false);
  assert.equal(e?.maxImprisonment?.text, 'at least 3 years, at most 5 years');
  assert.match(formatCaseFacts(facts), /Art\. 274, part 2 or 3 \(sources disagree on the part/);
});

test('a part both certain and in doubt, or listed twice, is refused', () => {
  const bad = ChargeSchema.safeParse({
    ...makeCharge('charge:x', cc('274', '2'), '2022-06-01'),
    partsInDoubt: [
      { part: '2', sources: [] },
      { part: '2', sources: [] },
    ],
  });
  assert.equal(bad.success, false);
  assert.deepEqual(
    bad.error?.issues.map((i) => [i.path.join('.'), i.message]),
    [
      ['partsInDoubt', 'the part is either certain (article.part) or in doubt (partsInDoubt), not both'],
      ['partsInDoubt.1.part', 'a part is listed twice'],
    ],
  );
});

test('found guilty but released from liability: the charge ends, with its ground', () => {
  const charge = makeCharge('charge:riots', cc('272', '1'), '2022-01-10', [
    step('sent_to_court', '2022-06-01'),
    step('released_from_liability', '2022-09-01', { ground: 'limitation_expired' }),
  ]);
  const facts = computeCaseFacts(makeFile({ charges: [charge] }), law, '2022-10-01');
  const c = facts.charges[0];
  assert.equal(c?.state, 'released_from_liability');
  assert.equal(c?.isLive, 'no');
  assert.equal(c?.end?.ground, 'limitation_expired');
  assert.deepEqual(c?.daysLive, { min: 234, max: 234 });
  assert.deepEqual(facts.exposure.charges, []);
  assert.match(
    formatCaseFacts(facts),
    /released from liability \(limitation period expired\); live 234 days/,
  );
});

test('a release from liability needs a ground, and only it takes one', () => {
  const missing = ChargeSchema.safeParse(
    makeCharge('charge:x', cc('272', '1'), '2022-01-10', [step('released_from_liability', '2022-09-01')]),
  );
  assert.match(missing.error?.issues[0]?.message ?? '', /needs its ground/);
  const stray = ChargeSchema.safeParse(
    makeCharge('charge:x', cc('272', '1'), '2022-01-10', [
      step('dropped', '2022-09-01', { ground: 'amnesty' }),
    ]),
  );
  assert.match(stray.error?.issues[0]?.message ?? '', /only a "released_from_liability" step takes a ground/);
});

test('outcome not known: no longer in court for certain, possibly live, its days live a range', () => {
  const charge = makeCharge('charge:riots', cc('272', '1'), '2022-01-10', [
    step('sent_to_court', '2022-06-01'),
    step('outcome_unknown', '2022-08-01'),
  ]);
  const facts = computeCaseFacts(makeFile({ charges: [charge] }), law, '2022-09-30');
  const c = facts.charges[0];
  assert.equal(c?.state, 'outcome_unknown');
  assert.equal(c?.isLive, 'possibly');
  assert.equal(c?.end, undefined);
  // Live at least until the record lost track (10 January to 1 August), at most to the as-of day.
  assert.deepEqual(c?.daysLive, { min: 203, max: 264 });
  const e = facts.exposure.charges[0];
  assert.equal(e?.isLive, 'possibly');
  assert.equal(e?.maxImprisonment?.text, '10 years');
  // Possibly live: the defendant's lowest maximum counts only charges certainly live.
  assert.equal(facts.exposure.byDefendant[0]?.maxImprisonment?.text, 'at least 0 days, at most 10 years');
  assert.match(formatCaseFacts(facts), /outcome unknown; live at least 203, at most 264 days/);
});

test('a charge with two origins: brought again after one was dropped and reclassified from another', () => {
  const file = makeFile({
    charges: [
      makeCharge('charge:a', cc('274', '1'), '2022-01-10', [step('dropped', '2022-03-01')]),
      makeCharge('charge:b', cc('272', '2'), '2022-01-10', [
        step('reclassified', '2022-04-01', { successors: ['charge:c'] }),
      ]),
      makeCharge('charge:c', cc('272', '1'), '2022-04-05', [], {
        origin: [
          { kind: 'rebrought', from: ['charge:a'] },
          { kind: 'reclassification', from: ['charge:b'] },
        ],
      }),
    ],
  });
  const facts = computeCaseFacts(file, law, '2022-05-01');
  assert.equal(facts.lineage.length, 1);
  const family = facts.lineage[0];
  assert.deepEqual(family?.charges, ['charge:a', 'charge:b', 'charge:c']);
  assert.deepEqual(
    [...(family?.links ?? [])]
      .sort((x, y) => x.from.localeCompare(y.from))
      .map((l) => [l.from, l.kind, l.to, l.gapDays]),
    [
      ['charge:a', 'rebrought', 'charge:c', { min: 35, max: 35 }],
      ['charge:b', 'reclassification', 'charge:c', { min: 4, max: 4 }],
    ],
  );
});

test('days live: to the end step, or to the as-of day (which counts); partial dates give a range', () => {
  const file = makeFile({
    charges: [
      makeCharge('charge:ended', cc('272', '1'), '2022-01-10', [step('dropped', '2022-01-20')]),
      makeCharge('charge:open', cc('272', '1'), '2022-01-10'),
      makeCharge('charge:vague', cc('272', '1'), '2021-12'),
    ],
  });
  const facts = computeCaseFacts(file, law, '2022-01-31');
  const live = new Map(facts.charges.map((c) => [c.id, c.daysLive]));
  assert.deepEqual(live.get('charge:ended'), { min: 10, max: 10 });
  assert.deepEqual(live.get('charge:open'), { min: 22, max: 22 });
  assert.deepEqual(live.get('charge:vague'), { min: 32, max: 62 });
});

test('past the horizon a live charge is known live only until the horizon: its days live are a range', () => {
  const file = makeFile({ charges: [makeCharge('charge:open', cc('272', '1'), '2022-01-10')] });
  file.case = { ...file.case, confirmed: { on: '2022-01-20', note: 'last report', sources: [] } };
  const facts = computeCaseFacts(file, law, '2022-01-31');
  assert.equal(facts.charges[0]?.isLive, 'possibly');
  assert.deepEqual(facts.charges[0]?.daysLive, { min: 11, max: 22 });
});

test('a decision can find a charge proven but release from liability, or leave its outcome unknown', () => {
  const decision = makeDecision('decision:v', {
    outcomes: [
      { charge: 'charge:riots', outcome: 'released_from_liability', ground: 'reconciliation' },
      { charge: 'charge:insult', outcome: 'unknown' },
    ],
  });
  const named = () => undefined;
  const [presented] = presentDecisions(
    [decision],
    law,
    'kz',
    { person: named, organisation: named },
    () => 1,
  );
  assert.deepEqual(
    presented?.outcomes.map((o) => o.outcomeTitle),
    ['found guilty, released from liability (reconciliation with the victim)', 'outcome not known'],
  );
  const stray = ChargeOutcomeSchema.safeParse({
    charge: 'charge:x',
    outcome: 'convicted',
    ground: 'amnesty',
  });
  assert.match(
    stray.error?.issues[0]?.message ?? '',
    /only the outcome "released_from_liability" takes a ground/,
  );
});

test('a part in doubt the law data does not have is warned about, and the penalty is unknown', () => {
  const charge = makeCharge('charge:x', cc('274'), '2022-06-01', [], {
    partsInDoubt: [
      { part: '3', sources: [] },
      { part: '9', sources: [] },
    ],
  });
  const facts = computeCaseFacts(makeFile({ charges: [charge] }), law, '2022-07-01');
  assert.deepEqual(
    facts.warnings.map((w) => w.message),
    ['Art. 274, part 9 (one of the parts in doubt) is not in the law data'],
  );
  // Part 3 is still priced: the maximum leaves part 9 out, and says its penalty is unknown.
  assert.equal(facts.exposure.charges[0]?.isPenaltyUnknown, true);
  assert.equal(facts.exposure.charges[0]?.maxImprisonment?.text, '5 years');
  assert.match(
    formatCaseFacts(facts),
    /Maximum exposure: 5 years, leaving out Art\. 274, part 3 or 9 \(penalty unknown: not in the law data\)/,
  );
  assert.match(
    formatCaseFacts(facts),
    /Art\. 274, part 3 or 9 \(sources disagree on the part: the maximum spans them\): imprisonment up to 5 years under the parts the law data has; penalty unknown for the others/,
  );
});
