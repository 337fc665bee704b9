import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { z } from 'zod';
import { actorOf, type User } from '../../core/accounts/account.ts';
import { isTotpRequired, setTotpRequired } from '../../core/accounts/account.service.ts';
import { ThrottledError } from '../../core/accounts/auth-errors.ts';
import { login, logout, SESSION_LIFETIME_SECONDS } from '../../core/accounts/auth.service.ts';
import {
  createToken,
  listSessions,
  listTokens,
  revokeSession,
  revokeToken,
} from '../../core/accounts/token.service.ts';
import { confirmTotp, disableTotp, enrolTotp } from '../../core/accounts/totp.service.ts';
import type { Actor } from '../../core/actor.ts';
import { DomainError } from '../../core/errors.ts';
import type { AppEnv } from '../env.ts';
import { errorResponse } from '../errors.ts';
import { authRoute, pathParam } from './auth-route.ts';
import type { AuthDeps } from './authenticate.ts';
import { bodyOf, mountUserRoutes } from './users.routes.ts';
import { clearSessionCookie, clientAddress, sessionCookieOf, setSessionCookie } from './request-facts.ts';

const LoginBody = z.object({
  account: z.string().min(1).max(64),
  password: z.string().min(1).max(1024),
  code: z.string().max(10).optional(),
});
const TokenBody = z.object({ name: z.string().max(100), role: z.string().optional() });
const CodeBody = z.object({ code: z.string().max(10) });
const DisableTotpBody = z.object({ code: z.string().max(10).optional(), account: z.string().optional() });
const SettingsBody = z.object({ requireTotp: z.boolean() });

/** An account as the API shows it. */
const presentUser = (user: User) => ({
  id: user.id,
  name: user.name,
  displayName: user.displayName,
  roles: user.roles,
  groups: user.groups,
  hasTotp: user.hasTotp,
});

/** The signed-in account's own actor, even while it must still enrol a second factor (it acts as the public). */
function accountActor(c: Context<AppEnv>): Actor {
  const auth = c.get('auth');
  if (auth === undefined) throw new DomainError('auth.unauthenticated', 'sign in first');
  return auth.apiToken !== undefined ? auth.actor : actorOf(auth.user);
}

