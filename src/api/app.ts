import { OpenAPIHono } from '@hono/zod-openapi';
import { secureHeaders } from 'hono/secure-headers';
import { PUBLIC_ACTOR, type Actor } from '../core/actor.ts';
import { listCases } from '../core/case/case.service.ts';
import type { LegalKnowledge } from '../core/law/legal-knowledge.ts';
import type { Clock } from '../core/ports.ts';
import type { Session } from '../core/access/session.ts';
import { RECORD_KIND_ORDER } from '../core/record/record-kinds.ts';
import { allowMethods } from './allow.ts';
import { limitBodies } from './body-limit.ts';
import { authenticate, type AuthDeps } from './auth/authenticate.ts';
import { mountAuthRoutes } from './auth/auth.routes.ts';
import type { AppEnv } from './env.ts';
import { errorResponse } from './errors.ts';
import { homePage } from './home-page.ts';
import { registerSchemas } from './openapi-document.ts';
import { validationHook } from './route-kit.ts';
import { caseRoutes } from './routes/cases.routes.ts';
import { chargeRoutes } from './routes/charges.routes.ts';
import { measureRoutes } from './routes/measures.routes.ts';
import { draftRoutes } from './routes/drafts.routes.ts';
import { documentRoutes, type DocumentApiDeps } from './routes/documents.routes.ts';
import { exchangeRoutes } from './routes/exchange.routes.ts';
import { historyRoutes } from './routes/history.routes.ts';
import { matrixRoutes } from './routes/matrix.routes.ts';
import { metaRoutes } from './routes/meta.routes.ts';
import { recordRoutes } from './routes/records.routes.ts';
import { searchRoutes } from './routes/search.routes.ts';
import { jurisdictionRoutes } from './routes/jurisdictions.routes.ts';
import { CONTENT_SECURITY_POLICY } from './csp.ts';
import { hasWebBuild, serveWeb, webNotFound } from './static.ts';

/** What the HTTP layer needs. */
export interface ApiDeps {
  /** Opens the session of the actor a request acts as: the API reads and writes through nothing else. */
  openSession: (actor: Actor) => Session;
  law: LegalKnowledge;
  clock: Clock;
  /** Accounts and sign-in; without them every request acts as the public. */
  accounts?: AuthDeps;
  /** Told of errors that are not the caller's (a 500), so they are seen; by default written to stderr. */
  onInternalError?: (error: unknown) => void;
  /**
   * Who a request acts as when no authentication set the actor: tests name a role this way. Without it, and
   * without authentication, every request acts as the public.
   */
  actorOf?: (request: Request) => Actor | undefined | Promise<Actor | undefined>;
  /** The built web application's folder (dist/web): served for every path outside /api when it holds a build. */
  webRoot?: string;
  /** Documents (uploads, text, custody); without them the document routes answer 503. */
  documents?: DocumentApiDeps;
}

const logToStderr = (error: unknown) =>
  process.stderr.write(
    `casewatch: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );

/**
 * The API: every record kind read and written through the acting user's session, cases with their files and
 * facts, history and restore, import and export, and its OpenAPI document. Routes are in routes/, one file per
 * resource; each reads the actor with `c.get('actor')`.
 */
export function createApp(deps: ApiDeps): OpenAPIHono<AppEnv> {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  const internalError = deps.onInternalError ?? logToStderr;
  app.use('*', secureHeaders({ contentSecurityPolicy: CONTENT_SECURITY_POLICY }));
  app.use('*', authenticate(deps.accounts));
  // Authentication sets the actor before this; a request it did not recognise acts as the public.
  app.use('*', async (c, next) => {
    if ((c.get('actor') as Actor | undefined) === undefined)
      c.set('actor', (await deps.actorOf?.(c.req.raw)) ?? PUBLIC_ACTOR);
    await next();
  });
  // What an answer holds depends on who asks: no shared cache may keep it, and a browser asks again each time.
  // The answer's own headers are changed in place: c.header() after it is made would copy it, body and all.
  app.use('/api/*', async (c, next) => {
    await next();
    const headers = c.res.headers;
    if (!headers.has('Cache-Control')) headers.set('Cache-Control', 'private, no-cache');
    headers.append('Vary', 'Cookie, Authorization');
  });
  app.use('/api/*', limitBodies());
  app.onError((error, c) => {
    const { status, body } = errorResponse(error);
    if (status === 500) internalError(error);
    return c.json(body, status);
  });
  const webRoot = hasWebBuild(deps.webRoot) ? deps.webRoot : undefined;
  app.notFound((c) =>
    webRoot !== undefined && c.req.method === 'GET' && !c.req.path.startsWith('/api/')
      ? webNotFound(c, webRoot)
      : c.json(
          { error: { code: 'route.not_found', message: `no route ${c.req.method} ${c.req.path}` } },
          404,
        ),
  );

  registerSchemas(app);
  metaRoutes(app);
  caseRoutes(app, deps);
  draftRoutes(app, deps);
  chargeRoutes(app, deps);
  measureRoutes(app, deps);
  for (const kind of RECORD_KIND_ORDER) {
    recordRoutes(app, deps, kind);
    historyRoutes(app, deps, kind);
  }
  exchangeRoutes(app, deps, internalError);
  searchRoutes(app, deps);
  jurisdictionRoutes(app, deps);
  documentRoutes(app, deps);
  matrixRoutes(app, deps);
  if (webRoot !== undefined) serveWeb(app, webRoot);
  else app.get('/', async (c) => c.html(homePage((await listCases(deps.openSession(c.get('actor')))).cases)));
  if (deps.accounts !== undefined) mountAuthRoutes(app, deps.accounts);
  allowMethods(app);
  return app;
}
