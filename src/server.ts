import { serve, type ServerType } from '@hono/node-server';
import { DomainError } from './core/errors.ts';
import { createApp } from './api/app.ts';
import { openSession } from './core/access/session.ts';
import type { LegalKnowledge } from './core/law/legal-knowledge.ts';
import type { Store } from './core/ports.ts';
import type { Actor } from './core/actor.ts';
import { SYSTEM_ACTOR } from './core/actor.ts';
import { readDocumentText } from './core/document/document.service.ts';
import { createTextQueue } from './core/document/text-queue.ts';
import { LAW_DIR } from './data-dirs.ts';
import { nodeDocumentDeps, nodeExtractor } from './node-documents.ts';
import { nodeAccountDeps } from './node-secrets.ts';
import { pageRenderer } from './page-images.ts';
import { blobRootFromEnv } from './store/blob-files.ts';
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
  /** The folder of stored files, instead of the one the environment names (beside the database file). */
  filesRoot?: string;
}): Promise<ServerType> {
  const env =
    options.filesRoot !== undefined ? { ...process.env, CASEWATCH_FILES: options.filesRoot } : process.env;
  const documents = documentsOf(options.store, options.law, options.isBehindProxy === true, env);
  const app = createApp({
    openSession: (actor) => openSession(options.store, actor),
    law: options.law,
    clock: SYSTEM_CLOCK,
    ...(options.webRoot !== undefined ? { webRoot: options.webRoot } : {}),
    accounts: { ...nodeAccountDeps(options.store), isBehindProxy: options.isBehindProxy === true },
    ...(documents !== undefined ? { documents } : {}),
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

/**
 * The document routes' deps: the file store beside the database, extraction over the law data, and a queue that
 * reads each upload's text in the background, one file at a time; files whose reading a stop cut short are
 * read again as the server starts.
 */
function documentsOf(store: Store, law: LegalKnowledge, isBehindProxy: boolean, env: NodeJS.ProcessEnv) {
  let service: ReturnType<typeof nodeDocumentDeps>;
  try {
    service = nodeDocumentDeps(store, env);
  } catch {
    return undefined; // a database in memory and no CASEWATCH_FILES: no folder to keep files in
  }
  const queue = createTextQueue(
    (job: { sha256: string; actor: Actor; name?: string }) =>
      readDocumentText(service, job.actor, job.sha256, job.name !== undefined ? { name: job.name } : {}),
    (error, job) =>
      process.stderr.write(
        `casewatch: reading the text of ${job.sha256}: ${error instanceof Error ? error.message : String(error)}\n`,
      ),
  );
  void store.documents
    ?.files(['pending', 'reading'])
    .then((files) => {
      for (const f of files) queue.add({ sha256: f.sha256, actor: SYSTEM_ACTOR });
    })
    .catch(() => undefined);
  return {
    service,
    extract: nodeExtractor(law.jurisdictions(), env.CASEWATCH_LAW_DIR?.trim() || LAW_DIR),
    readInBackground: (job: { sha256: string; actor: Actor; name?: string }) => queue.add(job),
    renderPage: pageRenderer(`${blobRootFromEnv(env)}.pages`),
    isBehindProxy,
  };
}