/** Adds sign-in, sign-out, the current account, sessions, API tokens and the second factor under /api/auth. */
export function mountAuthRoutes(app: OpenAPIHono<AppEnv>, deps: AuthDeps): void {
  authRoute(
    app,
    {
      method: 'post',
      path: '/api/auth/login',
      summary: 'Signs in: sets the session cookie and returns the CSRF token for changes',
      body: LoginBody,
      ok: { status: 200, description: 'The account, its CSRF token and session' },
      fails: [400, 403],
    },
    async (c) => {
      const body = await bodyOf(c, LoginBody);
      try {
        const signedIn = await login(deps, {
          account: body.account,
          password: body.password,
          ...(body.code !== undefined ? { code: body.code } : {}),
          address: clientAddress(c, deps),
          ...(c.req.header('User-Agent') !== undefined ? { userAgent: c.req.header('User-Agent') } : {}),
        });
        setSessionCookie(c, signedIn.token, SESSION_LIFETIME_SECONDS, deps);
        const mustEnrolTotp = !signedIn.user.hasTotp && (await isTotpRequired(deps));
        return c.json({
          user: presentUser(signedIn.user),
          csrfToken: signedIn.csrfToken,
          session: { id: signedIn.session.id, expiresAt: signedIn.session.expiresAt },
          mustEnrolTotp,
        });
      } catch (error) {
        if (!(error instanceof ThrottledError)) throw error;
        const { status, body: answer } = errorResponse(error);
        return c.json(answer, status, { 'Retry-After': String(error.retryAfterSeconds) });
      }
    },
  );

  authRoute(
    app,
    {
      method: 'post',
      path: '/api/auth/logout',
      summary: 'Signs out: ends the session and clears its cookie',
      ok: { status: 204, description: 'Signed out' },
      fails: [],
    },
    async (c) => {
      const token = sessionCookieOf(c);
      if (token !== undefined) await logout(deps, token);
      clearSessionCookie(c, deps);
      return c.body(null, 204);
    },
  );

  authRoute(
    app,
    {
      method: 'get',
      path: '/api/auth/me',
      summary: 'Who the request acts as: the account (or none: the public), its roles and CSRF token',
      ok: { status: 200, description: 'The acting account' },
      fails: [],
    },
    async (c) => {
      const auth = c.get('auth');
      if (auth === undefined) return c.json({ user: null, roles: c.get('actor').roles });
      return c.json({
        user: presentUser(auth.user),
        roles: c.get('actor').roles,
        via: auth.apiToken !== undefined ? 'token' : 'session',
        ...(auth.csrfToken !== undefined ? { csrfToken: auth.csrfToken } : {}),
        mustEnrolTotp: auth.mustEnrolTotp,
        isTotpRequired: await isTotpRequired(deps),
      });
    },
  );

  authRoute(
    app,
    {
      method: 'get',
      path: '/api/auth/sessions',
      summary: "The sessions of one's account (or of another, or everyone's: admins)",
      query: { account: 'Whose (admins)', all: "true: everyone's (admins)" },
      ok: { status: 200, description: 'The sessions, the current one marked' },
      fails: [403, 404],
    },
    async (c) => {
      const account = c.req.query('account');
      const isAll = c.req.query('all') === 'true';
      const sessions = await listSessions(deps, c.get('actor'), { ...(account ? { account } : {}), isAll });
      const current = c.get('auth')?.session?.id;
      return c.json({ sessions: sessions.map((s) => ({ ...s, isCurrent: s.id === current })) });
    },
  );
  authRoute(
    app,
    {
      method: 'delete',
      path: '/api/auth/sessions/:id',
      summary: 'Revokes a session at once',
      ok: { status: 204, description: 'Revoked' },
      fails: [403, 404],
    },
    async (c) => {
      await revokeSession(deps, c.get('actor'), pathParam(c, 'id'));
      return c.body(null, 204);
    },
  );

  authRoute(
    app,
    {
      method: 'get',
      path: '/api/auth/tokens',
      summary:
        "The API tokens of one's account (or of another, or everyone's: admins), without their secrets",
      query: { account: 'Whose (admins)', all: "true: everyone's (admins)" },
      ok: { status: 200, description: 'The tokens' },
      fails: [403, 404],
    },
    async (c) => {
      const account = c.req.query('account');
      const isAll = c.req.query('all') === 'true';
      return c.json({
        tokens: await listTokens(deps, c.get('actor'), { ...(account ? { account } : {}), isAll }),
      });
    },
  );
  authRoute(
    app,
    {
      method: 'post',
      path: '/api/auth/tokens',
      summary: "Makes an API token with a role no higher than one's own; its secret is returned this once",
      body: TokenBody,
      ok: { status: 201, description: 'The token and its secret' },
      fails: [400, 403],
    },
    async (c) => {
      const body = await bodyOf(c, TokenBody);
      const made = await createToken(deps, c.get('actor'), {
        name: body.name,
        ...(body.role !== undefined ? { role: body.role } : {}),
      });
      // The secret is shown this once; only its digest is kept.
      return c.json({ token: made.token, apiToken: made.apiToken }, 201);
    },
  );
  authRoute(
    app,
    {
      method: 'delete',
      path: '/api/auth/tokens/:id',
      summary: 'Revokes an API token at once',
      ok: { status: 204, description: 'Revoked' },
      fails: [403, 404],
    },
    async (c) => {
      await revokeToken(deps, c.get('actor'), pathParam(c, 'id'));
      return c.body(null, 204);
    },
  );

  authRoute(
    app,
    {
      method: 'post',
      path: '/api/auth/totp/enrol',
      summary: 'Starts enrolling a second factor: the secret and its otpauth URI, to confirm with a code',
      ok: { status: 200, description: 'The pending secret' },
      fails: [403],
    },
    async (c) => c.json(await enrolTotp(deps, accountActor(c))),
  );
  authRoute(
    app,
    {
      method: 'post',
      path: '/api/auth/totp/confirm',
      summary: 'Confirms the second factor with a code from it',
      body: CodeBody,
      ok: { status: 204, description: 'Enrolled' },
      fails: [400, 403],
    },
    async (c) => {
      await confirmTotp(deps, accountActor(c), (await bodyOf(c, CodeBody)).code);
      return c.body(null, 204);
    },
  );
  authRoute(
    app,
    {
      method: 'post',
      path: '/api/auth/totp/disable',
      summary: "Turns the second factor off (one's own with a code, or an account's: admins)",
      body: DisableTotpBody,
      ok: { status: 204, description: 'Turned off' },
      fails: [400, 403, 404],
    },
    async (c) => {
      const body = await bodyOf(c, DisableTotpBody);
      await disableTotp(deps, c.get('actor'), {
        ...(body.code !== undefined ? { code: body.code } : {}),
        ...(body.account !== undefined ? { account: body.account } : {}),
      });
      return c.body(null, 204);
    },
  );

  mountUserRoutes(app, deps);

  authRoute(
    app,
    {
      method: 'get',
      path: '/api/auth/settings',
      summary: 'Whether a second factor is mandatory for everyone',
      ok: { status: 200, description: 'The settings' },
      fails: [],
    },
    async (c) => c.json({ requireTotp: await isTotpRequired(deps) }),
  );
  authRoute(
    app,
    {
      method: 'put',
      path: '/api/auth/settings',
      summary: 'Makes a second factor mandatory for everyone, or not (admins)',
      body: SettingsBody,
      ok: { status: 200, description: 'The settings' },
      fails: [400, 403],
    },
    async (c) => {
      const body = await bodyOf(c, SettingsBody);
      await setTotpRequired(deps, c.get('actor'), body.requireTotp);
      return c.json({ requireTotp: body.requireTotp });
    },
  );
}
