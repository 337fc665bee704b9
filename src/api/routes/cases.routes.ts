import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import { caseFacts } from '../../core/case/case-facts.service.ts';
import { presentCaseFacts } from '../../core/case/case-facts.presenter.ts';
import { presentCaseFile } from '../../core/case/case.presenter.ts';
import { getCaseFile } from '../../core/case/case.service.ts';
import { searchCases } from '../../core/case/case-search.service.ts';
import { IdSchema } from '../../core/common/schemas.ts';
import { checkAsOf } from '../../core/dates/day.ts';
import type { ApiDeps } from '../app.ts';
import { AnswerCache } from '../answer-cache.ts';
import type { AppEnv } from '../env.ts';
import { documented, errors, jsonOf } from '../route-kit.ts';
import { caseListRequest, CaseListQuerySchema, encodeSortCursor } from '../list-query.ts';

const tags = ['cases'];
const AsOfQuery = z.object({
  asOf: z
    .string()
    .optional()
    .describe('A day YYYY-MM-DD: the case as known then (default: today in its jurisdiction).'),
});
const IdParams = z.object({ id: IdSchema });

/** A presenter's output, documented by what it holds (its shape is the core presenter's). */
const presented = (description: string) => ({
  description,
  content: { 'application/json': { schema: { type: 'object' as const, description } } },
});

/**
 * The cases as readers see them: a page of summaries (filtered and sorted, an opaque cursor),
 * the case file with everything that hangs on it, and its computed facts as of a day.
 */
export function caseRoutes(app: OpenAPIHono<AppEnv>, deps: ApiDeps): void {
  const answers = new AnswerCache(() => deps.clock.now());
  documented(
    app,
    createRoute({
      method: 'get',
      path: '/api/cases',
      tags,
      summary:
        'A page of the cases the acting user may read, filtered and sorted (by id unless said), with their defendants',
      request: {
        query: CaseListQuerySchema,
      },
      responses: { 200: jsonOf('CaseList', 'A page of cases'), ...errors(400) },
    }),
    async (c) => {
      const request = caseListRequest(c.req.valid('query'));
      const session = deps.openSession(c.get('actor'));
      // Kept while no record changes (and for the hour: status today moves with the day), as the case pages are.
      return answers.json(c, session, async () => {
        const page = await searchCases({ session, law: deps.law, clock: deps.clock }, request);
        const next = page.next;
        return {
          cases: page.cases,
          ...(page.isPartial ? { partial: true } : {}),
          ...(next !== undefined
            ? { next: encodeSortCursor(next, request.sort ?? 'id', request.direction ?? 'asc') }
            : {}),
        };
      });
    },
  );
  documented(
    app,
    createRoute({
      method: 'get',
      path: '/api/cases/{id}',
      tags,
      summary: 'The case file: the case with its charges, measures, hearings, decisions, persons and sources',
      request: { params: IdParams, query: AsOfQuery },
      responses: { 200: presented('The case file as the acting user may see it'), ...errors(400, 404) },
    }),
    async (c) => {
      const asOf = checkAsOf(c.req.valid('query').asOf, 'asOf');
      const session = deps.openSession(c.get('actor'));
      return answers.json(c, session, async () =>
        presentCaseFile(
          await getCaseFile(session, c.req.valid('param').id),
          deps.law,
          asOf !== undefined ? { asOf } : {},
        ),
      );
    },
  );
  documented(
    app,
    createRoute({
      method: 'get',
      path: '/api/cases/{id}/facts',
      tags,
      summary: 'The computed facts of a case as of a day: status, days detained, credit, exposure, warnings',
      request: { params: IdParams, query: AsOfQuery },
      responses: {
        200: presented('The facts, and what is withheld from the acting user'),
        ...errors(400, 404),
      },
    }),
    async (c) => {
      const asOf = checkAsOf(c.req.valid('query').asOf, 'asOf');
      const session = deps.openSession(c.get('actor'));
      return answers.json(c, session, async () =>
        presentCaseFacts(await caseFacts({ ...deps, session }, c.req.valid('param').id, asOf)),
      );
    },
  );
}
