import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  dateSpan,
  dayScale,
  dayX,
  intervalGeometry,
  linkPath,
  markGeometry,
  spanMiddle,
} from './timeline-geometry.ts';

const scale = dayScale([dateSpan('2022'), dateSpan('2026-12-02')], [], 0, 1000);
const x = (day: string) => dayX(scale, day);

test('a date is the span of days it may be, with how it was written', () => {
  assert.deepEqual(dateSpan('2022-11-07'), {
    earliest: '2022-11-07',
    latest: '2022-11-07',
    isExactDay: true,
    precision: 'day',
    isApproximate: false,
    isUncertain: false,
  });
  assert.deepEqual(dateSpan('2022?'), {
    earliest: '2022-01-01',
    latest: '2022-12-31',
    isExactDay: false,
    precision: 'year',
    isApproximate: false,
    isUncertain: true,
  });
  const approx = dateSpan('2022-11~');
  assert.equal(approx.isApproximate, true);
  assert.equal(approx.earliest, '2022-10-01', 'widened by its margin of a month');
  assert.equal(approx.latest, '2022-12-31');
  const range = dateSpan('[2022-01..2022-05]');
  assert.equal(range.precision, 'range');
  assert.deepEqual([range.earliest, range.latest], ['2022-01-01', '2022-05-31']);
  assert.equal(dateSpan('2022-11-07~').isExactDay, false, 'an approximate day is not a point');
});

test('an exact day is a point; a month is drawn over the whole month, not on one of its days', () => {
  assert.equal(markGeometry(scale, dateSpan('2023-02-06')).isPoint, true);
  const month = markGeometry(scale, dateSpan('2022-01'));
  assert.equal(month.isPoint, false);
  assert.equal(month.x0, x('2022-01-01'));
  assert.equal(month.x1, x('2022-02-01'));
});

test('an interval is soft where its start and end may lie and solid only where it certainly ran', () => {
  const custody = intervalGeometry(
    scale,
    dateSpan('[2022-01..2022-05]'),
    dateSpan('[2022-09..2023-01-26]'),
    '2026-12-02',
  );
  assert.deepEqual(custody, [
    { x0: x('2022-01-01'), x1: x('2022-06-01'), kind: 'soft-start' },
    { x0: x('2022-06-01'), x1: x('2022-09-01'), kind: 'solid' },
    { x0: x('2022-09-01'), x1: x('2023-01-26'), kind: 'soft-end' },
  ]);
  const exact = intervalGeometry(scale, dateSpan('2022-03-01'), dateSpan('2022-04-01'), '2026-12-02');
  assert.deepEqual(exact, [{ x0: x('2022-03-01'), x1: x('2022-04-01'), kind: 'solid' }]);
});

test('when the start and the end may overlap, no part is drawn as certain', () => {
  const charge = intervalGeometry(scale, dateSpan('2022'), dateSpan('2022-11~'), '2026-12-02');
  assert.deepEqual(charge, [{ x0: x('2022-01-01'), x1: x('2022-12-31'), kind: 'soft' }]);
});

test('an open interval runs to the "as of" day, unconfirmed past the record\'s horizon', () => {
  const open = intervalGeometry(scale, dateSpan('2022-03-01'), undefined, '2024-01-01', '2023-01-26');
  assert.deepEqual(open, [
    { x0: x('2022-03-01'), x1: x('2023-01-27'), kind: 'solid' },
    { x0: x('2023-01-27'), x1: x('2024-01-02'), kind: 'unconfirmed' },
  ]);
  const houseArrest = intervalGeometry(
    scale,
    dateSpan('[2022-09..2023-01-26]'),
    undefined,
    '2026-12-02',
    '2023-01-26',
  );
  assert.deepEqual(
    houseArrest.map((s) => s.kind),
    ['soft-start', 'unconfirmed'],
    'begun by the horizon at the latest, not certainly running on any day the record confirms',
  );
  const notYet = intervalGeometry(scale, dateSpan('2022?'), undefined, '2022-06-30', '2023-01-26');
  assert.deepEqual(
    notYet,
    [{ x0: x('2022-01-01'), x1: x('2022-07-01'), kind: 'soft-start' }],
    'as of a day within its start, drawn only up to that day',
  );
  assert.deepEqual(
    intervalGeometry(scale, dateSpan('2023-01-26'), undefined, '2022-12-01'),
    [],
    'not begun yet',
  );
  const confirmed = intervalGeometry(scale, dateSpan('2022-03-01'), undefined, '2022-06-01', '2023-01-26');
  assert.deepEqual(confirmed, [{ x0: x('2022-03-01'), x1: x('2022-06-02'), kind: 'solid' }]);
});

test('the scale covers every span with a margin, and links join the middles of spans', () => {
  assert.ok(x('2022-01-01') > 0 && x('2026-12-03') < 1000);
  const middle = spanMiddle(scale, dateSpan('2022'));
  assert.ok(Math.abs(middle - (x('2022-01-01') + x('2023-01-01')) / 2) < 1e-9);
  assert.equal(linkPath(0, 10, 100, 50), 'M0,10 C50,10 50,50 100,50');
});
