import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { z } from 'zod';
import type { AppEnv } from '../env.ts';
import { documented, errors, invalid } from '../route-kit.ts';

const tags = ['auth'];

/** What the OpenAPI document says of one route under /api/auth. */
export interface AuthRouteSpec {
  method: 'get' | 'post' | 'put' | 'delete';
  /** Hono's form (`/api/auth/users/:name`); the document gets `{name}`. */
  path: string;
  summary: string;
  /** The JSON body, documented only: the handler parses it with `bodyOf`, so errors keep their shape. */
  body?: z.ZodType;
  query?: Record<string, string>;
  ok: { status: 200 | 201 | 204; description: string };
  fails: (400 | 403 | 404 | 409 | 422 | 503)[];
}

/** The JSON Schema of a body as sent (input), without the dialect line, for the document. */
function bodySchema(schema: z.ZodType): { type: 'object' } {
  const { $schema: _dialect, ...json } = z.toJSONSchema(schema, { io: 'input' });
  // OpenAPI 3.1 takes JSON Schema 2020-12 as it is; zod's type for it is wider than the framework's own.
  return json as { type: 'object' };
}

/**
 * Registers a route under /api/auth in the OpenAPI document and on the app. Bodies and answers are documented
 * as JSON Schema, not validated by the framework: the handlers check bodies against the same zod schemas.
 */
export function authRoute(
  app: OpenAPIHono<AppEnv>,
  spec: AuthRouteSpec,
  handler: (c: Context<AppEnv>) => Promise<Response> | Response,
): void {
  const names = [...spec.path.matchAll(/:(\w+)/g)].map((m) => m[1] as string);
  const route = createRoute({
    method: spec.method,
    path: spec.path.replace(/:(\w+)/g, '{$1}'),
    tags,
    summary: spec.summary,
    request: {
      ...(names.length > 0
        ? { params: z.object(Object.fromEntries(names.map((n) => [n, z.string().min(1)]))) }
        : {}),
      ...(spec.query !== undefined
        ? {
            query: z.object(
              Object.fromEntries(
                Object.entries(spec.query).map(([n, what]) => [n, z.string().optional().describe(what)]),
              ),
            ),
          }
        : {}),
      ...(spec.body !== undefined
        ? { body: { required: true, content: { 'application/json': { schema: bodySchema(spec.body) } } } }
        : {}),
    },
    responses: {
      [spec.ok.status]:
        spec.ok.status === 204
          ? { description: spec.ok.description }
          : {
              description: spec.ok.description,
              content: { 'application/json': { schema: { type: 'object' } } },
            },
      ...errors(...spec.fails),
    },
  });
  documented(app, route, handler);
}

/** A path parameter the route's path names (always there when the route matched). */
export function pathParam(c: Context<AppEnv>, name: string): string {
  const value = c.req.param(name);
  if (value === undefined) throw invalid(name, `the path has no ${name}`);
  return value;
}
