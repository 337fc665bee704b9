import assert from 'node:assert/strict';
import { test } from 'node:test';
import { addMonths, daysBetween } from './day.ts';
import { addDuration, durationDayRange, formatDuration } from './duration.ts';

test('calendar arithmetic clamps to the end of the month', () => {
  assert.equal(addMonths('2022-01-31', 1), '2022-02-28');
  assert.equal(addMonths('2024-01-31', 1), '2024-02-29');
  assert.equal(addMonths('2022-11-15', -2), '2022-09-15');
  assert.equal(addDuration('2022-03-01', { years: 1, months: 2, days: 3 }), '2023-05-04');
  assert.equal(daysBetween('2022-01-01', '2023-01-01'), 365);
});

test('a duration with no start is a range of days', () => {
  assert.deepEqual(durationDayRange({ months: 1 }), { min: 28, max: 31 });
  assert.deepEqual(durationDayRange({ months: 8 }), { min: 242, max: 245 });
  assert.deepEqual(durationDayRange({ years: 1 }), { min: 365, max: 366 });
  assert.deepEqual(durationDayRange({ days: 15 }), { min: 15, max: 15 });
});

test('durations read as people write them', () => {
  assert.equal(formatDuration({ years: 1, months: 6 }), '1 year 6 months');
  assert.equal(formatDuration({ days: 1 }), '1 day');
});
