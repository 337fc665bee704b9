import type { Actor } from '../actor.ts';
import { assertAllowed } from '../access/policy.ts';
import { parseOrThrow } from '../common/zod-issues.ts';
import { DomainError } from '../errors.ts';
import type { ReadScope } from '../ports.ts';
import {
  DEFAULT_SEARCH_LIMIT,
  MAX_SEARCH_LIMIT,
  SearchKindsSchema,
  SearchQuerySchema,
  type RebuildProgress,
  type SearchIndex,
  type SearchIndexMaintenance,
  type SearchPage,
  type SearchKind,
  type SearchQuery,
  type SimilarPerson,
  type Suggestion,
} from './search.ts';

/** The search methods of a session: input checked here, the reader's scope always the session's own. */
export interface SearchMethods {
  search(query: SearchQuery): Promise<SearchPage>;
  suggest(text: string, limit?: number, kinds?: readonly SearchKind[]): Promise<Suggestion[]>;
  similarPersons(names: readonly string[]): Promise<SimilarPerson[]>;
  rebuildSearch(onProgress?: RebuildProgress): Promise<{ records: number; entries: number }>;
}

const MAX_SIMILAR_NAMES = 50;

/** The search methods over a store's index for an actor; each throws 'search.unavailable' without one. */
export function searchThrough(
  index: (SearchIndex & SearchIndexMaintenance) | undefined,
  actor: Actor,
  scope: ReadScope,
): SearchMethods {
  const need = (): SearchIndex & SearchIndexMaintenance => {
    if (index === undefined) throw new DomainError('search.unavailable', 'this store has no search index');
    return index;
  };
  return {
    search: async (query) => need().search(parseOrThrow(SearchQuerySchema, query, '$query'), scope),
    suggest: async (text, limit = 10, kinds) => {
      const trimmed = text.trim();
      if (trimmed.length === 0) return [];
      const known = kinds === undefined ? undefined : parseOrThrow(SearchKindsSchema, kinds, '$.kinds');
      return need().suggest(trimmed.slice(0, 200), clamp(limit), scope, known);
    },
    similarPersons: async (names) => {
      if (names.length > MAX_SIMILAR_NAMES)
        throw new DomainError('validation.invalid', `at most ${MAX_SIMILAR_NAMES} names at a time`, [
          { code: 'validation.invalid', message: `${names.length} names given`, path: '$.names' },
        ]);
      const given = names.map((n) => n.trim()).filter((n) => n.length > 0 && n.length <= 1_000);
      return given.length === 0 ? [] : need().similarPersons(given, scope);
    },
    rebuildSearch: async (onProgress) => {
      assertAllowed(actor, 'import');
      return need().rebuild(onProgress);
    },
  };
}

function clamp(limit: number): number {
  if (!Number.isFinite(limit)) return DEFAULT_SEARCH_LIMIT;
  return Math.min(MAX_SEARCH_LIMIT, Math.max(1, Math.trunc(limit)));
}
