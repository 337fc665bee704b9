import assert from 'node:assert/strict';
import { test } from 'node:test';
import { PassageSchema } from '../../../../../src/core/allegation/allegation.ts';
import { allegationFromPassagePath, pageOf, passageFromParams, passageOf, runsOf } from './passage.ts';

const page = 'Обвинение.\n  Мамай Ж. организовал массовые беспорядки (ч. 1 ст. 272 УК РК).  \n';

test('a selection becomes the characters of the page text it covers, without the spaces at its edges', () => {
  const from = page.indexOf('  Мамай');
  const to = page.indexOf('\n', from) + 1;
  const passage = passageOf(page, from, to);
  assert.ok(passage);
  assert.equal(passage.quote, 'Мамай Ж. организовал массовые беспорядки (ч. 1 ст. 272 УК РК).');
  assert.equal(page.slice(passage.start, passage.end), passage.quote);
  assert.equal(passage.start, page.indexOf('Мамай'));
  assert.equal(PassageSchema.safeParse({ page: 3, ...passage }).success, true);
});

test('a selection made backwards gives the same passage; one of spaces only, or out of the text, gives none', () => {
  const a = page.indexOf('массовые');
  const b = a + 'массовые беспорядки'.length;
  assert.deepEqual(passageOf(page, b, a), passageOf(page, a, b));
  assert.equal(passageOf(page, b, a)?.quote, 'массовые беспорядки');
  assert.equal(passageOf(page, 10, 13), undefined);
  assert.equal(passageOf(page, 5, 5), undefined);
  assert.equal(passageOf(page, page.length + 5, page.length + 9), undefined);
  assert.equal(passageOf(page, -4, 9)?.start, 0);
});

test('the text is cut into runs around the highlighted span, every character kept in order', () => {
  const start = page.indexOf('ч. 1');
  const end = page.indexOf(')', start);
  const runs = runsOf(page, { start, end });
  assert.equal(runs.map((r) => r.text).join(''), page);
  assert.deepEqual(
    runs.filter((r) => r.isMarked).map((r) => r.text),
    ['ч. 1 ст. 272 УК РК'],
  );
  for (const run of runs) assert.equal(page.slice(run.start, run.start + run.text.length), run.text);
  assert.deepEqual(runsOf('abc', undefined), [{ text: 'abc', start: 0, isMarked: false }]);
  assert.deepEqual(runsOf('abc', { start: 0, end: 3 }), [{ text: 'abc', start: 0, isMarked: true }]);
});

test('the page in the URL is a whole number within the document, page 1 otherwise', () => {
  assert.equal(pageOf('3', 5), 3);
  assert.equal(pageOf('9', 5), 5);
  assert.equal(pageOf('0', 5), 1);
  assert.equal(pageOf('2.5', 5), 1);
  assert.equal(pageOf('abc', undefined), 1);
  assert.equal(pageOf(null, 5), 1);
  assert.equal(pageOf('7', undefined), 7);
});

test('the passage travels to the allegation form in its URL and comes back with its offsets', () => {
  const passage = passageOf(page, page.indexOf('Мамай'), page.indexOf('беспорядки') + 10);
  assert.ok(passage);
  const path = allegationFromPassagePath('case:x', 'source:doc', 3, passage);
  const params = new URL(path, 'http://x').searchParams;
  assert.equal(params.get('case'), 'case:x');
  assert.equal(params.get('document'), 'source:doc');
  assert.deepEqual(passageFromParams(params), { page: 3, ...passage });
  const bad = new URLSearchParams({ page: '3', start: '9', end: '4', quote: 'q' });
  assert.deepEqual(passageFromParams(bad), { page: 3, quote: 'q' });
  assert.equal(passageFromParams(new URLSearchParams({ page: 'x' })), undefined);
});
