import assert from 'node:assert/strict';
import { test } from 'node:test';
import { casePath, listPageSearch, LIST_PAGE, readAsOf, readListPage, withAsOf } from './url-state.ts';

test('the case list page is read from the URL and written back to the same URL', () => {
  const page = readListPage(new URLSearchParams('limit=10&after=case:kz-b'));
  assert.deepEqual(page, { limit: 10, after: 'case:kz-b' });
  assert.equal(listPageSearch(page), '?limit=10&after=case%3Akz-b');
  assert.deepEqual(readListPage(new URLSearchParams(listPageSearch(page))), page);
});

test('a page size out of range or not a number falls back to the default', () => {
  for (const bad of ['0', '101', '-3', 'ten', '1e2', ''])
    assert.equal(readListPage(new URLSearchParams({ limit: bad })).limit, LIST_PAGE.default, bad);
  assert.equal(listPageSearch({ limit: LIST_PAGE.default }), '');
});

test('the "as of" day is a real calendar day or nothing', () => {
  assert.equal(readAsOf(new URLSearchParams('asOf=2023-01-26')), '2023-01-26');
  for (const bad of ['2023-02-30', '2023-01', 'today', '2023-1-5'])
    assert.equal(readAsOf(new URLSearchParams({ asOf: bad })), undefined, bad);
});

test('setting the "as of" day keeps the other parameters; clearing it removes it', () => {
  const params = new URLSearchParams('lang=ru&asOf=2022-01-01');
  assert.equal(withAsOf(params, '2023-05-01').toString(), 'lang=ru&asOf=2023-05-01');
  assert.equal(withAsOf(params, undefined).toString(), 'lang=ru');
  assert.equal(params.get('asOf'), '2022-01-01', 'the given parameters are not changed');
});

test("a case's path keeps its colon readable and escapes the rest", () => {
  assert.equal(casePath('case:kz-mamay-2022'), '/cases/case:kz-mamay-2022');
  assert.equal(casePath('case:a/b?c', '2023-01-02'), '/cases/case:a%2Fb%3Fc?asOf=2023-01-02');
});

test('the person filter is kept in the URL beside the page, and survives a reload', () => {
  const page = readListPage(new URLSearchParams('person=person:kz-a&after=case:kz-b'));
  assert.deepEqual(page, { limit: LIST_PAGE.default, after: 'case:kz-b', person: 'person:kz-a' });
  assert.deepEqual(readListPage(new URLSearchParams(listPageSearch(page))), page);
  assert.equal(
    readListPage(new URLSearchParams('person=')).person,
    undefined,
    'an empty filter is no filter',
  );
});
