import type { Actor } from '../actor.ts';
import { DomainError } from '../errors.ts';
import {
  accountIdOf,
  ACCOUNT_ROLES,
  highestRole,
  rankOf,
  type AccountRole,
  type ApiToken,
  type LoginSession,
} from './account.ts';
import { assertAdmin, eventOf, userNamed, type AccountDeps } from './account.service.ts';

const isAdmin = (actor: Actor) => actor.roles.includes('admin');

/**
 * Creates an API token for scripts, acting with a role no higher than its owner's (the owner's highest when
 * none is given). The owner is the acting account, or (admins, as the CLI does) the account named. The secret
 * is returned once, here; only its digest is kept.
 */
export async function createToken(
  deps: AccountDeps,
  actor: Actor,
  input: { name: string; role?: string; account?: string },
): Promise<{ token: string; apiToken: ApiToken }> {
  const name = input.name.trim();
  if (name === '' || name.length > 100)
    throw new DomainError('validation.invalid', 'a token needs a name of 1 to 100 characters', [
      { code: 'validation.invalid', message: 'expected 1 to 100 characters', field: 'name' },
    ]);
  let userId: string;
  let own: AccountRole[];
  if (input.account !== undefined) {
    assertAdmin(actor, 'make tokens for another account');
    const owner = await userNamed(deps, input.account);
    [userId, own] = [owner.id, owner.roles];
  } else {
    userId = accountIdOf(actor);
    own = actor.roles.filter((r): r is AccountRole => (ACCOUNT_ROLES as readonly string[]).includes(r));
  }
  const ownHighest = highestRole(own);
  const role = (input.role ?? ownHighest) as AccountRole;
  if (!ACCOUNT_ROLES.includes(role))
    throw new DomainError('validation.invalid', `role must be one of ${ACCOUNT_ROLES.join(', ')}`, [
      { code: 'validation.invalid', message: 'unknown role', field: 'role' },
    ]);
  if (own.length === 0 || rankOf(role) > rankOf(ownHighest))
    throw new DomainError(
      'auth.forbidden',
      `a token cannot have a role (${role}) above its owner's (${ownHighest})`,
    );
  const secret = `cw_${deps.secrets.token(32)}`;
  // An id is typed on the command line ("token revoke ID"): it begins with a letter, never a "-" read as an option.
  const apiToken: ApiToken = {
    id: `t${deps.secrets.token(9)}`,
    userId,
    name,
    role,
    createdAt: deps.clock.now(),
  };
  await deps.accounts.createToken(
    { ...apiToken, tokenHash: deps.secrets.digest(secret) },
    eventOf(deps, actor, 'token.create', userId, `${apiToken.id} ${role}`),
  );
  return { token: secret, apiToken };
}

/** Whose sessions or tokens to list: one's own (neither given), an account's, or everyone's (admins). */
export interface Whose {
  account?: string;
  isAll?: boolean;
}

/** One's own tokens; an admin may list another account's, or everyone's. */
export async function listTokens(deps: AccountDeps, actor: Actor, whose: Whose = {}): Promise<ApiToken[]> {
  if (whose.isAll === true) {
    assertAdmin(actor, "list everyone's tokens");
    return deps.accounts.listTokens();
  }
  return deps.accounts.listTokens(await ownerOf(deps, actor, whose.account));
}

/** Revokes a token: one's own, or any by an admin. It stops working at once. */
export async function revokeToken(deps: AccountDeps, actor: Actor, id: string): Promise<void> {
  const row = await deps.accounts.tokenById(id);
  if (row === undefined || (!isAdmin(actor) && `user:${row.userId}` !== actor.id))
    throw new DomainError('record.not_found', `no token "${id}"`);
  if (row.revokedAt !== undefined) return;
  const event = eventOf(deps, actor, 'token.revoke', row.userId, id);
  await deps.accounts.revokeToken(id, event.at, event);
}

/** One's own sessions; an admin may list another account's, or everyone's. */
export async function listSessions(
  deps: AccountDeps,
  actor: Actor,
  whose: Whose = {},
): Promise<LoginSession[]> {
  if (whose.isAll === true) {
    assertAdmin(actor, "list everyone's sessions");
    return deps.accounts.listSessions();
  }
  return deps.accounts.listSessions(await ownerOf(deps, actor, whose.account));
}

/** Ends a session: one's own, or any by an admin. Its cookie stops working at once. */
export async function revokeSession(deps: AccountDeps, actor: Actor, id: string): Promise<void> {
  const row = await deps.accounts.sessionById(id);
  if (row === undefined || (!isAdmin(actor) && `user:${row.userId}` !== actor.id))
    throw new DomainError('record.not_found', `no session "${id}"`);
  if (row.revokedAt !== undefined) return;
  const at = deps.clock.now();
  await deps.accounts.revokeSessions({ id }, at, eventOf(deps, actor, 'session.revoke', row.userId, id));
}

/** The account whose sessions or tokens are asked for: one's own, or (admins) the one named. */
async function ownerOf(deps: AccountDeps, actor: Actor, account?: string): Promise<string> {
  if (account === undefined) return accountIdOf(actor);
  if (!isAdmin(actor)) throw new DomainError('auth.forbidden', "only an admin may see another account's");
  return (await userNamed(deps, account)).id;
}
