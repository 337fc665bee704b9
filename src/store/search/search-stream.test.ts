import assert from 'node:assert/strict';
import { test } from 'node:test';
import { planQuery } from '../../core/search/search-query.ts';
import { SEARCH_KINDS, type SearchKind } from '../../core/search/search.ts';
import { loadNameFolder } from '../name-folding-file.ts';
import { segmentRange } from './search-segments.ts';
import { isRankedByFirst } from './search-stream.ts';

const phrase = planQuery(loadNameFolder(), '"меру пресечения"');
/** The first `n` entries of one kind's text, as the first statement read them. */
const textEntries = (kind: SearchKind, n: number) =>
  Array.from({ length: n }, (_, i) => ({ entry: segmentRange(kind, false).from + i, loose: 0 }));
/** The position of a hit among one kind's text. */
const textHit = (kind: SearchKind, entry: number) => ({ tier: 2, rank: SEARCH_KINDS.indexOf(kind), entry });

test("a page found in documents' pages, the last segment, is the first statement's ranking", () => {
  const first = textEntries('source', 101);
  assert.equal(isRankedByFirst(phrase, undefined, first, textHit('source', first[60]!.entry)), true);
  assert.equal(
    isRankedByFirst(phrase, undefined, first, textHit('source', first[100]!.entry + 1)),
    false,
    'a hit past the entries read may have others before it',
  );
});

test("a page of one kind's text is the first statement's only when no segment before it is left unread", () => {
  const first = textEntries('case', 101);
  const last = textHit('case', first[30]!.entry);
  // The names of charges, events, hearings and sources come before cases' text, and were not read.
  assert.equal(isRankedByFirst(phrase, undefined, first, last), false);
  // Asked for cases alone, their names are wholly before the entries read.
  assert.equal(isRankedByFirst(phrase, ['case'], first, last), true);
});

test('nothing read, nothing ranked', () => {
  assert.equal(isRankedByFirst(phrase, undefined, [], textHit('source', 1)), false);
});
