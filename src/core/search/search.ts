import { z } from 'zod';
import type { ReadScope } from '../ports.ts';

/**
 * The search contract: what a reader may ask and what comes back, the same for the CLI, the API and the web
 * application, over any provider (SQLite FTS5, PostgreSQL full-text). The index holds generic entries: a
 * document's pages are entries of its source record, so a hit on one is a source hit that names the page.
 */

/** The kinds of record search finds. */
export const SEARCH_KINDS = [
  'person',
  'organisation',
  'case',
  'charge',
  'event',
  'hearing',
  'source',
] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];
/** The kinds a query may name, at most each once over. */
export const SearchKindsSchema = z.array(z.enum(SEARCH_KINDS)).max(SEARCH_KINDS.length);

/** The facets counted over what the reader may see: each a list of values with how many hits carry it. */
export const FACET_NAMES = [
  'kind',
  'jurisdiction',
  'article',
  'status',
  'measure',
  'organisation',
  'year',
] as const;
export type FacetName = (typeof FACET_NAMES)[number];

/** The most hits one page may carry, and how many it carries unless asked. */
export const MAX_SEARCH_LIMIT = 100;
export const DEFAULT_SEARCH_LIMIT = 20;

const IsoDay = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'a day, month or year: YYYY[-MM[-DD]]');

/** A search as asked: the text, filters by facet, a date range (ISO days), the cursor of the page wanted. */
export const SearchQuerySchema = z
  .object({
    text: z.string().max(1_000),
    kinds: SearchKindsSchema.optional(),
    jurisdiction: z.string().min(1).max(100).optional(),
    article: z.string().min(1).max(100).optional(),
    status: z.string().min(1).max(100).optional(),
    measure: z.string().min(1).max(100).optional(),
    organisation: z.string().min(1).max(200).optional(),
    from: IsoDay.optional(),
    to: IsoDay.optional(),
    cursor: z.string().min(1).max(1_000).optional(),
    limit: z.number().int().min(1).max(MAX_SEARCH_LIMIT).optional(),
  })
  .strict();
export type SearchQuery = z.infer<typeof SearchQuerySchema>;

/** One piece of a snippet: plain text (never HTML; the UI escapes it) and whether it is what matched. */
export interface SnippetSegment {
  text: string;
  hit: boolean;
}

/** How a hit matched: a name's exact key, a name's loose key (vowels aside), or words of text. */
export type MatchKind = 'exact' | 'loose' | 'text';

/** One record found, with where and how it matched; the best first. */
export interface SearchHit {
  kind: SearchKind;
  id: string;
  caseId?: string;
  title: string;
  snippet: SnippetSegment[];
  /** The field it matched in ('names', 'title', 'article', 'page', …): never one the reader may not see. */
  field: string;
  /** For a document's hit in its text (field 'page'): the page the snippet is from, counted from 1. */
  page?: number;
  /** With `page`: how many of the document's pages the query found, that page among them. */
  pagesFound?: number;
  match: MatchKind;
  score: number;
}

/** One value of a facet and how many of the hits carry it. */
export interface FacetCount {
  value: string;
  count: number;
}

/**
 * A page of hits, the facets over all hits (not just the page), and the cursor of the next page if any. A page
 * may hold fewer hits than asked and still have a next one: a broad search examines a bounded number of entries
 * for each page.
 */
export interface SearchPage {
  hits: SearchHit[];
  facets: Record<FacetName, FacetCount[]>;
  total: number;
  /**
   * The search found more than it counts: `total` and the facets count the records of the first entries found
   * (in the index's order), so the total is at least that. Paging by the cursor still reaches every hit.
   */
  totalIsLowerBound: boolean;
  next?: string;
}

/** A suggestion as the reader types: a record whose name or title begins with the text. */
export interface Suggestion {
  kind: SearchKind;
  id: string;
  label: string;
}

/** A person who may be the one about to be created: their names, and whether a name matched exactly or loosely. */
export interface SimilarPerson {
  id: string;
  names: string[];
  match: 'exact' | 'loose';
}

/**
 * The index as the core reads it (a port; the providers live in src/store/search/). Every call takes the
 * reader's scope and filters by it in SQL, records and fields alike: an entry of a field the reader may not see
 * is never matched, shown or counted.
 */
export interface SearchIndex {
  search(query: SearchQuery, scope: ReadScope): Promise<SearchPage>;
  /** Only records of `kinds` when given (a picker of organisations asks for organisations only). */
  suggest(
    text: string,
    limit: number,
    scope: ReadScope,
    kinds?: readonly SearchKind[],
  ): Promise<Suggestion[]>;
  similarPersons(names: readonly string[], scope: ReadScope): Promise<SimilarPerson[]>;
}

/** Progress of a rebuild: records indexed so far, of how many. */
export type RebuildProgress = (done: number, total: number) => void;

/** Rebuilding the index from the records, in one transaction: what `casewatch search rebuild` calls. */
export interface SearchIndexMaintenance {
  rebuild(onProgress?: RebuildProgress): Promise<{ records: number; entries: number }>;
}
