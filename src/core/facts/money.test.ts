import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatCaseFacts } from '../../cli/format-facts.ts';
import { kzLaw, makeDecision, makeFile } from '../../../test/support/facts-factory.ts';
import { computeCaseFacts } from './case-facts.ts';

const verdict = makeDecision('decision:v', {
  date: '2023-05-10',
  sentence: [
    { type: 'restricted_freedom', term: { years: 2 }, isPrincipal: true },
    { type: 'fine', amount: { value: 200, unit: 'mci' } },
  ],
  money: [
    { kind: 'damages', amount: { value: 250_000, unit: 'KZT' }, description: 'to the akimat' },
    { kind: 'procedural_costs', amount: { value: 12, unit: 'mci' } },
    { kind: 'confiscation', description: 'a mobile phone' },
  ],
});

test('a fine, damages, costs and confiscation are listed apart, each in its own unit or currency', () => {
  const facts = computeCaseFacts(makeFile({ decisions: [verdict] }), kzLaw(), '2023-06-01');
  const money = facts.defendants[0]?.money ?? [];
  assert.deepEqual(
    money.map((m) => [m.kind, m.isPenalty, m.amount?.value, m.unitTitle, m.isCurrency]),
    [
      ['fine', true, 200, 'MCI', false],
      ['damages', false, 250_000, 'KZT', true],
      ['procedural_costs', false, 12, 'MCI', false],
      ['confiscation', false, undefined, undefined, false],
    ],
  );
  const text = formatCaseFacts(facts);
  assert.match(
    text,
    /Money ordered \(each apart, never summed\):\n {4}fine: 200 MCI \(decision:v\)\n {4}damages: 250000 KZT, to the akimat \(decision:v\)\n {4}procedural costs: 12 MCI \(decision:v\)\n {4}confiscation: amount not recorded, a mobile phone \(decision:v\)\n/,
  );
});

test('a decision given after the day asked about orders nothing yet', () => {
  const facts = computeCaseFacts(makeFile({ decisions: [verdict] }), kzLaw(), '2023-05-01');
  assert.deepEqual(facts.defendants[0]?.money, []);
});
