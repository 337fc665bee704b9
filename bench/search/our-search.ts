import type { Target } from '../target.ts';
import type { Corpus } from './search-corpus.ts';
import type { SearchSystem } from './search-system.ts';

/** Casewatch's own search on a store: not built yet on this branch. */
export function ourSearch(_corpus: Corpus, target: Target, _bundles: string[]): SearchSystem {
  throw new Error(`Casewatch's search index on ${target.dialect} is not available yet`);
}
