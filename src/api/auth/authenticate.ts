import type { MiddlewareHandler } from 'hono';
import { authenticateSession, authenticateToken } from '../../core/accounts/auth.service.ts';
import type { AccountDeps } from '../../core/accounts/account.service.ts';
import { PUBLIC_ACTOR } from '../../core/actor.ts';
import { DomainError } from '../../core/errors.ts';
import type { AppEnv } from '../env.ts';
import { CSRF_HEADER, sessionCookieOf, type ProxyTrust } from './request-facts.ts';

/** What authentication needs: the account services' ports and how far to trust a proxy. */
export interface AuthDeps extends AccountDeps, ProxyTrust {}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
/** Signing in needs no CSRF token: it proves itself with the password, and a stale cookie must not block it. */
const CSRF_EXEMPT = new Set(['/api/auth/login']);

/**
 * Sets the actor a request acts as: an API token's (Authorization: Bearer), else the session cookie's, else the
 * public. A token that is wrong or revoked is refused (401); a dead session cookie is the public. A request
 * that changes something on the strength of a cookie must carry the session's CSRF token (403 'auth.csrf').
 * A request none of them names is left without an actor: the app's default (the public) applies. Without
 * accounts (deps undefined) nothing is looked up.
 */
export function authenticate(deps: AuthDeps | undefined): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    c.set('auth', undefined);
    if (deps === undefined) return next();
    const header = c.req.header('Authorization');
    if (header !== undefined) {
      const bearer = /^Bearer\s+(\S+)$/i.exec(header)?.[1];
      const auth = bearer === undefined ? undefined : await authenticateToken(deps, bearer);
      if (auth === undefined)
        throw new DomainError(
          'auth.unauthenticated',
          'the API token is unknown, revoked, or its account disabled',
        );
      c.set('actor', auth.actor);
      c.set('auth', auth);
      return next();
    }
    const cookie = sessionCookieOf(c);
    const auth = cookie === undefined ? undefined : await authenticateSession(deps, cookie);
    if (auth === undefined) return next();
    if (!SAFE_METHODS.has(c.req.method) && !CSRF_EXEMPT.has(c.req.path)) {
      const given = c.req.header(CSRF_HEADER);
      if (given === undefined || auth.csrfToken === undefined || !deps.secrets.isSame(given, auth.csrfToken))
        throw new DomainError(
          'auth.csrf',
          `a request that changes something must carry the session's CSRF token in ${CSRF_HEADER} (GET /api/auth/me gives it)`,
        );
    }
    // Until a mandatory second factor is enrolled the account acts as the public (it may enrol, though).
    c.set('actor', auth.mustEnrolTotp ? PUBLIC_ACTOR : auth.actor);
    c.set('auth', auth);
    return next();
  };
}
