import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  CASE_ID,
  DEFENDANT,
  cc,
  kzLaw,
  makeCharge,
  makeDecision,
  makeFile,
  makeHearing,
  makeMeasure,
  mstep,
  step,
} from '../../../test/support/facts-factory.ts';
import { computeCaseFacts } from '../facts/case-facts.ts';
import { formatIssue } from '../errors.ts';
import { caseDateConflicts, conflictIssue, conflictOptions } from './case-conflicts.ts';
import type { CaseFile } from './case-file.ts';

const law = kzLaw();
const conflicts = (file: CaseFile) => caseDateConflicts(file, conflictOptions(law, 'kz'));
const places = (file: CaseFile) =>
  conflicts(file).map((c) => `${c.record} ${c.path} ~ ${c.with.id} ${c.with.path}`);

const verdictInForce = makeDecision('decision:verdict', {
  date: '2023-06-01',
  enteredIntoForce: '2023-07-01',
});

test('a measure ordered or extended after the verdict entered into force conflicts; an order before it does not', () => {
  const late = makeMeasure('measure:late', 'custody', '2023-08-10');
  const before = makeMeasure('measure:before', 'custody', '2023-05-15', [mstep('extended', '2023-07-20')]);
  assert.deepEqual(places(makeFile({ decisions: [verdictInForce], measures: [late, before] })), [
    'measure:late .steps[0].date ~ decision:verdict .enteredIntoForce',
    'measure:before .steps[1].date ~ decision:verdict .enteredIntoForce',
  ]);
  const [first] = conflicts(makeFile({ decisions: [verdictInForce], measures: [late] }));
  assert.match(first?.message ?? '', /2023-08-10.*after.*2023-07-01.*decision "decision:verdict"/);
});

test('a verdict reviewed by a later ruling is not the last word: measures after it do not conflict with it', () => {
  const ruling = makeDecision('decision:appeal', {
    kind: 'appeal_ruling',
    date: '2023-09-01',
    reviews: 'decision:verdict',
  });
  const measure = makeMeasure('measure:late', 'custody', '2023-08-10');
  assert.deepEqual(places(makeFile({ decisions: [verdictInForce, ruling], measures: [measure] })), []);
});

test('a month-precise order that may fall on the day of entry into force does not conflict', () => {
  const measure = makeMeasure('measure:july', 'custody', '2023-07');
  assert.deepEqual(places(makeFile({ decisions: [verdictInForce], measures: [measure] })), []);
});

test('a verdict before the first custody and before the charge it rules on conflicts with both', () => {
  const verdict = makeDecision('decision:verdict', {
    date: '2022-01-10',
    outcomes: [{ charge: 'charge:riots', outcome: 'convicted' }],
  });
  const custody = makeMeasure('measure:custody', 'custody', '2022-03-01', [mstep('extended', '2022-04-25')]);
  const bail = makeMeasure('measure:bail', 'bail', '2021-12-01');
  const charge = makeCharge('charge:riots', cc('272', '1'), '2022-02-01');
  assert.deepEqual(places(makeFile({ decisions: [verdict], measures: [custody, bail], charges: [charge] })), [
    'decision:verdict .date ~ measure:custody .steps[0].date',
    'decision:verdict .date ~ charge:riots .lifecycle[0].date',
  ]);
  // Custody ordered after the verdict and never extended: taken into custody pending appeal, no conflict.
  const pendingAppeal = makeMeasure('measure:pending', 'custody', '2022-01-20');
  assert.deepEqual(places(makeFile({ decisions: [verdict], measures: [pendingAppeal] })), []);
  // Custody that began before the verdict: no conflict, whatever came after.
  const earlier = makeMeasure('measure:early', 'custody', '2022-01-05');
  assert.deepEqual(places(makeFile({ decisions: [verdict], measures: [custody, earlier] })), []);
  // Without law data no measure is known to deprive of liberty.
  assert.deepEqual(caseDateConflicts(makeFile({ decisions: [verdict], measures: [custody] })), []);
});

