import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  comparePartialDates,
  dayBounds,
  namedBounds,
  isCertainlyBefore,
  isExactDay,
  parsePartialDate,
  PartialDateSchema,
} from './partial-date.ts';
import { isDay, isTimeZone, localDay } from './day.ts';
import { describePartialDate } from './describe-date.ts';

describe('partial dates', () => {
  test('keep their precision: year, season, month, day', () => {
    assert.equal(parsePartialDate('2022')?.precision, 'year');
    assert.equal(parsePartialDate('2023-21')?.precision, 'season');
    assert.equal(parsePartialDate('2022-11')?.precision, 'month');
    assert.equal(parsePartialDate('2022-11-07')?.precision, 'day');
  });

  test('reject impossible dates and other forms', () => {
    for (const bad of [
      '2022-02-30',
      '2022-13',
      '2022-00',
      '22-01-01',
      '2022/01/01',
      '2022-1-5',
      '',
      '2022-25',
    ]) {
      assert.equal(PartialDateSchema.safeParse(bad).success, false, bad);
    }
    assert.equal(PartialDateSchema.safeParse('2024-02-29').success, true);
  });

  test('give the earliest and latest day they can mean, never an invented day', () => {
    assert.deepEqual(dayBounds('2022'), { earliest: '2022-01-01', latest: '2022-12-31' });
    assert.deepEqual(dayBounds('2022-02'), { earliest: '2022-02-01', latest: '2022-02-28' });
    assert.deepEqual(dayBounds('2024-02'), { earliest: '2024-02-01', latest: '2024-02-29' });
    assert.deepEqual(dayBounds('2022-11-07'), { earliest: '2022-11-07', latest: '2022-11-07' });
    assert.deepEqual(dayBounds('2023-21'), { earliest: '2023-03-01', latest: '2023-05-31' });
    assert.deepEqual(dayBounds('2022-24'), { earliest: '2022-12-01', latest: '2023-02-28' });
  });

  test('approximate dates are widened by their margin; uncertain ones are flagged but not widened', () => {
    assert.deepEqual(dayBounds('2022-11~'), { earliest: '2022-10-01', latest: '2022-12-31' });
    assert.deepEqual(dayBounds('2022-11-07~'), { earliest: '2022-10-31', latest: '2022-11-14' });
    assert.deepEqual(dayBounds('2022~'), { earliest: '2021-01-01', latest: '2023-12-31' });
    assert.deepEqual(dayBounds('2022-11-07?'), { earliest: '2022-11-07', latest: '2022-11-07' });
    assert.equal(parsePartialDate('2022-11-07?')?.isUncertain, true);
    assert.equal(parsePartialDate('2022-11%')?.isApproximate, true);
    assert.equal(isExactDay('2022-11-07'), true);
    assert.equal(isExactDay('2022-11-07?'), false);
  });

  test('a range bounds a date the source does not give', () => {
    assert.deepEqual(dayBounds('[2022-09..2023-02-05]'), { earliest: '2022-09-01', latest: '2023-02-05' });
    assert.equal(PartialDateSchema.safeParse('[2023-02..2022-09]').success, false);
    assert.equal(PartialDateSchema.safeParse('[2022-09..]').success, false);
    assert.equal(isExactDay('[2022-09-01..2022-09-01]'), false);
  });

  test('compare safely: only certain order is certain', () => {
    assert.equal(isCertainlyBefore('2022-10', '2022-11-01'), true);
    assert.equal(isCertainlyBefore('2022', '2022-11-01'), false);
    assert.equal(comparePartialDates('2022', '2022-01-05') < 0, true);
    assert.equal(comparePartialDates('2022-11-07', '2022-11-07'), 0);
  });
});

test('years stay within 1000–2999, so widening a date never leaves the calendar', () => {
  for (const bad of ['0999', '3000', '9999-24~', '0000~', '[2022..3001]'])
    assert.equal(PartialDateSchema.safeParse(bad).success, false, bad);
  assert.deepEqual(dayBounds('2999~'), { earliest: '2998-01-01', latest: '3000-12-31' });
  assert.deepEqual(dayBounds('1000-21'), { earliest: '1000-03-01', latest: '1000-05-31' });
  assert.equal(isDay('2999-12-31'), true);
  assert.equal(isDay('9999-12-31'), false);
});

test('a partial date reads as people write it, keeping its precision and its doubt', () => {
  const cases: [string, string][] = [
    ['2022-11-07', '7 November 2022'],
    ['2022-11~', 'about November 2022'],
    ['2023-21', 'spring 2023'],
    ['2022?', '2022 (uncertain)'],
    ['2022%', 'about 2022 (uncertain)'],
    ['[2022-01..2022-06]', 'between January 2022 and June 2022'],
  ];
  for (const [date, text] of cases) assert.equal(describePartialDate(date), text, date);
});

test("today is a day in the jurisdiction's time zone, not UTC's", () => {
  assert.equal(localDay('2023-01-31T20:00:00.000Z', 'Asia/Almaty'), '2023-02-01');
  assert.equal(localDay('2023-01-31T20:00:00.000Z', 'UTC'), '2023-01-31');
  assert.equal(isTimeZone('Asia/Almaty'), true);
  assert.equal(isTimeZone('Mars/Olympus'), false);
});

test('a date names its days as written: "about November 2022" names November, and counts wider', () => {
  assert.deepEqual(namedBounds('2022-11~'), { earliest: '2022-11-01', latest: '2022-11-30' });
  assert.deepEqual(dayBounds('2022-11~'), { earliest: '2022-10-01', latest: '2022-12-31' });
  assert.deepEqual(namedBounds('2022-11?'), dayBounds('2022-11'));
  assert.deepEqual(namedBounds('[2022-01..2022-05]'), dayBounds('[2022-01..2022-05]'));
});
