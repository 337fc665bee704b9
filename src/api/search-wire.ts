import { z } from 'zod';
import { IdSchema } from '../core/common/schemas.ts';
import { SEARCH_KINDS } from '../core/search/search.ts';

/**
 * The wire shapes of search: what GET /api/search, GET /api/search/suggest and POST /api/persons/similar take and
 * give. They mirror the core's search contract (src/core/search/search.ts); the routes check the core's answers
 * against them by type, so a change on either side breaks the build.
 */

const SearchKindSchema = z.enum(SEARCH_KINDS);

/** Where and how well a query matched. */
const MatchSchema = z.enum(['exact', 'loose', 'text']);

/** One part of a snippet: plain text, and whether it is what the query matched (never HTML). */
const SegmentSchema = z.object({ text: z.string(), hit: z.boolean() });

export const SearchHitSchema = z.object({
  kind: SearchKindSchema,
  id: IdSchema,
  caseId: IdSchema.optional().describe('The case the record belongs to, for the records of a case.'),
  title: z.string(),
  snippet: z
    .array(SegmentSchema)
    .describe(
      'The text around the match, in segments; the `hit` ones are what matched. Plain text, never HTML.',
    ),
  field: z.string().describe('The field that matched (names, title, summary, article, page…).'),
  page: z
    .number()
    .int()
    .positive()
    .optional()
    .describe(
      'For a document found by its text (field `page`): the page of the document the snippet is from; the viewer opens it at /documents/{id}?page=N.',
    ),
  pagesFound: z
    .number()
    .int()
    .positive()
    .optional()
    .describe("With `page`: how many of the document's pages the query found, that page among them."),
  match: MatchSchema.describe('exact: the same spelling; loose: another form of the name; text: words.'),
  score: z.number(),
});

const FacetSchema = z.array(z.object({ value: z.string(), count: z.number().int() }));

export const SearchPageSchema = z.object({
  hits: z.array(SearchHitSchema),
  facets: z.object({
    kind: FacetSchema,
    jurisdiction: FacetSchema,
    article: FacetSchema,
    status: FacetSchema,
    measure: FacetSchema,
    organisation: FacetSchema,
    year: FacetSchema,
  }),
  total: z.number().int(),
  totalIsLowerBound: z
    .boolean()
    .describe(
      'The search found more than it counts: `total` and the facets count the records of the first entries found, so there are at least `total`. Paging by `next` still reaches every hit.',
    ),
  next: z
    .string()
    .optional()
    .describe(
      'Pass as `cursor` for the next page; absent on the last. A page may hold fewer hits than asked and still have a next one.',
    ),
});

export const SuggestionsSchema = z.object({
  suggestions: z.array(z.object({ kind: SearchKindSchema, id: IdSchema, label: z.string() })),
});

export const SimilarPersonsBodySchema = z.object({
  names: z
    .array(z.string().max(500))
    .min(1)
    .max(20)
    .describe('The names as typed so far, in any script and spelling.'),
});

export const SimilarPersonsSchema = z.object({
  persons: z.array(z.object({ id: IdSchema, names: z.array(z.string()), match: z.enum(['exact', 'loose']) })),
});

/** The search shapes as the OpenAPI document names them. */
export const SEARCH_SCHEMAS = [
  { id: 'SearchHit', schema: SearchHitSchema, description: 'One record a search found.' },
  {
    id: 'SearchPage',
    schema: SearchPageSchema,
    description: 'A page of search results with the counts of each facet over all of them.',
  },
  { id: 'Suggestions', schema: SuggestionsSchema, description: 'Records whose name or title starts so.' },
  {
    id: 'SimilarPersonsQuery',
    schema: SimilarPersonsBodySchema,
    description: 'The names of a person not yet recorded.',
  },
  {
    id: 'SimilarPersons',
    schema: SimilarPersonsSchema,
    description: 'Recorded persons who may be the same person.',
  },
] as const;
