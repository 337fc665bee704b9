import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DecisionSchema } from '../../../../../src/core/decision/decision.ts';
import {
  MAX_DISPUTABLE_PATHS,
  disputablePaths,
  formOfDisputes,
  formatDisputedValue,
  readDisputedValue,
} from './disputed-value.ts';
import { recordOfForm } from './form-record.ts';

test('a typed account reads like the value the record holds at its path', () => {
  // Beside text (a date is text in the core) it stays text, even when it looks like a number.
  assert.equal(readDisputedValue('2023-04-12', '2023-04-10'), '2023-04-12');
  assert.equal(readDisputedValue(' 12 ', 'room 4'), '12');
  // Beside a number it is a number; what is no number stays text for the core's check to refuse.
  assert.equal(readDisputedValue('6', 5), 6);
  assert.equal(readDisputedValue('-2.5', 1), -2.5);
  assert.equal(readDisputedValue('six', 5), 'six');
  assert.equal(readDisputedValue('true', false), true);
  assert.equal(readDisputedValue('false', true), false);
  assert.equal(readDisputedValue('yes', true), 'yes');
  // Beside a structure, or where nothing is recorded: JSON when it parses, else text.
  assert.deepEqual(readDisputedValue('{"years": 5, "months": 6}', { years: 6 }), { years: 5, months: 6 });
  assert.equal(readDisputedValue('12', undefined), 12);
  assert.equal(readDisputedValue('"12"', undefined), '12');
  assert.equal(readDisputedValue('Almaty', undefined), 'Almaty');
});

test('a value is shown as text as it is, and any other value as JSON, and reads back the same', () => {
  for (const [value, recorded] of [
    ['2023-04-12', '2023-04-10'],
    [6, 5],
    [true, false],
    [{ years: 5, months: 6 }, { years: 6 }],
    [['a', 'b'], ['c']],
  ] as const) {
    const text = formatDisputedValue(value);
    assert.deepEqual(readDisputedValue(text, recorded), value, text);
  }
  assert.equal(formatDisputedValue('Almaty'), 'Almaty');
  assert.equal(formatDisputedValue({ years: 5 }), '{"years":5}');
});

test('a form with disputes becomes a record whose accounts are read beside the recorded values', () => {
  const stored = {
    id: 'decision:d',
    case: 'case:c',
    kind: 'verdict',
    date: '2023-04-12',
    defendant: 'person:p',
    sentence: [{ type: 'imprisonment', term: { years: 6 } }],
    visibility: 'internal',
    sources: [],
    disputes: [
      {
        path: 'sentence/0/term',
        accounts: [{ value: { years: 5, months: 6 }, sources: [{ source: 'source:s' }] }],
      },
      { path: 'date', accounts: [{ value: '2023-04-11', sources: [], note: 'the court’s site' }] },
    ],
  };
  const form = formOfDisputes(stored);
  assert.deepEqual(
    (form.disputes as { accounts: { value: unknown }[] }[]).map((d) => d.accounts[0]?.value),
    ['{"years":5,"months":6}', '2023-04-11'],
  );
  const record = recordOfForm(form);
  assert.deepEqual(record, stored);
  assert.equal(DecisionSchema.safeParse(record).success, true);
});

test('an account left without a value is sent without one, so the schema names its box', () => {
  const form = {
    id: 'decision:d',
    disputes: [{ path: 'date', accounts: [{ value: ' ', sources: [], note: '' }], note: '' }],
  };
  const record = recordOfForm(form);
  assert.deepEqual(record, { id: 'decision:d', disputes: [{ path: 'date', accounts: [{ sources: [] }] }] });
  const issues = DecisionSchema.safeParse(record).error?.issues ?? [];
  assert.ok(issues.some((i) => i.path.join('.') === 'disputes.0.accounts.0.value'));
});

test('the paths offered are the values of the record and its small structures, not its id, sources or access', () => {
  const paths = disputablePaths({
    id: 'decision:d',
    case: 'case:c',
    date: '2023-04-12',
    isInAbsentia: false,
    sentence: [{ type: 'imprisonment', term: { years: 6, months: 0 }, sources: [{ source: 'source:s' }] }],
    visibility: 'internal',
    readers: ['user:a'],
    fieldVisibility: { note: 'restricted' },
    sources: [{ source: 'source:s' }],
    disputes: [{ path: 'date', accounts: [{ value: '2023-04-11', sources: [] }] }],
  });
  assert.deepEqual(paths, [
    'date',
    'isInAbsentia',
    'sentence/0/type',
    'sentence/0/term',
    'sentence/0/term/years',
    'sentence/0/term/months',
  ]);
});

test('a very large record offers at most a bounded number of paths', () => {
  const participants = Array.from({ length: 1_000 }, (_, i) => ({ person: `person:${i}`, role: 'witness' }));
  assert.equal(disputablePaths({ participants }).length, MAX_DISPUTABLE_PATHS);
});
