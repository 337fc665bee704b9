import assert from 'node:assert/strict';
import { test } from 'node:test';
import { apiQuery, filtersOn, firstPage, listSearch, readCaseList, readPersonList } from './list-state.ts';

test('every filter, the sort, the order and the page survive a round trip through the URL', () => {
  const search =
    '?after=abc&article=272(1)&articleEver=true&jurisdiction=kz&limit=10&measure=custody&openedFrom=2022-01-01' +
    '&openedTo=2022-12-31&order=desc&organisation=org%3Ax&sort=opened&status=in_custody';
  const state = readCaseList(new URLSearchParams(search));
  assert.equal(state.status, 'in_custody');
  assert.equal(state.articleEver, true);
  assert.equal(listSearch(state), search.replace('272(1)', '272%281%29'));
  assert.deepEqual(readCaseList(new URLSearchParams(listSearch(state))), state);
});

test('values that are not valid fall back to none, and the default page size is left out', () => {
  const state = readCaseList(
    new URLSearchParams('?status=asleep&sort=colour&openedFrom=yesterday&article=<script>&limit=5000'),
  );
  assert.deepEqual(state, { limit: 25 });
  assert.equal(listSearch(state), '');
  assert.deepEqual(readPersonList(new URLSearchParams('?role=king&name=%20')), { limit: 25 });
});

test('the API is asked the cursor for the page, and a new filter starts from the first page', () => {
  const state = readPersonList(new URLSearchParams('?after=xyz&name=mamay&sort=name'));
  assert.deepEqual(apiQuery(state), { limit: '25', cursor: 'xyz', name: 'mamay', sort: 'name' });
  assert.equal(listSearch(firstPage(state)), '?name=mamay&sort=name');
});

test('the filters on are counted, not the sort, the order, the page or the person the list is for', () => {
  assert.equal(filtersOn(readCaseList(new URLSearchParams('?sort=title&order=desc&after=x&limit=10'))), 0);
  assert.equal(filtersOn(readCaseList(new URLSearchParams('?person=person%3Ax&organisation=org%3Ay'))), 1);
  assert.equal(
    filtersOn(readCaseList(new URLSearchParams('?article=272&articleEver=true&status=asleep'))),
    2,
  );
  assert.equal(filtersOn(readPersonList(new URLSearchParams('?name=mamay&role=defendant&sort=name'))), 2);
});
