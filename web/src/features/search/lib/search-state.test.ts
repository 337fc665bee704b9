import assert from 'node:assert/strict';
import { test } from 'node:test';
import { hitPath } from './hit-path.ts';
import { apiQuery, readSearchState, searchPath, toggleFilter } from './search-state.ts';

test('a search read from its URL and written back is the same URL', () => {
  const url = 'q=Mamay&kind=person&kind=case&article=272&year=2022&cursor=abc';
  const state = readSearchState(new URLSearchParams(url));
  assert.deepEqual(state, {
    q: 'Mamay',
    filters: { kind: ['person', 'case'], article: ['272'], year: ['2022'] },
    cursor: 'abc',
  });
  assert.equal(searchPath(state), `/search?${url}`);
});

test('what a URL cannot ask is left out: a year that is not one, a second value of a one-value facet', () => {
  const state = readSearchState(
    new URLSearchParams('q=+x+&year=22&article=272&article=274&kind=&kind=person'),
  );
  assert.deepEqual(state, { q: 'x', filters: { article: ['274'], kind: ['person'] } });
});

test('checking a facet starts from the first page; kinds add up, another value of a facet replaces', () => {
  const start = readSearchState(new URLSearchParams('q=Mamay&kind=person&article=272&cursor=abc'));
  const more = toggleFilter(start, 'kind', 'case');
  assert.deepEqual(more, { q: 'Mamay', filters: { kind: ['person', 'case'], article: ['272'] } });
  assert.deepEqual(toggleFilter(more, 'article', '274').filters.article, ['274']);
  assert.deepEqual(toggleFilter(more, 'article', '272').filters, { kind: ['person', 'case'] });
  assert.deepEqual(toggleFilter(toggleFilter(more, 'kind', 'person'), 'kind', 'case').filters, {
    article: ['272'],
  });
});

test("the API's query: kinds as a list, a year as the range of its days, the cursor", () => {
  const state = readSearchState(new URLSearchParams('q=272&kind=charge&measure=custody&year=2023&cursor=c2'));
  assert.deepEqual(apiQuery(state), {
    q: '272',
    kind: ['charge'],
    measure: 'custody',
    from: '2023-01-01',
    to: '2023-12-31',
    cursor: 'c2',
  });
});

test('a found record links to the page it is read on', () => {
  assert.equal(hitPath({ kind: 'person', id: 'person:kz-mamay' }), '/persons/person:kz-mamay');
  assert.equal(hitPath({ kind: 'organisation', id: 'org:x y' }), '/organisations/org:x%20y');
  assert.equal(hitPath({ kind: 'case', id: 'case:kz-mamay-2022' }), '/cases/case:kz-mamay-2022');
  assert.equal(
    hitPath({ kind: 'charge', id: 'charge:1', caseId: 'case:kz-mamay-2022' }),
    '/cases/case:kz-mamay-2022',
  );
  assert.equal(hitPath({ kind: 'source', id: 'source:hrw' }), '/history/sources/source:hrw');
  // A document found in its text opens in the viewer at the page it was found on.
  assert.equal(
    hitPath({ kind: 'source', id: 'source:doc-1a2b', caseId: 'case:kz-mamay-2022', page: 3 }),
    '/documents/source%3Adoc-1a2b?page=3',
  );
});
