import assert from 'node:assert/strict';
import { test } from 'node:test';
import { FACET_NAMES, type FacetCount, type FacetName } from '../core/search/search.ts';
import { formatPage } from './search.command.ts';

const noFacets = Object.fromEntries(FACET_NAMES.map((f) => [f, [] as FacetCount[]])) as Record<
  FacetName,
  FacetCount[]
>;

test('a document found in its text is printed with the page it is on; another hit with its field', () => {
  const text = formatPage({
    total: 2,
    totalIsLowerBound: false,
    facets: noFacets,
    hits: [
      {
        kind: 'source',
        id: 'source:doc-1a2b3c4d5e6f',
        caseId: 'case:a',
        title: 'Обвинительный акт',
        field: 'page',
        page: 3,
        match: 'text',
        score: 2,
        snippet: [
          { text: 'предусмотренное ', hit: false },
          { text: 'ч. 1 ст. 272', hit: true },
        ],
      },
      {
        kind: 'person',
        id: 'person:a',
        title: 'Zhanbolat Mamay',
        field: 'names',
        match: 'exact',
        score: 4,
        snippet: [{ text: 'Zhanbolat Mamay', hit: true }],
      },
    ],
  });
  assert.deepEqual(text.split('\n'), [
    'source       source:doc-1a2b3c4d5e6f  Обвинительный акт  (text, page 3)',
    '             предусмотренное [ч. 1 ст. 272]',
    'person       person:a  Zhanbolat Mamay  (exact, names)',
    '             [Zhanbolat Mamay]',
    '2 of 2',
  ]);
});

test('a broad search says its total is a lower bound, and how to go on', () => {
  const text = formatPage({
    total: 1_001,
    totalIsLowerBound: true,
    facets: noFacets,
    next: 'abc',
    hits: [
      {
        kind: 'charge',
        id: 'charge:a',
        caseId: 'case:a',
        title: 'ч. 1 ст. 272',
        field: 'article',
        match: 'exact',
        score: 4,
        snippet: [{ text: 'ч. 1 ст. 272', hit: true }],
      },
    ],
  });
  assert.deepEqual(text.split('\n').slice(-2), ['1 of at least 1,001', 'next page: --after abc']);
});
