import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import { IdSchema } from '../../core/common/schemas.ts';
import { caseMatrix, chargeElements } from '../../core/matrix/matrix.service.ts';
import { matrixCsv } from '../../exchange/matrix-csv.ts';
import type { ApiDeps } from '../app.ts';
import type { AppEnv } from '../env.ts';
import { ChargeElementsSchema, IndictmentMatrixSchema, MATRIX_SCHEMAS } from '../matrix-wire.ts';
import { documented, errors, jsonOf, langParam, registerSchemas } from '../route-kit.ts';

const tags = ['matrix'];
const IdParams = z.object({ id: IdSchema });
const LangQuery = z.object({ lang: langParam('the titles') });

/** An answer as its wire schema says: the core's shapes are checked against the documented ones here. */
const wire = <S extends z.ZodType>(_schema: S, value: z.input<S>) => value;

/** A file name from a case id: letters, digits, dots and dashes only. */
const fileNameOf = (caseId: string) => `matrix-${caseId.replace(/[^A-Za-z0-9.-]+/g, '-')}.csv`;

/**
 * The indictment matrix of a case, as JSON and as CSV, and the elements of a charge's offence: each read
 * through the acting user's session, so a reader sees only what they may and is told when records are withheld.
 */
export function matrixRoutes(app: OpenAPIHono<AppEnv>, deps: ApiDeps): void {
  registerSchemas(app, MATRIX_SCHEMAS);
  const matrixOf = (c: { get: (k: 'actor') => AppEnv['Variables']['actor'] }, id: string) =>
    caseMatrix({ session: deps.openSession(c.get('actor')), law: deps.law }, id);
  documented(
    app,
    createRoute({
      method: 'get',
      path: '/api/cases/{id}/matrix',
      tags,
      summary:
        "The indictment matrix: each charge's elements × the allegations × the evidence, with the gaps",
      request: { params: IdParams },
      responses: {
        200: jsonOf('IndictmentMatrix', 'The matrix as the acting user may see it'),
        ...errors(400, 404),
      },
    }),
    async (c) => c.json(wire(IndictmentMatrixSchema, await matrixOf(c, c.req.valid('param').id))),
  );
  documented(
    app,
    createRoute({
      method: 'get',
      path: '/api/cases/{id}/matrix.csv',
      tags,
      summary:
        'The indictment matrix as CSV: one row per charge, element, allegation and evidence, with gap flags',
      request: { params: IdParams, query: LangQuery },
      responses: {
        200: { description: 'The CSV file', content: { 'text/csv': { schema: { type: 'string' } } } },
        ...errors(400, 404),
      },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      const csv = matrixCsv(await matrixOf(c, id), c.req.valid('query').lang ?? 'en');
      c.header('Content-Type', 'text/csv; charset=utf-8');
      c.header('Content-Disposition', `attachment; filename="${fileNameOf(id)}"`);
      c.header('X-Content-Type-Options', 'nosniff');
      return c.body(csv, 200);
    },
  );
  documented(
    app,
    createRoute({
      method: 'get',
      path: '/api/charges/{id}/elements',
      tags,
      summary:
        "The elements of a charge's offence as the law data holds them on its day, titled in one language",
      request: { params: IdParams, query: LangQuery },
      responses: { 200: jsonOf('ChargeElements', "The offence's elements"), ...errors(400, 404) },
    }),
    async (c) =>
      c.json(
        wire(
          ChargeElementsSchema,
          await chargeElements(
            { session: deps.openSession(c.get('actor')), law: deps.law },
            c.req.valid('param').id,
            c.req.valid('query').lang ?? 'en',
          ),
        ),
      ),
  );
}
