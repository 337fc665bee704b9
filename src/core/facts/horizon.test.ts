import { test } from 'node:test';
import assert from 'node:assert/strict';
import { computeCaseFacts } from './case-facts.ts';
import { formatCaseFacts } from '../../cli/format-facts.ts';
import { daysBetween } from '../dates/index.ts';
import type { CaseFile } from '../case/case-file.ts';
import {
  cc,
  kzLaw,
  makeCharge,
  makeDecision,
  makeFile,
  makeHearing,
  makeMeasure,
  mstep,
} from '../../../test/support/facts-factory.ts';

const law = kzLaw();
const custody = makeMeasure('measure:custody', 'custody', '2022-03-10');
const charge = makeCharge('charge:riots', cc('272', '1'), '2022-03-09');

/** A file whose case states the given horizon, or states none when `on` is undefined. */
function fileConfirmedOn(on: string | undefined, overrides: Partial<CaseFile> = {}): CaseFile {
  const base = makeFile(overrides);
  const { confirmed: _stated, ...kase } = base.case;
  return { ...base, case: on === undefined ? kase : { ...kase, confirmed: { on, sources: [] } } };
}

/** Days from the first day to the last, both counted. */
const through = (from: string, to: string) => daysBetween(from, to) + 1;

test('within a stated horizon nothing changes: the measure is open and in effect, its days exact', () => {
  const facts = computeCaseFacts(fileConfirmedOn('2022-09-01', { measures: [custody] }), law, '2022-08-01');
  const d = facts.defendants[0];
  assert.equal(facts.horizon?.basis, 'stated');
  assert.equal(facts.horizon?.isPast, 'no');
  assert.equal(d?.status.status, 'in_custody');
  assert.equal(d?.status.isCertain, true);
  assert.equal(d?.status.lastKnown, undefined);
  assert.equal(d?.measures[0]?.unconfirmed, undefined);
  assert.deepEqual(d?.measures[0]?.days, { min: 145, max: 145 });
});

test('past a horizon in the past: the open measure is known until it, its days a range, its status the last known', () => {
  const asOf = '2023-03-01';
  const facts = computeCaseFacts(fileConfirmedOn('2022-09-01', { measures: [custody] }), law, asOf);
  assert.equal(facts.horizon?.isPast, 'yes');
  assert.deepEqual(facts.horizon?.daysSince, { min: 181, max: 181 });
  assert.match(facts.horizon?.text ?? '', /confirmed until 2022-09-01, as the record states; not confirmed/);
  const d = facts.defendants[0];
  const m = d?.measures[0];
  assert.deepEqual(m?.unconfirmed, {
    knownUntil: '2022-09-01',
    note: 'known until 2022-09-01, not confirmed since',
  });
  assert.equal(m?.inEffect, 'possibly');
  assert.deepEqual(m?.days, {
    min: through('2022-03-10', '2022-09-01'),
    max: through('2022-03-10', asOf),
  });
  assert.deepEqual(d?.deprivedOfLiberty, m?.days);
  assert.equal(d?.status.status, 'in_custody');
  assert.equal(d?.status.isCertain, false);
  assert.ok(d?.status.possible.includes('released'), 'a release since the horizon is possible');
  assert.equal(d?.status.lastKnown?.status, 'in_custody');
  assert.equal(d?.status.lastKnown?.isCertain, true);
  assert.equal(d?.status.lastKnown?.on, '2022-09-01');
  assert.ok(d?.credit.every((c) => !c.isCertain));
  // Each measure's part of the credit counts its days as the whole does: at least those known at the horizon.
  const part = d?.credit.find((c) => c.sentenceType === 'imprisonment')?.parts[0];
  assert.equal(part?.days.min, through('2022-03-10', '2022-09-01'));
  assert.equal(part?.days.max, through('2022-03-10', asOf));
});

test('a custody limit passed only by days past the horizon is possibly, not certainly, exceeded', () => {
  const measures = [custody];
  const charges = [charge];
  const current = computeCaseFacts(makeFile({ measures, charges }), law, '2023-03-01');
  assert.equal(current.defendants[0]?.custodyLimits[0]?.exceedsBaseTerm, 'yes');
  const stale = computeCaseFacts(fileConfirmedOn('2022-04-01', { measures, charges }), law, '2023-03-01');
  const limit = stale.defendants[0]?.custodyLimits[0];
  assert.equal(limit?.exceedsBaseTerm, 'possibly');
  assert.ok(limit?.notes.some((n) => n.includes('2022-04-01')));
  assert.equal(stale.charges[0]?.isStateCertain, false);
  assert.equal(stale.charges[0]?.unconfirmed?.knownUntil, '2022-04-01');
  assert.match(stale.exposure.note, /as last known on 2022-04-01/);
  assert.doesNotMatch(current.exposure.note, /last known/);
});

