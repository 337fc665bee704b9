import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { changeMeasure } from '../../core/measure/measure-change.service.ts';
import { parseOrThrow } from '../../core/common/zod-issues.ts';
import type { ApiDeps } from '../app.ts';
import type { AppEnv } from '../env.ts';
import { ref } from '../openapi-schemas.ts';
import { documented, errors, etag, jsonOf, readJson } from '../route-kit.ts';
import { MeasureChangeEnvelopeSchema, presentStored } from '../wire.ts';
import { inRecord } from './conflict.ts';
import { itemUrl } from './records.routes.ts';

/**
 * What measures have beyond any record: a measure that replaces another (custody changed to house arrest),
 * written with the "changed" step on the one it replaces, in one write.
 */
export function measureRoutes(app: OpenAPIHono<AppEnv>, deps: ApiDeps): void {
  documented(
    app,
    createRoute({
      method: 'post',
      path: '/api/measures/changes',
      tags: ['measures'],
      summary:
        'Creates a measure that replaces another, and adds to that one the "changed" step naming it, all or nothing',
      request: {
        body: { required: true, content: { 'application/json': { schema: ref('MeasureChangeCreate') } } },
      },
      responses: {
        201: jsonOf('ChangedMeasure', 'The measure created, and the one it replaces as it now is'),
        ...errors(400, 403, 404, 409, 422),
      },
    }),
    async (c) => {
      const body = parseOrThrow(MeasureChangeEnvelopeSchema, await readJson(c));
      const session = deps.openSession(c.get('actor'));
      const written = await inRecord(() =>
        changeMeasure(
          session,
          body.record,
          body.change,
          body.reason === undefined ? {} : { reason: body.reason },
        ),
      );
      c.header('Location', itemUrl('measure', written.measure.id));
      c.header('ETag', etag(written.measure.version));
      return c.json(
        { measure: presentStored(written.measure), predecessor: presentStored(written.predecessor) },
        201,
      );
    },
  );
}
