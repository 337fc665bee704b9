import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import { IdSchema } from '../../core/common/schemas.ts';
import { parseOrThrow } from '../../core/common/zod-issues.ts';
import { recordHistory } from '../../core/record/history.service.ts';
import { restoreRecord } from '../../core/record/record.service.ts';
import { RECORD_KINDS, type RecordKind } from '../../core/record/record-kinds.ts';
import type { ApiDeps } from '../app.ts';
import type { AppEnv } from '../env.ts';
import { ref, schemaName } from '../openapi-schemas.ts';
import { documented, errors, etag, jsonOf, readJson } from '../route-kit.ts';
import { presentStored, RestoreBodySchema } from '../wire.ts';
import { itemUrl } from './records.routes.ts';

const IdParams = z.object({ id: IdSchema });

/**
 * A record's history as the history service shows it to the acting user (versions they may not read withheld),
 * and the restore of one of its versions, a new revision (also of a deleted record).
 */
export function historyRoutes(app: OpenAPIHono<AppEnv>, deps: ApiDeps, kind: RecordKind): void {
  const collection = RECORD_KINDS[kind].collection;
  const tags = [collection];
  documented(
    app,
    createRoute({
      method: 'get',
      path: `/api/${collection}/{id}/history`,
      tags,
      summary: `Every revision of a ${kind}, oldest first, as the acting user may see it`,
      request: { params: IdParams },
      responses: { 200: jsonOf('History', 'The revisions'), ...errors(404) },
    }),
    async (c) => {
      const session = deps.openSession(c.get('actor'));
      return c.json({ entries: await recordHistory(session, kind, c.req.valid('param').id) }, 200);
    },
  );
  documented(
    app,
    createRoute({
      method: 'post',
      path: `/api/${collection}/{id}/restore`,
      tags,
      summary: `Brings back a ${kind} as it was at a version: a new revision, also after its deletion`,
      request: {
        params: IdParams,
        body: { required: true, content: { 'application/json': { schema: ref('Restore') } } },
      },
      responses: {
        200: jsonOf(schemaName.stored(kind), `The ${kind} restored, with its new version`),
        ...errors(400, 403, 404, 409),
      },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      const body = parseOrThrow(RestoreBodySchema, await readJson(c));
      const restored = await restoreRecord(deps.openSession(c.get('actor')), kind, id, body.version);
      c.header('ETag', etag(restored.version));
      c.header('Content-Location', itemUrl(kind, id));
      return c.json(presentStored(restored), 200);
    },
  );
}
