import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import type { AppEnv } from '../env.ts';
import { openApiDocument } from '../openapi-document.ts';
import { documented } from '../route-kit.ts';

const tags = ['service'];

/** That the server answers, and the API's own OpenAPI document. */
export function metaRoutes(app: OpenAPIHono<AppEnv>): void {
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/health',
      tags,
      summary: 'Whether the server answers',
      responses: {
        200: {
          description: 'It does',
          content: { 'application/json': { schema: z.object({ status: z.literal('ok') }) } },
        },
      },
    }),
    (c) => c.json({ status: 'ok' as const }, 200),
  );
  documented(
    app,
    createRoute({
      method: 'get',
      path: '/api/openapi.json',
      tags,
      summary: 'This document (OpenAPI 3.1), generated from the routes',
      responses: {
        200: { description: 'The document', content: { 'application/json': { schema: { type: 'object' } } } },
      },
    }),
    (c) => c.json(openApiDocument(app), 200),
  );
}
