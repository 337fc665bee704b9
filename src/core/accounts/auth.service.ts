import type { Actor } from '../actor.ts';
import { DomainError } from '../errors.ts';
import { actorOf, type ApiToken, type LoginSession, type User } from './account.ts';
import { isTotpRequired, publicUser, type AccountDeps } from './account.service.ts';
import type { UserRow } from './account-ports.ts';
import { invalidCredentials, ThrottledError } from './auth-errors.ts';
import { FREE_FAILURES, THROTTLE_WINDOW_SECONDS, waitSeconds } from './throttle.ts';
import { acceptedStep } from './totp.service.ts';

/** How long a session lasts at most, and unused. */
export const SESSION_LIFETIME_SECONDS = 7 * 24 * 3600;
export const SESSION_IDLE_SECONDS = 24 * 3600;
/** How long login attempts are kept (throttling reads 15 minutes), and ended sessions (to be listed). */
const KEEP_ATTEMPTS_SECONDS = 24 * 3600;
const KEEP_ENDED_SESSIONS_SECONDS = 30 * 24 * 3600;
/** How often a session's or token's last use is written (not on every request). */
const TOUCH_EVERY_SECONDS = 60;

/** What a sign-in gives: the session's secret (the cookie, never kept), its CSRF token, the account. */
export interface SignedIn {
  token: string;
  csrfToken: string;
  session: LoginSession;
  user: User;
}

/** Who a request is: the account, and the actor it acts as; a session also has its CSRF token. */
export interface Authenticated {
  user: User;
  actor: Actor;
  session?: LoginSession;
  csrfToken?: string;
  apiToken?: ApiToken;
  /** Signed in, but TOTP is mandatory and not yet enrolled: the account acts as the public until it is. */
  mustEnrolTotp: boolean;
}

/** A sign-in as asked: account name, password, a TOTP code when the account has one, where it came from. */
export interface LoginInput {
  account: string;
  password: string;
  code?: string;
  address: string;
  userAgent?: string;
}

const seconds = (iso: string, s: number) => new Date(Date.parse(iso) + s * 1000).toISOString();

/** The CSRF token of a session: derived from its secret, so it needs no storage and no one else can make it. */
export function csrfTokenOf(deps: Pick<AccountDeps, 'secrets'>, sessionToken: string): string {
  return deps.secrets.digest(`csrf:${sessionToken}`);
}

/** Refuses a try when its account or its address has failed too often of late (ThrottledError). */
async function assertNotThrottled(deps: AccountDeps, account: string, address: string): Promise<void> {
  const now = deps.clock.now();
  const since = seconds(now, -THROTTLE_WINDOW_SECONDS);
  const byAccount = waitSeconds(
    await deps.accounts.failuresSince({ account }, since),
    FREE_FAILURES.account,
    now,
  );
  if (byAccount > 0) throw new ThrottledError(byAccount, `for this account`);
  const byAddress = waitSeconds(
    await deps.accounts.failuresSince({ address }, since),
    FREE_FAILURES.address,
    now,
  );
  if (byAddress > 0) throw new ThrottledError(byAddress, `from this address`);
}

/**
 * Signs in with a password (and a TOTP code when the account has a second factor): throttled per account and
 * per address; a wrong name or password is one answer, told apart from neither. Opens a session.
 */