test('a measure that ended before the horizon stays a recorded fact past it', () => {
  const ended = makeMeasure('measure:custody', 'custody', '2022-03-10', [mstep('ended', '2022-05-10')]);
  const facts = computeCaseFacts(fileConfirmedOn('2022-09-01', { measures: [ended] }), law, '2023-03-01');
  const m = facts.defendants[0]?.measures[0];
  assert.equal(m?.unconfirmed, undefined);
  assert.deepEqual(m?.days, { min: 61, max: 61 });
  // Ended with no release recorded: no measure in effect, not "released".
  assert.equal(facts.defendants[0]?.status.lastKnown?.status, 'measure_ended');
});

test('without a stated horizon the latest dated fact gives it, and the facts say it was inferred and from where', () => {
  const source = {
    id: 'source:report',
    kind: 'document' as const,
    title: 'A report',
    publishedOn: '2022-10',
    visibility: 'internal' as const,
  };
  const later = makeHearing('hearing:later', '2023-05-01');
  const file = fileConfirmedOn(undefined, { measures: [custody], sources: [source], hearings: [later] });
  const inside = computeCaseFacts(file, law, '2022-10-15');
  assert.equal(inside.horizon?.basis, 'inferred');
  assert.equal(inside.horizon?.on.date, '2022-10', 'the horizon keeps its precision');
  assert.deepEqual(inside.horizon?.from, { record: 'source:report', path: '$.publishedOn' });
  assert.equal(inside.horizon?.isPast, 'possibly');
  assert.match(inside.horizon?.text ?? '', /inferred from the latest dated fact \(source:report/);
  assert.equal(inside.defendants[0]?.status.isCertain, false);
  const upcoming = inside.upcomingHearings[0];
  assert.equal(upcoming?.id, 'hearing:later');
  assert.equal(upcoming?.unconfirmed?.knownUntil, '2022-10', 'a scheduled hearing does not move the horizon');
  const held = makeHearing('hearing:held', '2022-12-05', { status: 'held' });
  const withHeld = fileConfirmedOn(undefined, { measures: [custody], sources: [source], hearings: [held] });
  const after = computeCaseFacts(withHeld, law, '2022-12-20');
  assert.equal(after.horizon?.on.date, '2022-12-05');
  assert.deepEqual(after.horizon?.from, { record: 'hearing:held', path: '$.date' });
  // Its announcement, or a postponement, is a day something was known: that moves it.
  const postponed = makeHearing('hearing:later', '2023-05-01', {
    announced: { on: '2022-11-02', sources: [] },
    changes: [{ kind: 'postponed', decidedOn: '2022-11-20', to: '2023-05-01', sources: [] }],
  });
  const withChange = fileConfirmedOn(undefined, {
    measures: [custody],
    sources: [source],
    hearings: [postponed],
  });
  const announced = computeCaseFacts(withChange, law, '2022-12-20');
  assert.equal(announced.horizon?.on.date, '2022-11-20');
  assert.deepEqual(announced.horizon?.from, { record: 'hearing:later', path: '$.changes[0].decidedOn' });
});

test('a record with no date at all has no horizon to state', () => {
  const facts = computeCaseFacts(fileConfirmedOn(undefined), law, '2023-01-01');
  assert.equal(facts.horizon, undefined);
});

test('a participant’s own horizon governs their facts and is shown with them', () => {
  const base = fileConfirmedOn('2023-06-01', { measures: [custody] });
  const participants = base.case.participants.map((p) => ({
    ...p,
    confirmed: { on: '2022-06', sources: [] },
  }));
  const file = { ...base, case: { ...base.case, participants } };
  const d = computeCaseFacts(file, law, '2023-03-01').defendants[0];
  assert.equal(d?.horizon?.person, d?.person.id);
  assert.equal(d?.horizon?.on.date, '2022-06');
  assert.equal(d?.status.lastKnown?.on, '2022-06');
  assert.equal(d?.measures[0]?.unconfirmed?.knownUntil, '2022-06');
  const withCharge = { ...file, charges: [charge] };
  const facts = computeCaseFacts(withCharge, law, '2023-03-01');
  assert.equal(facts.horizon?.isPast, 'no', 'the case itself is current');
  assert.equal(
    facts.charges[0]?.unconfirmed?.knownUntil,
    '2022-06',
    'the person’s charges follow their horizon',
  );
});

test('a measure with no end step, ended by the verdict taking effect, says that this is assumed; one that ended does not', () => {
  const verdict = makeDecision('decision:verdict', {
    date: '2023-05-20',
    enteredIntoForce: '2023-06-20',
    sentence: [{ type: 'imprisonment', term: { years: 5 }, regime: 'medium', isPrincipal: true }],
  });
  const running = computeCaseFacts(
    makeFile({ measures: [custody], decisions: [verdict] }),
    law,
    '2023-07-01',
  );
  const m = running.defendants[0]?.measures[0];
  assert.equal(m?.end?.kind, 'superseded');
  assert.equal(m?.assumption, 'assumed to last until the verdict takes effect');
  const ended = makeMeasure('measure:custody', 'custody', '2022-03-10', [mstep('ended', '2023-06-01')]);
  const closed = computeCaseFacts(makeFile({ measures: [ended], decisions: [verdict] }), law, '2023-07-01');
  assert.equal(closed.defendants[0]?.measures[0]?.assumption, undefined);
});

test('a stated horizon older than a fact the record dates later is stale: the later day governs, with a warning', () => {
  const ended = makeMeasure('measure:custody', 'custody', '2022-03-10', [mstep('ended', '2022-10-05')]);
  const facts = computeCaseFacts(fileConfirmedOn('2022-09', { measures: [ended] }), law, '2023-01-01');
  assert.equal(facts.horizon?.on.date, '2022-10-05');
  assert.equal(facts.horizon?.basis, 'inferred');
  assert.deepEqual(facts.horizon?.from, { record: 'measure:custody', path: '$.steps[1].date' });
  assert.match(facts.horizon?.text ?? '', /states it was confirmed until 2022-09, but holds a later fact/);
  const warning = facts.warnings.find((w) => w.path === '$.confirmed.on');
  assert.equal(warning?.code, 'date.conflict');
  assert.match(
    warning?.message ?? '',
    /confirmed until 2022-09, but measure:custody \$\.steps\[1\]\.date is dated 2022-10-05/,
  );
  // The measure ended within the horizon: a recorded fact, not one "known until" the stale day.
  assert.equal(facts.defendants[0]?.measures[0]?.unconfirmed, undefined);

  // A fact within the stated month is no reason to doubt it: no warning, the stated horizon stands.
  const within = makeMeasure('measure:custody', 'custody', '2022-03-10', [mstep('ended', '2022-09-20')]);
  const fine = computeCaseFacts(fileConfirmedOn('2022-09', { measures: [within] }), law, '2023-01-01');
  assert.equal(fine.horizon?.basis, 'stated');
  assert.equal(
    fine.warnings.find((w) => w.path === '$.confirmed.on'),
    undefined,
  );
});

test('the day a source was read online confirms nothing of the case: the stated horizon stands', () => {
  const read = {
    id: 'source:dispatch',
    kind: 'web',
    title: 'A dispatch',
    publishedOn: '2023-01-26',
    url: 'https://example.org/dispatch',
    accessedOn: '2026-12-05',
    visibility: 'internal',
    sources: [],
  } as unknown as CaseFile['sources'][number];
  const facts = computeCaseFacts(
    fileConfirmedOn('2023-01-26', { measures: [custody], sources: [read] }),
    law,
    '2026-12-05',
  );
  assert.equal(facts.horizon?.basis, 'stated');
  assert.equal(facts.horizon?.on.date, '2023-01-26');
  // Stating none, the horizon is the source's publication, not the day it was read.
  const inferred = computeCaseFacts(fileConfirmedOn(undefined, { sources: [read] }), law, '2026-12-05');
  assert.deepEqual(inferred.horizon?.from, { record: 'source:dispatch', path: '$.publishedOn' });
});

test('past the horizon, a status that can only be the last known one says so without an empty list of others', () => {
  const facts = computeCaseFacts(fileConfirmedOn('2022-03-15', { charges: [charge] }), law, '2022-06-01');
  const text = formatCaseFacts(facts);
  assert.match(text, /last known: at liberty on 2022-03-15, not confirmed since\n/);
  assert.doesNotMatch(text, /may since be \)/);
});

