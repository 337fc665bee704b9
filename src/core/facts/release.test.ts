import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Release } from '../case/release.ts';
import type { SentenceComponent } from '../decision/decision.ts';
import type { Measure } from '../measure/measure.ts';
import { formatCaseFacts } from '../../cli/format-facts.ts';
import { computeCaseFacts } from './case-facts.ts';
import {
  DEFENDANT,
  kzLaw,
  makeDecision,
  makeFile,
  makeMeasure,
} from '../../../test/support/facts-factory.ts';

const law = kzLaw();

const release = (date: string, reason: Release['reason']): Release => ({
  person: DEFENDANT,
  date,
  reason,
  sources: [{ source: 'source:news' }],
});

/** A verdict of 20 December 2022 in force on `inForce`. */
const verdict = (inForce: string, sentence: SentenceComponent[]) =>
  makeDecision('decision:verdict', { date: '2022-12-20', enteredIntoForce: inForce, sentence });

const prison = (extra: Partial<SentenceComponent> = {}): SentenceComponent => ({
  type: 'imprisonment',
  term: { years: 5 },
  regime: 'medium',
  isPrincipal: true,
  ...extra,
});

const facts = (
  measures: Measure[],
  decisions: ReturnType<typeof verdict>[],
  releases: Release[],
  asOf: string,
) => {
  const base = makeFile();
  return computeCaseFacts(makeFile({ case: { ...base.case, releases }, measures, decisions }), law, asOf);
};

const defendant = (...args: Parameters<typeof facts>) => {
  const d = facts(...args).defendants[0];
  assert.ok(d);
  return d;
};

const custody = () => [makeMeasure('measure:custody', 'custody', '2022-01-06')];

test('a person released early: the status is right on every day, and the release is set beside the computed end', () => {
  const decisions = [verdict('2023-01-06', [prison()])];
  const releases = [release('2025-03-01', 'conditional_early_release')];
  const on = (asOf: string) => defendant(custody(), decisions, releases, asOf).status;
  const days: [string, string][] = [
    ['2022-01-01', 'at_liberty'],
    ['2022-06-01', 'in_custody'],
    ['2022-12-25', 'convicted_not_in_force'],
    ['2023-06-01', 'serving_sentence'],
    ['2025-02-28', 'serving_sentence'],
    ['2025-03-01', 'released'],
    ['2026-08-01', 'released'],
  ];
  for (const [asOf, expected] of days) {
    const s = on(asOf);
    assert.equal(s.status, expected, asOf);
    assert.equal(s.isCertain, true, asOf);
    assert.equal(s.reasons.length, 1, asOf);
    assert.equal(s.reasons[0]?.certainty, 'certain', asOf);
  }
  assert.deepEqual(on('2022-12-25').measures, ['measure:custody']); // the measure continues
  assert.match(on('2022-12-25').reasons[0]?.reason ?? '', /custody.*no end recorded|continues: custody/i);
  assert.match(on('2025-06-01').reasons[0]?.reason ?? '', /conditional early release/);
  const d = defendant(custody(), decisions, releases, '2025-06-01');
  // Five years from 6 January 2023 less 547 days of credit (365 days of custody × 1.5) end on 8 July 2026.
  assert.deepEqual(d.sentenceEnd?.computedEnd, { earliest: '2026-07-08', latest: '2026-07-08' });
  assert.deepEqual(d.sentenceEnd?.differenceDays, { min: 494, max: 494 });
  assert.equal(d.sentenceEnd?.isFlagged, false);
  assert.match(d.sentenceEnd?.explanation ?? '', /494 days before.*547 days of credit/);
  assert.equal(d.releases[0]?.reason, 'conditional_early_release');
  assert.deepEqual(d.releases[0]?.sources, [{ source: 'source:news' }]);
  assert.deepEqual(d.sentenceEnd?.release?.sources, [{ source: 'source:news' }]);
  const text = formatCaseFacts(facts(custody(), decisions, releases, '2025-06-01'));
  assert.match(text, /\[person:mamay\]: released\n/);
  assert.match(
    text,
    /Released 1 March 2025 by conditional early release, 494 days before the computed end: the term, less 547 days of credit for time under measures, ends 8 July 2026\./,
  );
});

test('a release before the computed end with "end of term" as its reason is flagged, and one after it too', () => {
  const decisions = [verdict('2023-01-06', [prison()])];
  const early = defendant(custody(), decisions, [release('2025-03-01', 'end_of_term')], '2025-06-01');
  assert.equal(early.status.status, 'released');
  assert.equal(early.sentenceEnd?.isFlagged, true);
  assert.match(early.sentenceEnd?.explanation ?? '', /not explained/);
  const late = defendant(custody(), decisions, [release('2026-07-10', 'end_of_term')], '2026-08-01');
  assert.deepEqual(late.sentenceEnd?.differenceDays, { min: -2, max: -2 });
  assert.equal(late.sentenceEnd?.isFlagged, true);
  const onTime = defendant(custody(), decisions, [release('2026-07-08', 'end_of_term')], '2026-08-01');
  assert.equal(onTime.sentenceEnd?.isFlagged, false);
  assert.deepEqual(onTime.sentenceEnd?.differenceDays, { min: 0, max: 0 });
});

test('no release recorded: released only once the term with credit has certainly ended', () => {
  const decisions = [verdict('2023-01-06', [prison({ term: { years: 2 } })])];
  // Two years less 547 days of credit end on 9 July 2023.
  assert.equal(defendant(custody(), decisions, [], '2023-07-08').status.status, 'serving_sentence');
  const after = defendant(custody(), decisions, [], '2023-07-09');
  assert.equal(after.status.status, 'released');
  assert.match(after.status.reasons[0]?.reason ?? '', /no release recorded/);
  assert.match(after.sentenceEnd?.explanation ?? '', /No release recorded/);
});