export async function login(deps: AccountDeps, input: LoginInput): Promise<SignedIn> {
  const account = input.account.trim().toLowerCase();
  await assertNotThrottled(deps, account, input.address);
  const row = await deps.accounts.userByName(account);
  // An unknown account costs a hash too, so its answer takes as long as a wrong password's.
  const isRight =
    row?.passwordHash !== undefined
      ? await deps.hasher.verify(row.passwordHash, input.password)
      : (await deps.hasher.hash(input.password), false);
  const attempt = { at: deps.clock.now(), account, address: input.address };
  if (row === undefined || !isRight) {
    await deps.accounts.recordAttempt({ ...attempt, isSuccess: false });
    throw invalidCredentials();
  }
  if (row.isDisabled) throw new DomainError('auth.disabled', `the account "${row.name}" is disabled`);
  if (row.totpSecret !== undefined) {
    if (input.code === undefined || input.code.trim() === '')
      throw new DomainError(
        'auth.totp_required',
        'this account signs in with a code from its authenticator app',
        [{ code: 'auth.totp_required', message: 'a 6-digit code is needed', field: 'code' }],
      );
    const step = acceptedStep(deps, row.totpSecret, input.code.trim(), row.totpLastStep);
    if (step === undefined) {
      await deps.accounts.recordAttempt({ ...attempt, isSuccess: false });
      throw new DomainError('auth.totp_invalid', 'the code is wrong, used already, or has expired', [
        { code: 'auth.totp_invalid', message: 'wrong code', field: 'code' },
      ]);
    }
    await deps.accounts.updateUser(row.id, { totpLastStep: step }, deps.clock.now());
  }
  await deps.accounts.recordAttempt({ ...attempt, isSuccess: true });
  // What throttling no longer reads, and sessions ended a month ago, go as someone signs in.
  await deps.accounts.prune(
    seconds(attempt.at, -KEEP_ATTEMPTS_SECONDS),
    seconds(attempt.at, -KEEP_ENDED_SESSIONS_SECONDS),
  );
  const token = deps.secrets.token(32);
  const now = deps.clock.now();
  const session: LoginSession = {
    id: deps.secrets.token(12),
    userId: row.id,
    createdAt: now,
    lastSeenAt: now,
    expiresAt: seconds(now, SESSION_LIFETIME_SECONDS),
    address: input.address,
    ...(input.userAgent !== undefined ? { userAgent: input.userAgent.slice(0, 300) } : {}),
  };
  await deps.accounts.createSession({ ...session, tokenHash: deps.secrets.digest(token) });
  return { token, csrfToken: csrfTokenOf(deps, token), session, user: publicUser(row) };
}

/** Whether an account may act: enabled. */
const isUsable = (row: UserRow | undefined): row is UserRow => row !== undefined && !row.isDisabled;

/**
 * Who a session cookie's secret belongs to, if the session is live (not revoked, not expired, not idle too
 * long) and its account enabled; undefined otherwise.
 */
export async function authenticateSession(
  deps: AccountDeps,
  token: string,
): Promise<Authenticated | undefined> {
  const found = await deps.accounts.sessionWithUser(deps.secrets.digest(token));
  if (found === undefined) return undefined;
  const { session: row, user } = found;
  if (row.revokedAt !== undefined) return undefined;
  const now = deps.clock.now();
  if (now >= row.expiresAt || now >= seconds(row.lastSeenAt, SESSION_IDLE_SECONDS)) return undefined;
  if (!isUsable(user)) return undefined;
  if (now >= seconds(row.lastSeenAt, TOUCH_EVERY_SECONDS)) await deps.accounts.touchSession(row.id, now);
  const { tokenHash: _h, ...session } = row;
  const mustEnrolTotp = user.totpSecret === undefined && (await isTotpRequired(deps));
  return {
    user: publicUser(user),
    actor: actorOf(user),
    session,
    csrfToken: csrfTokenOf(deps, token),
    mustEnrolTotp,
  };
}

/** Who an API token belongs to, acting with the token's role only; undefined if revoked or its account disabled. */
export async function authenticateToken(
  deps: AccountDeps,
  token: string,
): Promise<Authenticated | undefined> {
  const found = await deps.accounts.tokenWithUser(deps.secrets.digest(token));
  if (found === undefined) return undefined;
  const { token: row, user } = found;
  if (row.revokedAt !== undefined || !isUsable(user)) return undefined;
  const now = deps.clock.now();
  if (row.lastUsedAt === undefined || now >= seconds(row.lastUsedAt, TOUCH_EVERY_SECONDS))
    await deps.accounts.touchToken(row.id, now);
  const { tokenHash: _h, ...apiToken } = row;
  return { user: publicUser(user), actor: actorOf(user, row.role), apiToken, mustEnrolTotp: false };
}

/** Ends the session a cookie's secret opened; nothing when it is unknown. */
export async function logout(deps: AccountDeps, token: string): Promise<void> {
  const row = await deps.accounts.sessionByTokenHash(deps.secrets.digest(token));
  if (row === undefined || row.revokedAt !== undefined) return;
  const at = deps.clock.now();
  await deps.accounts.revokeSessions({ id: row.id }, at, {
    at,
    actor: `user:${row.userId}`,
    action: 'session.logout',
    userId: row.userId,
  });
}