test('a ruling before the decision it reviews, and a charge step before the decision it cites, conflict', () => {
  const ruling = makeDecision('decision:appeal', {
    kind: 'appeal_ruling',
    date: '2023-05-01',
    reviews: 'decision:verdict',
  });
  const charge = makeCharge('charge:riots', cc('272', '1'), '2022-02-01', [
    step('convicted', '2023-05-20', { decision: 'decision:verdict' }),
  ]);
  assert.deepEqual(places(makeFile({ decisions: [verdictInForce, ruling], charges: [charge] })), [
    'decision:appeal .date ~ decision:verdict .date',
    'charge:riots .lifecycle[1].date ~ decision:verdict .date',
  ]);
});

test('a trial hearing after every defendant’s last decision entered into force conflicts; a cassation hearing does not', () => {
  const hearings = [
    makeHearing('hearing:late', '2023-08-01'),
    makeHearing('hearing:cassation', '2023-08-01', { kind: 'cassation' }),
    makeHearing('hearing:cancelled', '2023-08-01', { status: 'cancelled' }),
    makeHearing('hearing:before', '2023-05-01'),
  ];
  assert.deepEqual(places(makeFile({ decisions: [verdictInForce], hearings })), [
    'hearing:late .date ~ decision:verdict .enteredIntoForce',
  ]);
  // A second defendant with no decision: the case is not closed.
  const file = makeFile({ decisions: [verdictInForce], hearings });
  file.case.participants.push({ person: 'person:other', role: 'defendant', sources: [] });
  assert.deepEqual(places(file), []);
});

test('a hearing dated after the decision given at it conflicts', () => {
  const hearing = makeHearing('hearing:verdict', '2023-06-05', {
    kind: 'verdict',
    decision: 'decision:verdict',
  });
  assert.deepEqual(places(makeFile({ decisions: [makeDecision('decision:verdict')], hearings: [hearing] })), [
    'hearing:verdict .date ~ decision:verdict .date',
  ]);
});

test('a release before the custody began, or before the decision it follows, conflicts with each', () => {
  const custody = makeMeasure('measure:custody', 'custody', '2022-03-01');
  const parole = makeDecision('decision:parole', { kind: 'other', date: '2022-05-01' });
  const withRelease = (date: string) => {
    const file = makeFile({ measures: [custody], decisions: [parole] });
    const release = { person: DEFENDANT, date, reason: 'conditional_early_release' as const, sources: [] };
    return { ...file, case: { ...file.case, releases: [{ ...release, decision: 'decision:parole' }] } };
  };
  assert.deepEqual(places(withRelease('2022-02-01')), [
    `${CASE_ID} .releases[0].date ~ measure:custody .steps[0].date`,
    `${CASE_ID} .releases[0].date ~ decision:parole .date`,
  ]);
  assert.deepEqual(places(withRelease('2022-04-01')), [
    `${CASE_ID} .releases[0].date ~ decision:parole .date`,
  ]);
  assert.deepEqual(places(withRelease('2022-05')), [], 'a month that may hold both days does not conflict');
});

test('the facts carry each conflict as a warning on its record, with the path', () => {
  const file = makeFile({
    decisions: [verdictInForce],
    measures: [makeMeasure('measure:late', 'custody', '2023-08-10')],
  });
  const warnings = computeCaseFacts(file, law, '2023-09-01').warnings.filter(
    (w) => w.code === 'date.conflict',
  );
  assert.deepEqual(
    warnings.map((w) => [w.record, w.path]),
    [['measure:late', '.steps[0].date']],
  );
});

test('a conflict as an import warning names its record by kind and id, and the path within it', () => {
  const [c] = conflicts(
    makeFile({
      decisions: [verdictInForce],
      measures: [makeMeasure('measure:late', 'custody', '2023-08-10')],
    }),
  );
  assert.ok(c);
  assert.match(
    formatIssue(conflictIssue(c, 'b.json')),
    /^b\.json measure "measure:late" \.steps\[0\]\.date: its "ordered" step/,
  );
});
