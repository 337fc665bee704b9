import createClient, { type Middleware } from 'openapi-fetch';
import type { components, paths } from './api-schema.d.ts';

/** The wire shapes of the committed OpenAPI document, generated: a schema change breaks the build here. */
export type ApiSchemas = components['schemas'];

/** One problem the API found in a request, with the place it names (`$.record.names[0].value`, or a field). */
export type ApiIssue = ApiSchemas['Issue'];

let csrfToken: string | undefined;

/** Keeps the CSRF token the sign-in or /api/auth/me gave; every change made with the session cookie carries it. */
export function setCsrfToken(token: string | undefined): void {
  csrfToken = token;
}

/** The CSRF header for a change the generated client does not type (the /api/auth routes). */
export function csrfHeaders(): Record<string, string> {
  return csrfToken !== undefined ? { 'X-CSRF-Token': csrfToken } : {};
}

const CHANGES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

const csrf: Middleware = {
  onRequest({ request }) {
    if (CHANGES.has(request.method) && csrfToken !== undefined)
      request.headers.set('X-CSRF-Token', csrfToken);
    return request;
  },
};

/** The typed client of the API (same origin): sends the session cookie, and the CSRF token on every change. */
export const api = createClient<paths>({
  credentials: 'same-origin',
  headers: { Accept: 'application/json' },
});
api.use(csrf);

/** The ETag of a record's version, as If-Match wants it back. */
export function ifMatch(version: number): string {
  return `"${version}"`;
}