test('a pre-trial release ends custody: the days stop, and a later arrest starts a new measure', () => {
  const releases = [release('2022-03-01', 'measure_lifted')];
  const d = defendant(custody(), [], releases, '2022-06-01');
  assert.equal(d.status.status, 'released');
  assert.equal(d.status.isCertain, true);
  assert.equal(d.measures[0]?.end?.kind, 'released');
  assert.deepEqual(d.deprivedOfLiberty, { min: 54, max: 54 }); // 6 January up to 1 March 2022
  const again = [...custody(), makeMeasure('measure:again', 'custody', '2022-09-01')];
  const later = defendant(again, [], releases, '2022-10-01');
  assert.equal(later.status.status, 'in_custody');
  assert.deepEqual(later.status.measures, ['measure:again']);
  assert.deepEqual(later.deprivedOfLiberty, { min: 54 + 31, max: 54 + 31 });
});

test('a release dated only to a month: released or still in custody on a day within it', () => {
  const s = defendant(custody(), [], [release('2022-03', 'measure_lifted')], '2022-03-15').status;
  assert.equal(s.isCertain, false);
  assert.deepEqual(s.possible, ['in_custody', 'released']);
  assert.deepEqual(
    s.reasons.map((r) => r.certainty),
    ['possible', 'possible'],
  );
});

test('a suspended sentence gives probation, never a release, and no release afterwards either', () => {
  const decisions = [
    verdict('2023-01-06', [prison({ term: { years: 3 }, isSuspended: true, probation: { years: 2 } })]),
  ];
  const during = defendant(custody(), decisions, [], '2023-06-01');
  assert.equal(during.status.status, 'on_probation');
  assert.equal(during.status.isCertain, true);
  assert.equal(during.sentenceEnd, undefined);
  assert.match(
    during.status.reasons[0]?.reason ?? '',
    /suspended imprisonment.*probation ends 6 January 2025/,
  );
  const after = defendant(custody(), decisions, [], '2025-06-01');
  assert.equal(after.status.status, 'measure_ended');
  assert.ok(!after.status.possible.includes('released'));
});

test('a ban added to prison ends its own term after the release; added to restricted freedom, after entry into force', () => {
  const ban: SentenceComponent = { type: 'deprivation_of_right', term: { years: 3 }, activity: 'journalism' };
  const decisions = [verdict('2023-01-06', [prison(), ban])];
  const serving = defendant(custody(), decisions, [], '2024-01-01').penalties;
  assert.equal(serving.length, 1);
  assert.equal(serving[0]?.title, 'ban on holding certain posts or engaging in certain activities');
  assert.deepEqual(serving[0]?.start, {
    earliest: '2026-07-08',
    latest: '2026-07-08',
    basis: 'computed_end_of_principal',
  });
  assert.deepEqual(serving[0]?.endsOn, { earliest: '2029-07-08', latest: '2029-07-08' });
  assert.equal(serving[0]?.inEffect, 'yes');
  const releases = [release('2025-03-01', 'conditional_early_release')];
  const freed = defendant(custody(), decisions, releases, '2025-06-01').penalties[0];
  assert.equal(freed?.start?.basis, 'release');
  assert.deepEqual(freed?.endsOn, { earliest: '2028-03-01', latest: '2028-03-01' });
  assert.equal(defendant(custody(), decisions, releases, '2028-03-01').penalties[0]?.inEffect, 'no');
  const restricted = [
    verdict('2023-01-06', [{ type: 'restricted_freedom', term: { years: 3 }, isPrincipal: true }, ban]),
  ];
  const r = defendant([], restricted, [], '2023-06-01').penalties[0];
  assert.equal(r?.start?.basis, 'entry_into_force');
  assert.deepEqual(r?.endsOn, { earliest: '2026-01-06', latest: '2026-01-06' });
  const text = formatCaseFacts(facts(custody(), decisions, [], '2024-01-01'));
  assert.match(
    text,
    /Additional penalty: ban on holding .* \(journalism\) for 3 years, ends 2029-07-08 \(counted from the computed end/,
  );
});

test('a term that began after its entry into force is counted from its recorded start', () => {
  const decisions = [verdict('2023-01-06', [prison({ term: { years: 1 }, startedOn: '2023-03-01' })])];
  assert.equal(defendant([], decisions, [], '2023-02-01').status.status, 'at_liberty');
  const d = defendant([], decisions, [], '2023-06-01');
  assert.equal(d.status.status, 'serving_sentence');
  assert.equal(d.status.sentence?.start.basis, 'recorded');
  assert.deepEqual(d.status.sentence?.endsOn, { earliest: '2024-03-01', latest: '2024-03-01' });
});

test("a fine added to prison is written in the jurisdiction's money unit, by its abbreviation from the law data", () => {
  const fine: SentenceComponent = { type: 'fine', amount: { value: 500, unit: 'mci' } };
  const decisions = [verdict('2023-01-06', [prison(), fine])];
  const [penalty] = defendant(custody(), decisions, [], '2024-01-01').penalties;
  assert.deepEqual([penalty?.amount, penalty?.amountUnitTitle], [{ value: 500, unit: 'mci' }, 'MCI']);
  assert.match(formatCaseFacts(facts(custody(), decisions, [], '2024-01-01')), /fine: 500 MCI/);
});
