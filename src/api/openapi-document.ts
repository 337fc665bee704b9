import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from './env.ts';
import { componentSchemas } from './openapi-schemas.ts';

/** Registers the named schemas (the core's records and the API's wrappers) the routes refer to. */
export function registerSchemas(app: OpenAPIHono<AppEnv>): void {
  for (const [name, schema] of Object.entries(componentSchemas()))
    app.openAPIRegistry.registerComponent('schemas', name, schema);
}

/** The OpenAPI 3.1 document of the API, generated from its routes; committed as docs/openapi.json. */
export function openApiDocument(app: OpenAPIHono<AppEnv>) {
  return app.getOpenAPI31Document({
    openapi: '3.1.0',
    info: {
      title: 'Casewatch API',
      version: '1',
      description:
        'Records of politically motivated prosecutions and their computed facts. Every request acts as a user (the public when signed out); what they may read and write is decided by the core, and what they may not read is absent. Errors are JSON with a stable code and the places of the problems. Edits carry the version they are based on (If-Match with the ETag, or `version` in the body): a stale one is a 409 that overwrites nothing.',
    },
  });
}

/** The document as committed: 2-space JSON and a final newline. */
export function renderOpenApiDocument(app: OpenAPIHono<AppEnv>): string {
  return JSON.stringify(openApiDocument(app), null, 2) + '\n';
}
