import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isPartialDate } from '../../../../../src/core/dates/partial-date.ts';
import { EMPTY_END, formatDateEnd, formatDateParts, parseDateParts } from './partial-date-parts.ts';

test('an end is written at the precision it was given, never with an invented day', () => {
  assert.equal(formatDateEnd({ ...EMPTY_END, year: '2022' }), '2022');
  assert.equal(formatDateEnd({ ...EMPTY_END, year: '2022', month: '3' }), '2022-03');
  assert.equal(formatDateEnd({ ...EMPTY_END, year: '2022', month: '3', day: '7' }), '2022-03-07');
  assert.equal(
    formatDateEnd({ ...EMPTY_END, year: '2022', day: '7' }),
    '2022',
    'a day without its month is dropped',
  );
  assert.equal(formatDateEnd({ ...EMPTY_END, year: '2023', season: '23', month: '5' }), '2023-23');
  assert.equal(formatDateEnd({ ...EMPTY_END, year: '', month: '5' }), '');
});

test('approximate and uncertain are written as ~, ? and both as %', () => {
  const end = { ...EMPTY_END, year: '2022', month: '11' };
  assert.equal(formatDateEnd({ ...end, isApproximate: true }), '2022-11~');
  assert.equal(formatDateEnd({ ...end, isUncertain: true }), '2022-11?');
  assert.equal(formatDateEnd({ ...end, isApproximate: true, isUncertain: true }), '2022-11%');
});

test('a range is written as the core reads it, and empty when both ends are', () => {
  const parts = {
    isRange: true,
    from: { ...EMPTY_END, year: '2022', month: '09' },
    to: { ...EMPTY_END, year: '2023', month: '02', day: '05' },
  };
  assert.equal(formatDateParts(parts), '[2022-09..2023-02-05]');
  assert.ok(isPartialDate(formatDateParts(parts)));
  assert.equal(formatDateParts({ isRange: true, from: EMPTY_END, to: EMPTY_END }), '');
});

test('every stored form reads back into the same parts it is written from', () => {
  for (const value of [
    '2022',
    '2023-21',
    '2022-11',
    '2022-11-07',
    '2022-11-07~',
    '2022?',
    '2023-24%',
    '[2022-09..2023-02-05]',
  ])
    assert.equal(formatDateParts(parseDateParts(value)), value);
});

test('nothing, or a value that is not a date, reads as an empty input', () => {
  assert.equal(formatDateParts(parseDateParts(undefined)), '');
  assert.equal(formatDateParts(parseDateParts('7 March')), '');
  assert.deepEqual(parseDateParts('2022-13').from, EMPTY_END);
});
