import type { Actor } from '../actor.ts';
import { parseOrThrow } from '../common/zod-issues.ts';
import { DomainError } from '../errors.ts';
import type { Clock } from '../ports.ts';
import { accountIdOf, NewAccount, Password, type User } from './account.ts';
import type { AccountEvent, AccountStore, PasswordHasher, Secrets, UserRow } from './account-ports.ts';

/** What the account services use. */
export interface AccountDeps {
  accounts: AccountStore;
  hasher: PasswordHasher;
  secrets: Secrets;
  clock: Clock;
}

/** The setting that makes a second factor mandatory for everyone. */
export const REQUIRE_TOTP = 'require_totp';

/** Only an admin manages accounts other than their own. */
export function assertAdmin(actor: Actor, what: string): void {
  if (!actor.roles.includes('admin')) throw new DomainError('auth.forbidden', `only an admin may ${what}`);
}

/** An account as listed: without its secrets. */
export function publicUser(row: UserRow): User {
  const { passwordHash: _p, totpSecret: _t, totpPending: _q, ...user } = row;
  return user;
}

/** The event of a change to an account, stamped now. */
export function eventOf(deps: AccountDeps, actor: Actor, action: string, userId?: string, detail?: string) {
  return {
    at: deps.clock.now(),
    actor: actor.id,
    action,
    ...(userId !== undefined ? { userId } : {}),
    ...(detail !== undefined ? { detail } : {}),
  } satisfies AccountEvent;
}

/** A password made for someone: 24 random characters, printed once, never stored in clear. */
export function randomPassword(secrets: Secrets): string {
  return secrets.token(18);
}

/** The account of a name, or 'record.not_found' naming it. */
export async function userNamed(deps: AccountDeps, name: string): Promise<UserRow> {
  const row = await deps.accounts.userByName(name);
  if (row === undefined) throw new DomainError('record.not_found', `no account named "${name}"`);
  return row;
}

/**
 * Creates an account (admins only). Without a password one is made at random and returned, to be shown once;
 * a name taken already is refused.
 */
export async function addUser(
  deps: AccountDeps,
  actor: Actor,
  input: NewAccount,
  password?: string,
): Promise<{ user: User; password?: string }> {
  assertAdmin(actor, 'add accounts');
  const account = parseOrThrow(NewAccount, input);
  const chosen = password !== undefined ? parseOrThrow(Password, password, '$.password') : undefined;
  if ((await deps.accounts.userByName(account.name)) !== undefined)
    throw new DomainError('reference.duplicate', `an account named "${account.name}" exists already`, [
      { code: 'reference.duplicate', message: 'taken', field: 'name' },
    ]);
  const secret = chosen ?? randomPassword(deps.secrets);
  const now = deps.clock.now();
  const row: UserRow = {
    id: deps.secrets.token(12),
    name: account.name,
    displayName: account.displayName ?? account.name,
    roles: [...new Set(account.roles)],
    groups: [...new Set(account.groups)],
    isDisabled: false,
    hasPassword: true,
    hasTotp: false,
    createdAt: now,
    updatedAt: now,
    passwordHash: await deps.hasher.hash(secret),
  };
  await deps.accounts.createUser(row, eventOf(deps, actor, 'user.add', row.id, row.roles.join(',')));
  return { user: publicUser(row), ...(chosen === undefined ? { password: secret } : {}) };
}

/** Every account (admins only). */
export async function listUsers(deps: AccountDeps, actor: Actor): Promise<User[]> {
  assertAdmin(actor, 'list accounts');
  return (await deps.accounts.listUsers()).map(publicUser);
}

/** Disables (or enables again) an account: a disabled one can no longer sign in, nor use its sessions or tokens. */
export async function setDisabled(
  deps: AccountDeps,
  actor: Actor,
  name: string,
  isDisabled: boolean,
): Promise<User> {
  assertAdmin(actor, 'disable accounts');
  const row = await userNamed(deps, name);
  if (isDisabled && actor.id === `user:${row.id}`)
    throw new DomainError('validation.invalid', 'an admin cannot disable their own account');
  const event = eventOf(deps, actor, isDisabled ? 'user.disable' : 'user.enable', row.id);
  await deps.accounts.updateUser(row.id, { isDisabled }, event.at, event);
  return { ...publicUser(row), isDisabled };
}

/**
 * Sets a new password (admins only): the given one, or a random one returned to be shown once. Every session
 * of the account ends.
 */
export async function resetPassword(
  deps: AccountDeps,
  actor: Actor,
  name: string,
  password?: string,
): Promise<{ password?: string }> {
  assertAdmin(actor, 'reset passwords');
  const row = await userNamed(deps, name);
  const chosen = password !== undefined ? parseOrThrow(Password, password, '$.password') : undefined;
  const secret = chosen ?? randomPassword(deps.secrets);
  const event = eventOf(deps, actor, 'user.reset_password', row.id);
  await deps.accounts.updateUser(row.id, { passwordHash: await deps.hasher.hash(secret) }, event.at, event);
  await deps.accounts.revokeSessions(
    { userId: row.id },
    event.at,
    eventOf(deps, actor, 'session.revoke_all', row.id),
  );
  return chosen === undefined ? { password: secret } : {};
}

/**
 * Changes one's own password, proving the current one first; every other session of the account ends (the
 * one in use, if given, stays).
 */
export async function changeOwnPassword(
  deps: AccountDeps,
  actor: Actor,
  input: { current: string; next: string; keepSessionId?: string },
): Promise<void> {
  const row = await deps.accounts.userById(accountIdOf(actor));
  if (row === undefined) throw new DomainError('auth.unauthenticated', 'sign in to an account first');
  const next = parseOrThrow(Password, input.next, '$.newPassword');
  if (row.passwordHash === undefined || !(await deps.hasher.verify(row.passwordHash, input.current)))
    throw new DomainError('auth.invalid_credentials', 'the current password is wrong', [
      { code: 'auth.invalid_credentials', message: 'wrong password', field: 'currentPassword' },
    ]);
  const event = eventOf(deps, actor, 'user.change_password', row.id);
  await deps.accounts.updateUser(row.id, { passwordHash: await deps.hasher.hash(next) }, event.at, event);
  await deps.accounts.revokeSessions(
    { userId: row.id, ...(input.keepSessionId !== undefined ? { exceptId: input.keepSessionId } : {}) },
    event.at,
    eventOf(deps, actor, 'session.revoke_others', row.id),
  );
}

/** Whether every account must sign in with a second factor. */
export async function isTotpRequired(deps: Pick<AccountDeps, 'accounts'>): Promise<boolean> {
  return (await deps.accounts.setting(REQUIRE_TOTP)) === 'true';
}

/** Makes the second factor mandatory for everyone, or optional again (admins only). */
export async function setTotpRequired(deps: AccountDeps, actor: Actor, isRequired: boolean): Promise<void> {
  assertAdmin(actor, 'change how everyone signs in');
  await deps.accounts.setSetting(
    REQUIRE_TOTP,
    String(isRequired),
    eventOf(deps, actor, 'setting.require_totp', undefined, String(isRequired)),
  );
}

/**
 * For the demo: when no account exists at all, creates the admin 'admin' with a random password and returns
 * it, to be printed once; otherwise nothing.
 */
export async function ensureFirstAdmin(deps: AccountDeps, actor: Actor): Promise<string | undefined> {
  if ((await deps.accounts.countUsers()) > 0) return undefined;
  const { password } = await addUser(deps, actor, { name: 'admin', displayName: 'Admin', roles: ['admin'] });
  return password;
}
