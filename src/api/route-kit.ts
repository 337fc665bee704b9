import { createHash } from 'node:crypto';
import type { OpenAPIHono, RouteConfig, RouteHandler } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { z } from 'zod';
import { toJsonPath } from '../core/common/zod-issues.ts';
import { DomainError, type Issue } from '../core/errors.ts';
import type { AppEnv } from './env.ts';
import { ref } from './openapi-schemas.ts';

/** A request's input failed its route's schema: a 400 naming each field (query, path) or JSON path (body). */
export function validationHook(result: { success: boolean; error?: z.ZodError; target: string }): void {
  if (result.success || result.error === undefined) return;
  const isBody = result.target === 'json' || result.target === 'form';
  const issues: Issue[] = result.error.issues.map((issue) => ({
    code: 'validation.invalid',
    message: issue.message,
    ...(isBody ? { path: toJsonPath('$', issue.path) } : { field: String(issue.path[0] ?? result.target) }),
  }));
  throw DomainError.fromIssues('validation.invalid', issues);
}

/** A place-naming 400 for one field. */
export function invalid(field: string, message: string): DomainError {
  return new DomainError('validation.invalid', message, [{ code: 'validation.invalid', message, field }]);
}

/** The request's JSON body, or a 400 saying it is not JSON. */
export async function readJson(c: Context<AppEnv>): Promise<unknown> {
  const text = await c.req.text();
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw invalid('body', 'the body must be JSON');
  }
}

/** A record's version as its entity tag. */
export function etag(version: number): string {
  return `"${version}"`;
}

/**
 * The entity tag of a record as one reader is sent it: its version, and a digest of the answer. Readers of one
 * version see different fields, so a tag another reader was given (a browser shared by an editor and then the
 * public) never passes for this reader's answer and gets no 304. If-Match takes the version from it.
 */
export function viewTag(version: number, answer: unknown): string {
  const digest = createHash('sha256').update(JSON.stringify(answer)).digest('base64url').slice(0, 16);
  return `"${version}.${digest}"`;
}

/**
 * The version an edit was based on: If-Match ("3", or W/"3"), else the version in the body; both, they must
 * agree. Neither is a 400: an edit must say what it changes, so that a stale one overwrites nothing.
 */
export function expectedVersion(ifMatch: string | undefined, inBody: number | undefined): number {
  let fromHeader: number | undefined;
  if (ifMatch !== undefined) {
    const match = /^\s*(?:W\/)?"?(\d{1,15})(?:\.[\w-]{1,64})?"?\s*$/.exec(ifMatch);
    if (!match?.[1]) throw invalid('If-Match', `If-Match must be the record's ETag ("3"), not ${ifMatch}`);
    fromHeader = Number(match[1]);
  }
  if (fromHeader !== undefined && inBody !== undefined && fromHeader !== inBody)
    throw invalid('If-Match', `If-Match says version ${fromHeader} but the body says ${inBody}`);
  const version = fromHeader ?? inBody;
  if (version === undefined)
    throw invalid(
      'If-Match',
      'say which version this edit is based on: If-Match with the ETag, or "version" in the body',
    );
  return version;
}

/** An opaque cursor for the page after the record with this id. */
export function encodeCursor(afterId: string): string {
  return Buffer.from(JSON.stringify({ after: afterId }), 'utf8').toString('base64url');
}

/** The id a cursor continues after, or a 400 naming the cursor. */
export function decodeCursor(cursor: string | undefined): string | undefined {
  if (cursor === undefined) return undefined;
  try {
    const value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (typeof value === 'object' && value !== null && 'after' in value && typeof value.after === 'string')
      return value.after;
  } catch {
    // fall through to the error below
  }
  throw invalid('cursor', 'cursor must be the `next` of a previous page, as it was given');
}

/** JSON content of a named schema, for a route's documentation. */
export function jsonOf(name: string, description: string) {
  return { description, content: { 'application/json': { schema: ref(name) } } };
}

/** The error answers a route can give, documented once. */
export function errors(...statuses: (400 | 403 | 404 | 409 | 422 | 503)[]) {
  const what: Record<number, string> = {
    400: 'Invalid input: the issues name each field or path',
    403: 'The acting user may not do this',
    404: 'No such record, or none the acting user may read',
    409: 'A stale version (record.conflict, with the current record) or a duplicate id',
    422: 'A record that breaks the rules across records (a reference to nothing, dates out of order)',
    503: 'The database is unavailable or busy',
  };
  return Object.fromEntries(statuses.map((s) => [s, jsonOf('Error', what[s] ?? 'An error')]));
}

/**
 * Registers a documented route. Its responses are documented by reference to the named schemas (generated by
 * zod from the core's), which give the framework no type to check an answer against, so the handler answers
 * with a Response; the presenters' types and the tests check what it holds.
 */
export function documented<R extends RouteConfig>(
  app: OpenAPIHono<AppEnv>,
  route: R,
  handler: (c: Parameters<RouteHandler<R, AppEnv>>[0]) => Promise<Response> | Response,
): void {
  app.openapi(route, handler);
}

/**
 * Registers a resource's wire shapes as named schemas of the OpenAPI document, so its routes refer to them and
 * the web client's generated types name them.
 */
export function registerSchemas(
  app: OpenAPIHono<AppEnv>,
  entries: readonly { id: string; schema: z.ZodType; description?: string }[],
): void {
  const reg = z.registry<{ id: string; description?: string }>();
  for (const { id, schema, description } of entries)
    reg.add(schema, { id, ...(description !== undefined ? { description } : {}) });
  const { schemas } = z.toJSONSchema(reg, {
    target: 'draft-2020-12',
    unrepresentable: 'any',
    uri: (id) => `#/components/schemas/${id}`,
  });
  for (const [name, schema] of Object.entries(schemas)) {
    const { $schema: _s, $id: _i, ...rest } = schema as Record<string, unknown>;
    app.openAPIRegistry.registerComponent('schemas', name, rest);
  }
}

/** The languages of the interface: answers that carry titles or labels give them in the one `?lang=` asks. */
export const LANGUAGES = ['en', 'ru', 'kk'] as const;
export type Language = (typeof LANGUAGES)[number];

/** `?lang=`: one of LANGUAGES, English when left out. */
export const langParam = (what: string) =>
  z.enum(LANGUAGES).optional().describe(`The language of ${what}: en (default), ru or kk.`);
