import { test } from 'node:test';
import assert from 'node:assert/strict';
import { computeCaseFacts } from '../core/facts/case-facts.ts';
import { kzLaw, makeFile, makeMeasure, mstep } from '../../test/support/facts-factory.ts';
import { formatCaseFacts } from './format-facts.ts';

test('the facts as text count detention, house arrest and administrative arrest apart, and flag a limit passed', () => {
  const file = makeFile({
    measures: [
      makeMeasure('measure:arrest', 'administrative_arrest', '2022-01-05', [mstep('ended', '2022-01-25')], {
        article: { jurisdiction: 'kz', code: 'aoc', article: '488', part: '6' },
      }),
      makeMeasure('measure:detention', 'suspect_detention', '2022-01-25', [
        mstep('changed', '2022-01-30', { successor: 'measure:custody' }),
      ]),
      makeMeasure('measure:custody', 'custody', '2022-01-30', [
        mstep('changed', '2022-03-01', { successor: 'measure:house' }),
      ]),
      makeMeasure('measure:house', 'house_arrest', '2022-03-01'),
    ],
  });
  const text = formatCaseFacts(computeCaseFacts(file, kzLaw(), '2022-03-10'));
  assert.match(text, /\n {2}Deprived of liberty: 65 days\n/);
  assert.match(
    text,
    /\n {4}detained before any sentence: 35 days; under house arrest: 10 days; under administrative arrest: 20 days\n/,
  );
  assert.match(
    text,
    /\n {2}detention as a suspect \[measure:detention\]: at least 96, at most 144 hours, from dates without times \(CPC Art\. 128: at most 72 hours, ordinarily 48 hours\)\n {4}! beyond the legal maximum of 72 hours\n/,
  );
  assert.match(
    text,
    /\n {2}administrative arrest \[measure:arrest\], under kz AOC 488\(6\): 20 days \(AOC Art\. 50: at most 45 days, ordinarily 30 days\)\n {4}! longer than the 15 days kz AOC 488\(6\) allows\n/,
  );
  assert.match(text, /Warnings:\n(.*\n)* {2}measure:detention: detention as a suspect lasted/);
});

test('a person never deprived of liberty gets no line of separate counts', () => {
  const file = makeFile({ measures: [makeMeasure('measure:bail', 'bail', '2022-01-05')] });
  const text = formatCaseFacts(computeCaseFacts(file, kzLaw(), '2022-03-10'));
  assert.match(text, /Deprived of liberty: 0 days\n {2}Maximum exposure/);
  assert.doesNotMatch(text, /detained before any sentence/);
});
