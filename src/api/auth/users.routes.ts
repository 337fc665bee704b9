import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { z } from 'zod';
import {
  addUser,
  changeOwnPassword,
  listUsers,
  resetPassword,
  setDisabled,
} from '../../core/accounts/account.service.ts';
import { ACCOUNT_ROLES } from '../../core/accounts/account.ts';
import { parseOrThrow } from '../../core/common/zod-issues.ts';
import { DomainError } from '../../core/errors.ts';
import type { AppEnv } from '../env.ts';
import { authRoute, pathParam } from './auth-route.ts';
import type { AuthDeps } from './authenticate.ts';

const PasswordBody = z.object({ currentPassword: z.string().max(1024), newPassword: z.string() });
const NewUserBody = z.object({
  name: z.string(),
  displayName: z.string().optional(),
  roles: z.array(z.enum(ACCOUNT_ROLES)),
  groups: z.array(z.string()).optional(),
  password: z.string().optional(),
});

/** A request's JSON body checked against its schema; bad JSON or a bad shape is 'validation.invalid'. */
export async function bodyOf<T extends z.ZodType>(c: Context<AppEnv>, schema: T): Promise<z.infer<T>> {
  let value: unknown;
  try {
    value = await c.req.json();
  } catch {
    throw new DomainError('validation.invalid', 'the request body must be JSON');
  }
  return parseOrThrow(schema, value);
}

/**
 * One's own password, and the accounts an admin manages: list, add (a random password returned once unless
 * one is given), disable, enable, reset a password (returned once).
 */
export function mountUserRoutes(app: OpenAPIHono<AppEnv>, deps: AuthDeps): void {
  authRoute(
    app,
    {
      method: 'post',
      path: '/api/auth/password',
      summary: "Changes one's own password; one's other sessions end",
      body: PasswordBody,
      ok: { status: 204, description: 'Changed' },
      fails: [400, 403],
    },
    async (c) => {
      const body = await bodyOf(c, PasswordBody);
      const keep = c.get('auth')?.session?.id;
      await changeOwnPassword(deps, c.get('actor'), {
        current: body.currentPassword,
        next: body.newPassword,
        ...(keep !== undefined ? { keepSessionId: keep } : {}),
      });
      return c.body(null, 204);
    },
  );

  authRoute(
    app,
    {
      method: 'get',
      path: '/api/auth/users',
      summary: 'Every account, without its secrets (admins)',
      ok: { status: 200, description: 'The accounts' },
      fails: [403],
    },
    async (c) => c.json({ users: await listUsers(deps, c.get('actor')) }),
  );
  authRoute(
    app,
    {
      method: 'post',
      path: '/api/auth/users',
      summary: 'Adds an account (admins); without a password, a random one is returned this once',
      body: NewUserBody,
      ok: { status: 201, description: 'The account, and its password when one was made' },
      fails: [400, 403, 409],
    },
    async (c) => {
      const { password, groups, displayName, ...rest } = await bodyOf(c, NewUserBody);
      const made = await addUser(
        deps,
        c.get('actor'),
        { ...rest, groups: groups ?? [], ...(displayName !== undefined ? { displayName } : {}) },
        password,
      );
      return c.json(made, 201);
    },
  );
  authRoute(
    app,
    {
      method: 'post',
      path: '/api/auth/users/:name/disable',
      summary: 'Disables an account: its sessions and tokens stop at once (admins)',
      ok: { status: 200, description: 'The account' },
      fails: [403, 404],
    },
    async (c) => c.json({ user: await setDisabled(deps, c.get('actor'), pathParam(c, 'name'), true) }),
  );
  authRoute(
    app,
    {
      method: 'post',
      path: '/api/auth/users/:name/enable',
      summary: 'Enables a disabled account (admins)',
      ok: { status: 200, description: 'The account' },
      fails: [403, 404],
    },
    async (c) => c.json({ user: await setDisabled(deps, c.get('actor'), pathParam(c, 'name'), false) }),
  );
  authRoute(
    app,
    {
      method: 'post',
      path: '/api/auth/users/:name/reset-password',
      summary: "Resets an account's password to a random one, returned this once (admins)",
      ok: { status: 200, description: 'The new password' },
      fails: [403, 404],
    },
    async (c) => c.json(await resetPassword(deps, c.get('actor'), pathParam(c, 'name'))),
  );
}
