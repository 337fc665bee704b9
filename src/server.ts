import { serve, type ServerType } from '@hono/node-server';
import { DomainError } from './core/errors.ts';
import { createApp } from './api/app.ts';
import { openSession } from './core/access/session.ts';
import type { LegalKnowledge } from './core/law/legal-knowledge.ts';
import type { Store } from './core/ports.ts';
import { nodeAccountDeps } from './node-secrets.ts';
import { SYSTEM_CLOCK } from './system-clock.ts';

/**
 * Answers HEAD as GET without the body, headers and all: served through the Node adapter, the framework's own
 * HEAD answer lost the security headers.
 */
export function withHead<A extends unknown[]>(
  fetch: (request: Request, ...rest: A) => Response | Promise<Response>,
) {
  // The rest (the Node adapter's incoming request and its socket) passes on: the client's address is read there.
  return async (request: Request, ...rest: A): Promise<Response> => {
    if (request.method !== 'HEAD') return fetch(request, ...rest);
    const response = await fetch(new Request(request, { method: 'GET' }), ...rest);
    return new Response(null, { status: response.status, headers: new Headers(response.headers) });
  };
}

/** The composition root: store and law in, an HTTP server out. */
export function startServer(options: {
  store: Store;
  law: LegalKnowledge;
  port: number;
  host: string;
  /** The built web application to serve beside the API (dist/web); without it `/` is a plain page. */
  webRoot?: string;
  /** Behind a reverse proxy whose X-Forwarded-Proto and X-Forwarded-For are trusted (CASEWATCH_TRUST_PROXY). */
  isBehindProxy?: boolean;
}): Promise<ServerType> {
  const app = createApp({
    openSession: (actor) => openSession(options.store, actor),
    law: options.law,
    clock: SYSTEM_CLOCK,
    ...(options.webRoot !== undefined ? { webRoot: options.webRoot } : {}),
    accounts: { ...nodeAccountDeps(options.store), isBehindProxy: options.isBehindProxy === true },
  });
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: withHead(app.fetch), port: options.port, hostname: options.host }, () =>
      resolve(server),
    );
    // A port in use or a host that does not resolve: a clear error, not a crash.
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        new DomainError(
          'config.invalid',
          `cannot listen on ${options.host}:${options.port}: ${error.code ?? error.message}`,
        ),
      ),
    );
  });
}
