import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bareArticle } from './bare-article.ts';

test('an article typed as its number alone gives the number, and the part in brackets', () => {
  assert.deepEqual(bareArticle('400'), { article: '400' });
  assert.deepEqual(bareArticle(' 272-1 '), { article: '272-1' });
  assert.deepEqual(bareArticle('272(1)'), { article: '272', part: '1' });
  assert.deepEqual(bareArticle('378 (2)'), { article: '378', part: '2' });
});

test('anything else is not an article by itself', () => {
  for (const text of ['', 'ст.', '2022-11-07', '12345', 'four hundred', '272(1)(a)', '400 000'])
    assert.equal(bareArticle(text), undefined, text);
});
