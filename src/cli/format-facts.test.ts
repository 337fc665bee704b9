import { test } from 'node:test';
import assert from 'node:assert/strict';
import { computeCaseFacts } from '../core/facts/case-facts.ts';
import { kzLaw, makeDecision, makeFile, makeHearing, makeMeasure } from '../../test/support/facts-factory.ts';
import { formatCaseFacts } from './format-facts.ts';

const cite = [{ source: 'source:dispatch' }];

test('the facts as text say how each upcoming hearing was known, and where each date conflict is', () => {
  const file = makeFile({
    hearings: [
      makeHearing('hearing:announced', '2023-09-06', { announced: { on: '2023-08-27', sources: cite } }),
      makeHearing('hearing:unrecorded', '2023-09-10'),
      makeHearing('hearing:moved', '2023-09-12', {
        status: 'postponed',
        changes: [{ kind: 'postponed', decidedOn: '2023-08-30', to: '2023-10-01', sources: cite }],
      }),
    ],
    decisions: [makeDecision('decision:verdict', { date: '2023-06-01', enteredIntoForce: '2023-07-01' })],
    measures: [makeMeasure('measure:late', 'custody', '2023-08-10')],
  });
  const text = formatCaseFacts(computeCaseFacts(file, kzLaw(), '2023-09-01'));
  assert.match(text, /2023-09-06 trial session \(scheduled; announced 27 August 2023\)/);
  assert.match(text, /2023-09-10 trial session \(scheduled; day it was announced not recorded\)/);
  assert.match(
    text,
    /2023-09-12 trial session \(postponed; day it was announced not recorded; postponed 30 August 2023 to 1 October 2023\)/,
  );
  assert.match(text, /\n {2}measure:late \.steps\[0\]\.date: its "ordered" step \(2023-08-10\) is after/);
});
