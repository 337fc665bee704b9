import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PUBLIC_ACTOR, SYSTEM_ACTOR } from '../actor.ts';
import { releaseRecord } from '../access/release.ts';
import type { Dispute, DisputeAccount } from '../common/disputes.ts';
import type { SentenceComponent } from '../decision/decision.ts';
import { prepareRecord } from '../record/prepare.ts';
import { keepHiddenFields } from '../record/record.service.ts';
import type { RecordKind } from '../record/record-kinds.ts';
import { computeCaseFactsWithDisputes, MAX_VARIANTS } from './disputed.ts';
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

const law = kzLaw();
const cite = (source: string) => [{ source }];
const dispute = (path: string, ...values: DisputeAccount['value'][]): Dispute => ({
  path,
  accounts: values.map((value, i) => ({ value, sources: cite(`source:other-${i}`) })),
});

/** The custody of the default defendant, 2022-01-06 to 2022-09-06, with the given disputes. */
const custody = (disputes?: Dispute[]) =>
  makeMeasure('measure:custody', 'custody', '2022-01-06', [mstep('ended', '2022-09-06')], {
    ...(disputes ? { disputes } : {}),
  });

test('a case file with no disputed value gives the facts as they were, with no disputed part', () => {
  const facts = computeCaseFactsWithDisputes(makeFile({ measures: [custody()] }), law, '2023-01-01');
  assert.equal(facts.disputed, undefined);
  assert.deepEqual(facts.defendants[0]?.deprivedOfLiberty, { min: 243, max: 243 });
});

test('a disputed arrest date makes the days in custody a span, naming the measure and the path', () => {
  const file = makeFile({ measures: [custody([dispute('steps/0/date', '2022-02-06')])] });
  const facts = computeCaseFactsWithDisputes(file, law, '2023-01-01');
  // The recorded account stays the main figure; the span covers the other.
  assert.deepEqual(facts.defendants[0]?.deprivedOfLiberty, { min: 243, max: 243 });
  const d = facts.disputed;
  assert.ok(d);
  assert.equal(d.variants, 2);
  assert.equal(d.isEveryCombination, true);
  assert.deepEqual(d.disputes[0], {
    kind: 'measure',
    record: 'measure:custody',
    path: 'steps/0/date',
    recorded: '2022-01-06',
    accounts: [{ value: '2022-02-06', sources: cite('source:other-0') }],
  });
  const days = d.figures.find((f) => f.subject === 'person:mamay' && f.figure === 'deprivedOfLiberty');
  assert.ok(days, 'the days deprived of liberty are disputed');
  assert.deepEqual(days.span, { min: 212, max: 243 });
  assert.deepEqual(days.by, [{ kind: 'measure', record: 'measure:custody', path: 'steps/0/date' }]);
  const start = d.figures.find((f) => f.subject === 'measure:custody' && f.figure === 'start');
  assert.deepEqual(start?.span, { earliest: '2022-01-06', latest: '2022-02-06' });
  // A figure the date does not touch is not marked.
  assert.equal(
    d.figures.some((f) => f.figure === 'end'),
    false,
  );
  const text = formatCaseFacts(facts);
  assert.match(text, /Disputed/);
  assert.match(text, /measure:custody steps\/0\/date/);
  assert.match(text, /! Disputed: deprived of liberty, credit/);
});

test('a disputed fine is listed with every account, and the sentence spans them', () => {
  const verdict = makeDecision('decision:verdict', {
    enteredIntoForce: '2023-06-20',
    sentence: [{ type: 'fine', isPrincipal: true, amount: { value: 500, unit: 'mci' } }],
    disputes: [dispute('sentence/0/amount/value', 1_000)],
  });
  const facts = computeCaseFactsWithDisputes(makeFile({ decisions: [verdict] }), law, '2023-07-01');
  const d = facts.disputed;
  assert.ok(d);
  assert.equal(d.disputes[0]?.recorded, 500);
  assert.equal(d.disputes[0]?.accounts[0]?.value, 1_000);
  const sentence = d.figures.find((f) => f.figure === 'sentence');
  assert.ok(sentence);
  assert.deepEqual(
    sentence.values.map((v) => (v as SentenceComponent[])[0]?.amount?.value),
    [500, 1_000],
  );
  assert.deepEqual(sentence.by, [
    { kind: 'decision', record: 'decision:verdict', path: 'sentence/0/amount/value' },
  ]);
});

test('a disputed outcome: the charge ends convicted by one account and acquitted by the other', () => {
  const charge = makeCharge('charge:c', cc('272', '1'), '2022-01-05', [step('convicted', '2022-12-20')], {
    disputes: [dispute('lifecycle/1/kind', 'acquitted')],
  });
  const facts = computeCaseFactsWithDisputes(makeFile({ charges: [charge] }), law, '2023-01-01');
  const state = facts.disputed?.figures.find((f) => f.subject === 'charge:c' && f.figure === 'state');
  assert.deepEqual(state?.values, ['convicted', 'acquitted']);
  assert.equal(state?.recorded, 'convicted');
});

