import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { stream } from 'hono/streaming';
import { z } from 'zod';
import { assertAllowed } from '../../core/access/policy.ts';
import { exportRecords, type ExportMode } from '../../core/record/export.service.ts';
import { importBundle } from '../../core/record/import.service.ts';
import { IMPORT_MODES } from '../../core/record/import-report.ts';
import { readBundle } from '../../exchange/bundle-reader.ts';
import { writeBundle } from '../../exchange/bundle-writer.ts';
import type { ApiDeps } from '../app.ts';
import type { AppEnv } from '../env.ts';
import { documented, errors, invalid, jsonOf } from '../route-kit.ts';

const tags = ['import and export'];
const bundle = (description: string) => ({
  description,
  content: {
    'application/json': {
      schema: { type: 'object' as const, description: 'A case bundle (docs/BUNDLE.md).' },
    },
  },
});

/**
 * Bundles in and out: an import (all or nothing; `dryRun=true` reports errors and warnings with their places and
 * writes nothing), the full backup for admins, and the open data the public may see. The core decides who may.
 */
export function exchangeRoutes(
  app: OpenAPIHono<AppEnv>,
  deps: ApiDeps,
  report: (error: unknown) => void,
): void {
  documented(
    app,
    createRoute({
      method: 'post',
      path: '/api/import',
      tags,
      summary: 'Imports a case bundle, all or nothing; with dryRun=true, only says what it would do',
      request: {
        query: z.object({
          dryRun: z.enum(['true', 'false']).optional().describe('true: check everything, write nothing.'),
          mode: z
            .enum(IMPORT_MODES as ['merge', 'create'])
            .optional()
            .describe('merge (default) or create.'),
          reason: z
            .string()
            .trim()
            .min(1)
            .max(500)
            .optional()
            .describe('Why the records are written, kept with each revision; "import" when not given.'),
        }),
        body: { required: true, ...bundle('The bundle') },
      },
      responses: {
        200: jsonOf('ImportReport', 'What the import did, or would do, with its warnings'),
        ...errors(400, 403, 409, 422),
      },
    }),
    async (c) => {
      const query = c.req.valid('query');
      const body = c.req.raw.body;
      if (body === null) throw invalid('body', 'send the bundle as the body');
      const report = await importBundle(
        { session: deps.openSession(c.get('actor')), law: deps.law },
        readBundle(body as AsyncIterable<Uint8Array>),
        {
          mode: query.mode ?? 'merge',
          dryRun: query.dryRun === 'true',
          ...(query.reason !== undefined ? { reason: query.reason } : {}),
        },
      );
      return c.json(report, 200);
    },
  );

  const exportRoute = (path: string, mode: ExportMode, summary: string) =>
    documented(
      app,
      createRoute({
        method: 'get',
        path,
        tags,
        summary,
        responses: { 200: bundle('The bundle, streamed'), ...errors(403, 503) },
      }),
      (c) => {
        const session = deps.openSession(c.get('actor'));
        // Refused before a byte is sent: a backup holds what only admins may read.
        if (mode === 'backup') assertAllowed(session.actor, 'export');
        c.header('Content-Type', 'application/json; charset=utf-8');
        c.header('Content-Disposition', `attachment; filename="casewatch-${mode}.json"`);
        return stream(
          c,
          async (out) => {
            await exportRecords(session, mode, (reader) =>
              writeBundle(reader, async (chunk) => void (await out.write(chunk)), {
                exportedAt: deps.clock.now(),
              }),
            );
          },
          // Past the first byte the status is sent: the bundle ends unfinished (invalid JSON), and it is told.
          (error) => Promise.resolve(report(error)),
        );
      },
    );
  exportRoute('/api/export', 'backup', 'Every record and every field, as one bundle: a backup (admins only)');
  exportRoute('/api/open-data', 'open-data', 'What the public may see, as one bundle (open data)');
}
