import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import type { ApiDeps } from '../app.ts';
import type { AppEnv } from '../env.ts';
import { DomainError } from '../../core/errors.ts';
import { describeArticle } from '../../core/law/article-description.ts';
import { lawVocabulary } from '../../core/law/law-vocabulary.ts';
import { DaySchema, localDay } from '../../core/dates/day.ts';
import type { ArticleDescriptionSchema, FoundArticlesSchema, LawVocabularySchema } from '../law-wire.ts';
import { LAW_SCHEMAS } from '../law-wire.ts';
import { documented, errors, jsonOf, registerSchemas } from '../route-kit.ts';

const JurisdictionSchema = z.object({
  code: z.string().describe('The jurisdiction code cases use (kz).'),
  names: z
    .record(z.string(), z.string())
    .optional()
    .describe('Its name by language, from the law data; absent when Casewatch holds no law data for it.'),
  hasLawData: z
    .boolean()
    .describe('Whether the law data (articles, penalties, procedural limits) covers it.'),
  cases: z.number().int().describe('How many cases the acting user may read are in it.'),
  timeZone: z
    .string()
    .optional()
    .describe('Its IANA time zone, from the law data: the day a case in it is "today" by ("Asia/Almaty").'),
});

const JurisdictionsSchema = z.object({ items: z.array(JurisdictionSchema) });

/**
 * The jurisdictions a list can be filtered by: those the law data covers and those the reader's cases are in
 * (a case in a jurisdiction without law data is still recorded, and still found).
 */
export function jurisdictionRoutes(app: OpenAPIHono<AppEnv>, deps: ApiDeps): void {
  documented(
    app,
    createRoute({
      method: 'get',
      path: '/api/jurisdictions',
      tags: ['law'],
      summary: 'Jurisdictions of the law data and of the cases the acting user may read',
      responses: {
        200: {
          description: 'By code',
          content: { 'application/json': { schema: JurisdictionsSchema } },
        },
      },
    }),
    async (c) => {
      const counted = await deps.openSession(c.get('actor')).jurisdictionCounts();
      const cases = new Map(counted.map((j) => [j.code, j.cases]));
      const codes = [...new Set([...deps.law.jurisdictions(), ...cases.keys()])].sort();
      const items = codes.map((code) => {
        const isHeld = deps.law.jurisdictions().includes(code);
        return {
          code,
          ...(isHeld ? { names: { ...deps.law.jurisdiction(code).names } as Record<string, string> } : {}),
          hasLawData: isHeld,
          cases: cases.get(code) ?? 0,
          ...(isHeld ? { timeZone: deps.law.timeZoneOf(code) } : {}),
        };
      });
      return c.json({ items } satisfies z.infer<typeof JurisdictionsSchema>, 200);
    },
  );
  articleRoute(app, deps);
  articleFinderRoute(app, deps);
  vocabularyRoute(app, deps);
}

/**
 * The articles whose titles hold the words typed ("mass riots", "массовые беспорядки"), for a form where a
 * source names the offence, not its number: public, as the law is; none for a jurisdiction without law data.
 */
function articleFinderRoute(app: OpenAPIHono<AppEnv>, deps: ApiDeps): void {
  documented(
    app,
    createRoute({
      method: 'get',
      path: '/api/jurisdictions/{jurisdiction}/articles',
      tags: ['law'],
      summary: "The criminal code's articles and parts whose titles, in any language, hold the words asked",
      request: {
        params: JurisdictionParams,
        query: z.object({
          q: z.string().min(1).max(200).describe('Words of the offence as a source names it.'),
        }),
      },
      responses: { 200: jsonOf('FoundArticles', 'Best first, at most eight'), ...errors(400) },
    }),
    (c) => {
      const { jurisdiction } = c.req.valid('param');
      const { q } = c.req.valid('query');
      const items = deps.law.findArticles(jurisdiction, q).map(({ part, articleTitles, ...found }) => ({
        ...found,
        ...(part !== undefined ? { part } : {}),
        ...(articleTitles !== undefined ? { articleTitles } : {}),
      }));
      c.header('Cache-Control', 'public, max-age=3600');
      return c.json({ items } satisfies z.infer<typeof FoundArticlesSchema>, 200);
    },
  );
}

const JurisdictionParams = z.object({
  jurisdiction: z.string().min(2).max(20).describe('The jurisdiction code (kz).'),
});

/** The words of a jurisdiction's law that forms offer: public, as the law is; 404 without law data for it. */
function vocabularyRoute(app: OpenAPIHono<AppEnv>, deps: ApiDeps): void {
  documented(
    app,
    createRoute({
      method: 'get',
      path: '/api/jurisdictions/{jurisdiction}/law',
      tags: ['law'],
      summary: "A jurisdiction's codes, restraint measures, sentence types and regimes from its law data",
      request: { params: JurisdictionParams },
      responses: { 200: jsonOf('LawVocabulary', 'By key, titled by language'), ...errors(400, 404) },
    }),
    (c) => {
      const { jurisdiction } = c.req.valid('param');
      const vocabulary = lawVocabulary(deps.law, jurisdiction);
      if (vocabulary === undefined)
        throw new DomainError('law.unknown_jurisdiction', `no law data for jurisdiction "${jurisdiction}"`);
      c.header('Cache-Control', 'public, max-age=3600');
      return c.json(vocabulary satisfies z.infer<typeof LawVocabularySchema>, 200);
    },
  );
}

const ArticleParams = z.object({
  jurisdiction: z.string().min(2).max(20).describe('The jurisdiction code (kz).'),
  article: z
    .string()
    .regex(/^\d{1,4}(-\d{1,2})?$/, { message: 'an article number such as 272 or 405-1' })
    .describe('The article number.'),
});
const ArticleQuery = z.object({
  code: z.string().min(1).max(20).optional().describe('The code (cc, the criminal code, unless given).'),
  part: z.string().min(1).max(10).optional().describe('The part; every part when left out.'),
  on: DaySchema.optional().describe(
    "The day the law is read as of (the act's date); when left out, today in the jurisdiction's time zone.",
  ),
});

/**
 * What the law data says of one article, for a form that shows it while a charge's article is typed: public,
 * as the law is. An article the data lacks is described (200, `known: unknown`), never a 404.
 */
function articleRoute(app: OpenAPIHono<AppEnv>, deps: ApiDeps): void {
  registerSchemas(app, LAW_SCHEMAS);
  documented(
    app,
    createRoute({
      method: 'get',
      path: '/api/jurisdictions/{jurisdiction}/articles/{article}',
      tags: ['law'],
      summary: "An article's titles, parts, penalties and gravity in the law data, as of a day",
      request: { params: ArticleParams, query: ArticleQuery },
      responses: { 200: jsonOf('ArticleDescription', 'What the law data holds of it'), ...errors(400) },
    }),
    (c) => {
      const { jurisdiction, article } = c.req.valid('param');
      const { code, part, on } = c.req.valid('query');
      const ref = { jurisdiction, code: code ?? 'cc', article, ...(part !== undefined ? { part } : {}) };
      // Today is a day in the jurisdiction: its law changes at its own midnight.
      const day = on ?? localDay(deps.clock.now(), deps.law.timeZoneOf(jurisdiction));
      const description = describeArticle(deps.law, ref, day);
      c.header('Cache-Control', 'public, max-age=3600');
      return c.json(description satisfies z.infer<typeof ArticleDescriptionSchema>, 200);
    },
  );
}