test('two disputes are combined when few; past the bound each is taken alone and the facts say so', () => {
  const two = makeFile({
    measures: [custody([dispute('steps/0/date', '2022-02-06'), dispute('steps/1/date', '2022-10-06')])],
  });
  const combined = computeCaseFactsWithDisputes(two, law, '2023-01-01').disputed;
  assert.equal(combined?.variants, 4);
  const days = combined?.figures.find((f) => f.figure === 'deprivedOfLiberty');
  assert.deepEqual(days?.span, { min: 212, max: 273 });
  assert.equal(days?.by.length, 2);

  const many = Array.from({ length: 7 }, (_, i) =>
    makeMeasure(`measure:m${i}`, 'custody', '2022-01-06', [mstep('ended', '2022-02-06')], {
      disputes: [dispute('steps/1/date', '2022-03-06')],
    }),
  );
  assert.ok(2 ** 7 > MAX_VARIANTS);
  const alone = computeCaseFactsWithDisputes(makeFile({ measures: many }), law, '2023-01-01').disputed;
  assert.equal(alone?.isEveryCombination, false);
  assert.equal(alone?.variants, 8);
  assert.match(alone?.note ?? '', /one at a time/);
});

const issuesOf = (kind: RecordKind, record: object) =>
  prepareRecord({ kind, index: 2, record }, 'b.json').issues.map((i) => `${i.path} ${i.message}`);

const measureJson = (disputes: unknown) => ({
  id: 'measure:m',
  case: 'case:c',
  person: 'person:p',
  kind: 'custody',
  steps: [{ kind: 'ordered', date: '2022-01-06' }],
  disputes,
});

test('a dispute whose path is not in the record is refused, naming the record and the path', () => {
  const issues = issuesOf(
    'measure',
    measureJson([{ path: 'steps/3/date', accounts: [{ value: '2022-02' }] }]),
  );
  assert.equal(issues.length, 1);
  assert.match(
    issues[0] ?? '',
    /^\$\.measures\[2\]\.disputes\[0\]\.path measure "measure:m": .*"steps\/3\/date" is not in the record/,
  );
});

test('an account that would not make a valid record is refused; a valid one passes', () => {
  const decision = (value: unknown) => ({
    id: 'decision:v',
    case: 'case:c',
    kind: 'verdict',
    date: '2022-12-20',
    defendant: 'person:p',
    outcomes: [{ charge: 'charge:c', outcome: 'convicted' }],
    disputes: [{ path: 'outcomes/0/outcome', accounts: [{ value, sources: [{ source: 'source:s' }] }] }],
  });
  assert.deepEqual(issuesOf('decision', decision('acquitted')), []);
  const issues = issuesOf('decision', decision('pardoned'));
  assert.equal(issues.length, 1);
  assert.match(
    issues[0] ?? '',
    /^\$\.decisions\[2\]\.disputes\[0\]\.accounts\[0\]\.value decision "decision:v": /,
  );
  assert.match(issues[0] ?? '', /outcomes\[0\]\.outcome/);
});

test('ids, confidentiality and sources cannot be disputed, and a value is disputed once', () => {
  const id = issuesOf('measure', measureJson([{ path: 'id', accounts: [{ value: 'measure:n' }] }]));
  assert.match(id[0] ?? '', /"id" cannot be disputed/);
  const length = issuesOf('measure', measureJson([{ path: 'steps/length', accounts: [{ value: 2 }] }]));
  assert.match(length[0] ?? '', /"steps\/length" is not in the record/);
  const twice = issuesOf(
    'measure',
    measureJson([
      { path: 'kind', accounts: [{ value: 'house_arrest' }] },
      { path: 'kind', accounts: [{ value: 'bail' }] },
    ]),
  );
  assert.equal(twice.length, 1);
  assert.match(twice[0] ?? '', /disputes\[1\]\.path .*disputed twice/);
});

test('a reader who may not see a field may not see the other accounts of it either', () => {
  const m = makeMeasure('measure:m', 'house_arrest', '2022-01-06', [], {
    visibility: 'public',
    place: 'Almaty, flat 5',
    fieldVisibility: { place: 'restricted' },
    disputes: [dispute('place', 'Almaty, flat 7'), dispute('steps/0/date', '2022-01-07')],
  });
  const seen = releaseRecord(PUBLIC_ACTOR, 'measure', m);
  assert.equal(seen.place, undefined);
  assert.deepEqual(
    seen.disputes?.map((d) => d.path),
    ['steps/0/date'],
  );
  assert.deepEqual(
    releaseRecord(SYSTEM_ACTOR, 'measure', m).disputes?.map((d) => d.path),
    ['place', 'steps/0/date'],
  );
});

test('a writer who may not see a field keeps its accounts as stored, and changes the others as given', () => {
  const editor = { id: 'user:e', roles: ['editor'] as const };
  const stored = makeMeasure('measure:m', 'house_arrest', '2022-01-06', [], {
    place: 'Almaty, flat 5',
    fieldVisibility: { place: 'restricted' },
    disputes: [dispute('place', 'Almaty, flat 7'), dispute('steps/0/date', '2022-01-07')],
  });
  const given = releaseRecord(editor, 'measure', stored);
  assert.deepEqual(
    given.disputes?.map((d) => d.path),
    ['steps/0/date'],
  );
  const edited = { ...given, disputes: [dispute('steps/0/date', '2022-01-08')] };
  const merged = keepHiddenFields(editor, 'measure', stored, edited);
  assert.equal(merged.place, 'Almaty, flat 5');
  assert.deepEqual(
    merged.disputes?.map((d) => [d.path, d.accounts[0]?.value]),
    [
      ['steps/0/date', '2022-01-08'],
      ['place', 'Almaty, flat 7'],
    ],
  );
});
