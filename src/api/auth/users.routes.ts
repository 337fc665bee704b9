import type { Context, Hono } from 'hono';
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
export function mountUserRoutes(app: Hono<AppEnv>, deps: AuthDeps): void {
  app.post('/api/auth/password', async (c) => {
    const body = await bodyOf(c, PasswordBody);
    const keep = c.get('auth')?.session?.id;
    await changeOwnPassword(deps, c.get('actor'), {
      current: body.currentPassword,
      next: body.newPassword,
      ...(keep !== undefined ? { keepSessionId: keep } : {}),
    });
    return c.body(null, 204);
  });

  app.get('/api/auth/users', async (c) => c.json({ users: await listUsers(deps, c.get('actor')) }));
  app.post('/api/auth/users', async (c) => {
    const { password, groups, displayName, ...rest } = await bodyOf(c, NewUserBody);
    const made = await addUser(
      deps,
      c.get('actor'),
      { ...rest, groups: groups ?? [], ...(displayName !== undefined ? { displayName } : {}) },
      password,
    );
    return c.json(made, 201);
  });
  app.post('/api/auth/users/:name/disable', async (c) =>
    c.json({ user: await setDisabled(deps, c.get('actor'), c.req.param('name'), true) }),
  );
  app.post('/api/auth/users/:name/enable', async (c) =>
    c.json({ user: await setDisabled(deps, c.get('actor'), c.req.param('name'), false) }),
  );
  app.post('/api/auth/users/:name/reset-password', async (c) =>
    c.json(await resetPassword(deps, c.get('actor'), c.req.param('name'))),
  );
}
