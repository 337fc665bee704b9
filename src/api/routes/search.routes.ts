import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import { parseOrThrow } from '../../core/common/zod-issues.ts';
import { DaySchema } from '../../core/dates/day.ts';
import {
  DEFAULT_SEARCH_LIMIT,
  MAX_SEARCH_LIMIT,
  SEARCH_KINDS,
  type SearchKind,
  type SearchQuery,
} from '../../core/search/search.ts';
import type { ApiDeps } from '../app.ts';
import type { AppEnv } from '../env.ts';
import { ref } from '../openapi-schemas.ts';
import { documented, errors, invalid, jsonOf, readJson, registerSchemas } from '../route-kit.ts';
import {
  SEARCH_SCHEMAS,
  SearchPageSchema,
  SimilarPersonsBodySchema,
  SimilarPersonsSchema,
  SuggestionsSchema,
} from '../search-wire.ts';

const tags = ['search'];

/** How many hits a page holds when the query names none, and the most it may name. */
const PAGE = { default: DEFAULT_SEARCH_LIMIT, max: MAX_SEARCH_LIMIT } as const;
/** How many suggestions an answer holds when the query names none, and the most. */
const SUGGEST = { default: 8, max: 20 } as const;

const Filter = (what: string) => z.string().min(1).max(200).optional().describe(what);
const Kinds = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .describe(`Only records of these kinds (${SEARCH_KINDS.join(', ')}): repeat it, or separate with commas.`);

const SearchParams = z.object({
  q: z
    .string()
    .min(1)
    .max(500)
    .describe('What to look for: a name in any script or spelling, an article, words, "a phrase".'),
  kind: Kinds,
  jurisdiction: Filter('Only records of cases in this jurisdiction (kz).'),
  article: Filter('Only records with a charge under this article (272, 272-1).'),
  status: Filter("Only records of cases whose status today is this (the facet's value)."),
  measure: Filter('Only records of cases with a restraint measure of this kind (custody, house_arrest).'),
  organisation: Filter('Only records of cases this organisation takes part in (its id).'),
  from: DaySchema.optional().describe('Only records dated on or after this day (YYYY-MM-DD).'),
  to: DaySchema.optional().describe('Only records dated on or before this day (YYYY-MM-DD).'),
  cursor: z.string().max(2000).optional().describe('The `next` of the previous page.'),
  limit: z.string().optional().describe(`1 to ${PAGE.max} hits a page (${PAGE.default} unless said).`),
});

const SuggestParams = z.object({
  q: z.string().min(1).max(200).describe('The beginning of a name or title, as typed so far.'),
  kind: Kinds,
  limit: z.string().optional().describe(`1 to ${SUGGEST.max} suggestions (${SUGGEST.default} unless said).`),
  lang: z
    .string()
    .regex(/^[a-z]{2,3}$/, { message: 'a language code such as ru or kk' })
    .optional()
    .describe(
      "The reader's language: persons and organisations are named in it where they have a name in it.",
    ),
});

/** A whole number from the query within 1..max, the default when absent; a 400 naming the field otherwise. */
function countOf(field: string, given: string | undefined, limits: { default: number; max: number }): number {
  if (given === undefined) return limits.default;
  const n = /^\d{1,4}$/.test(given) ? Number(given) : NaN;
  if (!(n >= 1 && n <= limits.max))
    throw invalid(field, `${field} must be a whole number from 1 to ${limits.max}`);
  return n;
}

/** The kinds a query names (repeated, or separated by commas); an unknown one is a 400 naming `kind`. */
function kindsOf(given: string | string[] | undefined): SearchKind[] | undefined {
  if (given === undefined) return undefined;
  const names = (Array.isArray(given) ? given : [given]).flatMap((k) => k.split(',')).map((k) => k.trim());
  const kinds = names.filter((k) => k !== '');
  for (const kind of kinds)
    if (!(SEARCH_KINDS as readonly string[]).includes(kind))
      throw invalid('kind', `kind must be one of ${SEARCH_KINDS.join(', ')}, not "${kind}"`);
  return kinds.length > 0 ? (kinds as SearchKind[]) : undefined;
}

const FILTERS = ['jurisdiction', 'article', 'status', 'measure', 'organisation', 'from', 'to'] as const;

/** An answer as its wire schema says: the core's shapes are checked against the documented ones here. */
const wire = <S extends z.ZodType>(_schema: S, value: z.input<S>) => value;

/** The core's query from the route's parameters: only what was given. */
function queryOf(params: z.infer<typeof SearchParams>): SearchQuery {
  const { q, kind, cursor, limit, ...filters } = params;
  if (filters.from !== undefined && filters.to !== undefined && filters.from > filters.to)
    throw invalid('from', `from (${filters.from}) is after to (${filters.to})`);
  const kinds = kindsOf(kind);
  const query: SearchQuery = { text: q, limit: countOf('limit', limit, PAGE) };
  for (const key of FILTERS) {
    const value = filters[key];
    if (value !== undefined) query[key] = value;
  }
  return {
    ...query,
    ...(kinds !== undefined ? { kinds } : {}),
    ...(cursor !== undefined ? { cursor } : {}),
  };
}

/**
 * Search as the acting user may see it: ranked hits with their snippets and facets, suggestions as a name is
 * typed, and the persons already recorded who may be the one about to be. Each asks the session, which reads
 * only the records and fields the user may read.
 */
export function searchRoutes(app: OpenAPIHono<AppEnv>, deps: ApiDeps): void {
  registerSchemas(app, SEARCH_SCHEMAS);
  documented(
    app,
    createRoute({
      method: 'get',
      path: '/api/search',
      tags,
      summary: 'Records the acting user may read that match the query, ranked, with snippets and facets',
      request: { query: SearchParams },
      responses: { 200: jsonOf('SearchPage', 'A page of hits'), ...errors(400) },
    }),
    async (c) => {
      const page = await deps.openSession(c.get('actor')).search(queryOf(c.req.valid('query')));
      return c.json(wire(SearchPageSchema, page), 200);
    },
  );
  documented(
    app,
    createRoute({
      method: 'get',
      path: '/api/search/suggest',
      tags,
      summary: 'Records whose name or title begins with what was typed, as the acting user may see them',
      request: { query: SuggestParams },
      responses: { 200: jsonOf('Suggestions', 'The suggestions, best first'), ...errors(400) },
    }),
    async (c) => {
      const { q, limit, kind, lang } = c.req.valid('query');
      const session = deps.openSession(c.get('actor'));
      const suggestions = await session.suggest(q, countOf('limit', limit, SUGGEST), kindsOf(kind), lang);
      return c.json(wire(SuggestionsSchema, { suggestions }), 200);
    },
  );
  documented(
    app,
    createRoute({
      method: 'post',
      path: '/api/persons/similar',
      tags: [...tags, 'persons'],
      summary: 'Recorded persons, as the acting user may see them, whose names may be these names',
      request: {
        body: { required: true, content: { 'application/json': { schema: ref('SimilarPersonsQuery') } } },
      },
      responses: { 200: jsonOf('SimilarPersons', 'The persons, surest first'), ...errors(400) },
    }),
    async (c) => {
      const { names } = parseOrThrow(SimilarPersonsBodySchema, await readJson(c));
      const typed = names.map((n) => n.trim()).filter((n) => n !== '');
      const session = deps.openSession(c.get('actor'));
      const persons = typed.length > 0 ? await session.similarPersons(typed) : [];
      return c.json(wire(SimilarPersonsSchema, { persons }), 200);
    },
  );
}
