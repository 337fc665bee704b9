import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isOneSidedDate, readBoundedDate } from './one-sided-date.ts';

test('a date bounded on one side reads as the range up to the bound the form knows on the other', () => {
  for (const [written, bounds, read] of [
    // Sent to court before the trial began, and after the charge was brought in 2022.
    ['before 7 Nov 2022', { after: '2022' }, '[2022-01-01..2022-11-06]'],
    ['by 7 November 2022', { after: '2022-01' }, '[2022-01-01..2022-11-07]'],
    ['не позднее 7 ноября 2022 года', { after: '2022' }, '[2022-01-01..2022-11-07]'],
    ['2022 жылғы 7 қарашаға дейін', { after: '2022' }, '[2022-01-01..2022-11-07]'],
    // Begun after a month, and still running at the latest news.
    ['after May 2022', { before: '2023-01-26' }, '[2022-06-01..2023-01-26]'],
    ['since May 2022', { before: '2023-01-26' }, '[2022-05-01..2023-01-26]'],
    ['before 2 Jan 2022', { after: '2022-01-01' }, '2022-01-01'],
  ] as const) {
    assert.equal(readBoundedDate(written, bounds), read, written);
  }
});

test('without the other bound, or with no day left between them, nothing is read', () => {
  assert.equal(readBoundedDate('before 7 Nov 2022', {}), undefined);
  assert.equal(readBoundedDate('after May 2022', { after: '2021' }), undefined);
  assert.equal(readBoundedDate('before 2021', { after: '2022' }), undefined);
  assert.equal(readBoundedDate('7 Nov 2022', { after: '2022' }), undefined);
  assert.equal(readBoundedDate('before soon', { after: '2022' }), undefined);
  assert.equal(isOneSidedDate('before 7 Nov 2022'), true);
  assert.equal(isOneSidedDate('не позднее мая 2022'), true);
  assert.equal(isOneSidedDate('7 Nov 2022'), false);
});