test('a horizon known to the month keeps a change of measure recorded within that month: the status is the one on its last day', () => {
  // The dispatch's shape: custody from about March, house arrest from about November, the record current in
  // about January; nothing said since.
  const measures = [
    makeMeasure('measure:custody', 'custody', '2022-03~', [mstep('changed', '2022-11~')]),
    makeMeasure('measure:house', 'house_arrest', '2022-11~'),
  ];
  const facts = computeCaseFacts(fileConfirmedOn('2023-01~', { measures }), law, '2026-12-03');
  const d = facts.defendants[0];
  assert.equal(d?.status.lastKnown?.status, 'under_house_arrest');
  assert.equal(d?.status.status, 'under_house_arrest');
  assert.equal(d?.status.isCertain, false, 'nothing is confirmed since the horizon');
  // What is counted as confirmed still runs to the horizon's first day only.
  const house = d?.measures.find((m) => m.id === 'measure:house');
  assert.equal(house?.unconfirmed?.knownUntil, '2023-01~');
});

test('a hearing still recorded as scheduled after its day is a warning; one held, postponed or to come is not', () => {
  const hearings = [
    makeHearing('hearing:past', '2023-02-06'),
    makeHearing('hearing:held', '2022-11-07', { status: 'held' }),
    makeHearing('hearing:put-off', '2023-01-10', { status: 'postponed' }),
    makeHearing('hearing:month', '2023-02'),
  ];
  const codes = (asOf: string) =>
    computeCaseFacts(makeFile({ hearings }), law, asOf)
      .warnings.filter((w) => w.code === 'hearing.outcome_unknown')
      .map((w) => w.record);
  assert.deepEqual(codes('2023-02-01'), [], 'before its day, a scheduled hearing is simply to come');
  // Within a hearing's month its day may not have passed yet.
  assert.deepEqual(codes('2023-02-20'), ['hearing:past']);
  assert.deepEqual(codes('2023-03-01'), ['hearing:past', 'hearing:month']);
});
