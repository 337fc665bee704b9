import { Hono } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import type { Actor } from '../core/actor.ts';
import { caseFacts } from '../core/case/case-facts.service.ts';
import { presentCaseFacts } from '../core/case/case-facts.presenter.ts';
import { getCaseFile, listCases } from '../core/case/case.service.ts';
import { presentCaseFile } from '../core/case/case.presenter.ts';
import { checkAsOf } from '../core/dates/day.ts';
import { DomainError } from '../core/errors.ts';
import type { LegalKnowledge } from '../core/law/legal-knowledge.ts';
import type { Clock } from '../core/ports.ts';
import type { Session } from '../core/access/session.ts';
import { authenticate, type AuthDeps } from './auth/authenticate.ts';
import { mountAuthRoutes } from './auth/auth.routes.ts';
import type { AppEnv } from './env.ts';
import { errorResponse } from './errors.ts';
import { homePage } from './home-page.ts';

/** What the HTTP layer needs. */
export interface ApiDeps {
  /** Opens the session of the actor a request acts as: the API reads through nothing else. */
  openSession: (actor: Actor) => Session;
  law: LegalKnowledge;
  clock: Clock;
  /** Accounts and sign-in; without them every request acts as the public. */
  accounts?: AuthDeps;
  /** Told of errors that are not the caller's (a 500), so they are seen; by default written to stderr. */
  onInternalError?: (error: unknown) => void;
}

const logToStderr = (error: unknown) =>
  process.stderr.write(
    `casewatch: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );

/**
 * The read-only API: published cases, their records and their computed facts.
 * Each request acts as the actor authentication sets (api/auth: a session cookie or an API token; else the
 * public), and reads through that actor's session only.
 */
export function createApp(deps: ApiDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.use(
    '*',
    secureHeaders({
      contentSecurityPolicy: { defaultSrc: ["'none'"], styleSrc: ["'self'", "'unsafe-inline'"] },
    }),
  );
  app.use('*', authenticate(deps.accounts));
  app.onError((error, c) => {
    const { status, body } = errorResponse(error);
    if (status === 500) (deps.onInternalError ?? logToStderr)(error);
    return c.json(body, status);
  });
  app.notFound((c) =>
    c.json({ error: { code: 'route.not_found', message: `no route ${c.req.method} ${c.req.path}` } }, 404),
  );

  app.get('/api/health', (c) => c.json({ status: 'ok' }));
  app.get('/api/cases', async (c) => {
    const limit = c.req.query('limit');
    const after = c.req.query('after');
    if (limit !== undefined && !/^\d+$/.test(limit))
      throw new DomainError('validation.invalid', `limit must be a whole number, not "${limit}"`, [
        { code: 'validation.invalid', message: 'expected a whole number', field: 'limit' },
      ]);
    const page = await listCases(deps.openSession(c.get('actor')), {
      ...(limit !== undefined ? { limit: Number(limit) } : {}),
      ...(after !== undefined ? { after } : {}),
    });
    return c.json(page);
  });
  app.get('/api/cases/:id', async (c) => {
    const asOf = checkAsOf(c.req.query('asOf'), 'asOf');
    const file = await getCaseFile(deps.openSession(c.get('actor')), c.req.param('id'));
    return c.json(presentCaseFile(file, deps.law, asOf !== undefined ? { asOf } : {}));
  });
  app.get('/api/cases/:id/facts', async (c) => {
    const asOf = checkAsOf(c.req.query('asOf'), 'asOf');
    return c.json(
      presentCaseFacts(
        await caseFacts({ ...deps, session: deps.openSession(c.get('actor')) }, c.req.param('id'), asOf),
      ),
    );
  });
  app.get('/', async (c) => c.html(homePage((await listCases(deps.openSession(c.get('actor')))).cases)));
  if (deps.accounts !== undefined) mountAuthRoutes(app, deps.accounts);
  allowOnlyGet(app);
  return app;
}

/**
 * Every route is read-only: another method on a path that exists answers 405 with the methods it takes (Allow),
 * not 404, which would say the path is wrong; OPTIONS answers with them.
 */
function allowOnlyGet(app: Hono<AppEnv>): void {
  const allow = { Allow: 'GET, HEAD, OPTIONS' };
  const paths = new Set(app.routes.filter((r) => r.method === 'GET').map((r) => r.path));
  for (const path of paths)
    app.all(path, (c) =>
      c.req.method === 'OPTIONS'
        ? c.body(null, 204, allow)
        : c.json(
            {
              error: {
                code: 'route.method_not_allowed',
                message: `${c.req.method} is not allowed on ${c.req.path}; it answers GET and HEAD`,
              },
            },
            405,
            allow,
          ),
    );
}
