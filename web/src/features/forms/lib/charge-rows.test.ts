import assert from 'node:assert/strict';
import { test } from 'node:test';
import { chargesOfRows, emptyRow, rowFieldOf } from './charge-rows.ts';

test('each row makes a charge brought on its day, against the shared defendant, citing the shared sources', () => {
  const records = chargesOfRows({
    case: 'case:a',
    defendant: 'person:mamay',
    sources: [{ source: 'source:dispatch', page: Number.NaN, quote: '' }],
    charges: [
      {
        ...emptyRow('charge:378'),
        article: { jurisdiction: 'kz', code: 'cc', article: '378', part: '2' },
        date: '2022-11',
      },
      {
        ...emptyRow('charge:274'),
        article: { jurisdiction: 'kz', code: 'cc', article: '274', part: '' },
        date: '',
      },
    ],
  });
  assert.deepEqual(records[0], {
    id: 'charge:378',
    case: 'case:a',
    defendant: 'person:mamay',
    article: { jurisdiction: 'kz', code: 'cc', article: '378', part: '2' },
    lifecycle: [{ kind: 'brought', date: '2022-11', sources: [{ source: 'source:dispatch' }] }],
    visibility: 'internal',
    sources: [{ source: 'source:dispatch' }],
  });
  // A box left empty is left out, so the schema says what is missing.
  assert.deepEqual(records[1]?.article, { jurisdiction: 'kz', code: 'cc', article: '274' });
  assert.deepEqual(records[1]?.lifecycle, [{ kind: 'brought', sources: [{ source: 'source:dispatch' }] }]);
});

test('a problem is placed in its row’s box, the shared boxes, or nowhere', () => {
  assert.equal(rowFieldOf('$.records[2].lifecycle[0].date'), 'charges.2.date');
  assert.equal(rowFieldOf('$.records[1].article.article'), 'charges.1.article.article');
  assert.equal(rowFieldOf('$.records[0].defendant'), 'defendant');
  assert.equal(rowFieldOf('$.records[3].sources[0].source'), 'sources');
  assert.equal(rowFieldOf('.conduct', 4), 'charges.4.conduct');
  assert.equal(rowFieldOf('.lifecycle[0].kind', 0), undefined);
  assert.equal(rowFieldOf('$.records'), undefined);
});
