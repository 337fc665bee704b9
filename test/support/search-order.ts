import assert from 'node:assert/strict';
import { SEARCH_KINDS, type SearchPage } from '../../src/core/search/search.ts';

/**
 * A page whose hits are sorted by tier, kind and id, after checking that they came by tier and then by kind:
 * within one tier and kind, hits come in the order their entries were written, which a rebuild writes anew.
 * Two pages of the same answers, before and after a rebuild, are then equal.
 */
export function inCanonicalOrder(page: SearchPage): SearchPage {
  const rank = (h: SearchPage['hits'][number]) => [-h.score, SEARCH_KINDS.indexOf(h.kind)] as const;
  const order = page.hits.map(rank);
  assert.deepEqual(
    order,
    [...order].sort((a, b) => a[0] - b[0] || a[1] - b[1]),
    'hits by tier, then kind',
  );
  const hits = [...page.hits].sort((a, b) => {
    const [x, y] = [rank(a), rank(b)];
    return x[0] - y[0] || x[1] - y[1] || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  });
  return { ...page, hits };
}
