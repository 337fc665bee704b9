import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { createSuccessor } from '../../core/charge/charge-succession.service.ts';
import { parseOrThrow } from '../../core/common/zod-issues.ts';
import { createRecords } from '../../core/record/record.service.ts';
import type { ApiDeps } from '../app.ts';
import type { AppEnv } from '../env.ts';
import { ref } from '../openapi-schemas.ts';
import { documented, errors, etag, jsonOf, readJson } from '../route-kit.ts';
import { ManyEnvelopeSchema, presentStored, SuccessionEnvelopeSchema } from '../wire.ts';
import { inRecord } from './conflict.ts';
import { itemUrl } from './records.routes.ts';

/**
 * What charges have beyond any record: a charge that succeeds others (reclassified from, merged from, split off),
 * written with the steps handing them over, both sides of the lineage in one write; and several charges at once.
 */
export function chargeRoutes(app: OpenAPIHono<AppEnv>, deps: ApiDeps): void {
  documented(
    app,
    createRoute({
      method: 'post',
      path: '/api/charges/successions',
      tags: ['charges'],
      summary:
        'Creates a charge that succeeds others, and adds to each the step handing it over (reclassified, merged, split), all or nothing',
      request: {
        body: { required: true, content: { 'application/json': { schema: ref('SuccessionCreate') } } },
      },
      responses: {
        201: jsonOf('Succession', 'The charge created, and the earlier charges as they now are'),
        ...errors(400, 403, 409, 422),
      },
    }),
    async (c) => {
      const body = parseOrThrow(SuccessionEnvelopeSchema, await readJson(c));
      const session = deps.openSession(c.get('actor'));
      const written = await inRecord(() =>
        createSuccessor(
          session,
          body.record,
          body.handover,
          body.reason === undefined ? {} : { reason: body.reason },
        ),
      );
      c.header('Location', itemUrl('charge', written.charge.id));
      c.header('ETag', etag(written.charge.version));
      return c.json(
        { charge: presentStored(written.charge), predecessors: written.predecessors.map(presentStored) },
        201,
      );
    },
  );

  documented(
    app,
    createRoute({
      method: 'post',
      path: '/api/charges/batch',
      tags: ['charges'],
      summary: 'Creates several charges together (the charges of a case, typed in one form), all or nothing',
      request: {
        body: { required: true, content: { 'application/json': { schema: ref('ChargesCreate') } } },
      },
      responses: {
        201: jsonOf('ChargesCreated', 'The charges created, in the order given'),
        ...errors(400, 403, 409, 422),
      },
    }),
    async (c) => {
      const body = parseOrThrow(ManyEnvelopeSchema, await readJson(c));
      const session = deps.openSession(c.get('actor'));
      const created = await inRecord(() =>
        createRecords(
          session,
          'charge',
          body.records,
          body.reason === undefined ? {} : { reason: body.reason },
        ),
      );
      return c.json({ charges: created.map(presentStored) }, 201);
    },
  );
}
