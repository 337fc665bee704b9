import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readWrittenDuration } from './written-duration.ts';

test('a length stated exactly bounds it on both sides', () => {
  assert.deepEqual(readWrittenDuration('eight months'), { atLeast: { months: 8 }, atMost: { months: 8 } });
  assert.deepEqual(readWrittenDuration('11 months'), { atLeast: { months: 11 }, atMost: { months: 11 } });
  assert.deepEqual(readWrittenDuration('a year'), { atLeast: { years: 1 }, atMost: { years: 1 } });
  assert.deepEqual(readWrittenDuration('two weeks'), { atLeast: { days: 14 }, atMost: { days: 14 } });
  assert.deepEqual(readWrittenDuration('40 days'), { atLeast: { days: 40 }, atMost: { days: 40 } });
});

test('"just over" stays under the next unit; "more than" has no upper bound', () => {
  assert.deepEqual(readWrittenDuration('just over eight months'), {
    atLeast: { months: 8 },
    atMost: { months: 9 },
  });
  assert.deepEqual(readWrittenDuration('a little over two weeks'), {
    atLeast: { days: 14 },
    atMost: { days: 21 },
  });
  assert.deepEqual(readWrittenDuration('more than two years'), { atLeast: { years: 2 } });
  assert.deepEqual(readWrittenDuration('at least 10 days'), { atLeast: { days: 10 } });
});

test('"almost" is a unit short at most; "less than" and "up to" have no lower bound; "about" is a unit either side', () => {
  assert.deepEqual(readWrittenDuration('almost a year'), { atMost: { years: 1 } });
  assert.deepEqual(readWrittenDuration('nearly three months'), {
    atLeast: { months: 2 },
    atMost: { months: 3 },
  });
  assert.deepEqual(readWrittenDuration('less than six months'), { atMost: { months: 6 } });
  assert.deepEqual(readWrittenDuration('up to 2 months'), { atMost: { months: 2 } });
  assert.deepEqual(readWrittenDuration('about three months'), {
    atLeast: { months: 2 },
    atMost: { months: 4 },
  });
});

test('a range of lengths is read as its two ends', () => {
  assert.deepEqual(readWrittenDuration('8–9 months'), { atLeast: { months: 8 }, atMost: { months: 9 } });
  assert.deepEqual(readWrittenDuration('between eight and nine months'), {
    atLeast: { months: 8 },
    atMost: { months: 9 },
  });
  assert.deepEqual(readWrittenDuration('от 2 до 3 лет'), { atLeast: { years: 2 }, atMost: { years: 3 } });
  assert.equal(readWrittenDuration('9 to 8 months'), undefined);
});

test('Russian and Kazakh lengths, declined, are read as the English ones', () => {
  assert.deepEqual(readWrittenDuration('чуть более восьми месяцев'), {
    atLeast: { months: 8 },
    atMost: { months: 9 },
  });
  assert.deepEqual(readWrittenDuration('около трёх месяцев'), {
    atLeast: { months: 2 },
    atMost: { months: 4 },
  });
  assert.deepEqual(readWrittenDuration('более двух лет'), { atLeast: { years: 2 } });
  assert.deepEqual(readWrittenDuration('полтора года'), { atLeast: { months: 18 }, atMost: { months: 18 } });
  assert.deepEqual(readWrittenDuration('сегіз айдан астам'), { atLeast: { months: 8 } });
  assert.deepEqual(readWrittenDuration('сегіз айдан сәл астам'), {
    atLeast: { months: 8 },
    atMost: { months: 9 },
  });
  assert.deepEqual(readWrittenDuration('екі жыл'), { atLeast: { years: 2 }, atMost: { years: 2 } });
});

test('a length with a word not understood is not read at all', () => {
  for (const text of ['', 'long', 'just over eight', 'eight fortnights', 'many months', 'about 8–9 months'])
    assert.equal(readWrittenDuration(text), undefined, text);
});
