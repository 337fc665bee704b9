import type { Actor } from '../actor.ts';
import { DomainError } from '../errors.ts';
import { eventOf, isTotpRequired, userNamed, assertAdmin, type AccountDeps } from './account.service.ts';
import { accountIdOf } from './account.ts';
import { fromBase32, matchingStep, otpauthUri, toBase32 } from './totp.ts';

/**
 * The time step a code matches under a base32 TOTP secret now (one step either way), if it comes after the
 * step last accepted: a code is good once, so one seen over a shoulder or a wire cannot be used again.
 */
export function acceptedStep(
  deps: Pick<AccountDeps, 'secrets' | 'clock'>,
  secret: string,
  code: string,
  lastStep?: number,
): number | undefined {
  const key = fromBase32(secret);
  if (key === undefined) return undefined;
  const now = Date.parse(deps.clock.now()) / 1000;
  const step = matchingStep((k, m) => deps.secrets.hmacSha1(k, m), key, code, now);
  return step !== undefined && (lastStep === undefined || step > lastStep) ? step : undefined;
}

const wrongCode = () =>
  new DomainError('auth.totp_invalid', 'the code is wrong or has expired', [
    { code: 'auth.totp_invalid', message: 'wrong code', field: 'code' },
  ]);

/**
 * Starts enrolling a second factor: a new secret (20 random bytes) and the otpauth:// URI an authenticator app
 * reads. It is used only once confirmed with a code; enrolling again replaces one not yet confirmed.
 */
export async function enrolTotp(deps: AccountDeps, actor: Actor): Promise<{ secret: string; uri: string }> {
  const userId = accountIdOf(actor);
  const user = await deps.accounts.userById(userId);
  if (user === undefined) throw new DomainError('auth.unauthenticated', 'sign in to an account first');
  if (user.totpSecret !== undefined)
    throw new DomainError('validation.invalid', 'a second factor is enrolled already: disable it first');
  const secret = toBase32(deps.secrets.bytes(20));
  const event = eventOf(deps, actor, 'totp.enrol', userId);
  await deps.accounts.updateUser(userId, { totpPending: secret }, event.at, event);
  return { secret, uri: otpauthUri(secret, user.name) };
}

/** Confirms the enrolment with a code from the app: from now on the account signs in with one. */
export async function confirmTotp(deps: AccountDeps, actor: Actor, code: string): Promise<void> {
  const userId = accountIdOf(actor);
  const user = await deps.accounts.userById(userId);
  if (user?.totpPending === undefined)
    throw new DomainError('validation.invalid', 'no enrolment to confirm: enrol first');
  const step = acceptedStep(deps, user.totpPending, code.trim());
  if (step === undefined) throw wrongCode();
  const event = eventOf(deps, actor, 'totp.confirm', userId);
  const change = { totpSecret: user.totpPending, totpPending: null, totpLastStep: step };
  await deps.accounts.updateUser(userId, change, event.at, event);
}

/**
 * Turns the second factor off: one's own with a current code (not while an admin makes it mandatory), or
 * another account's by an admin (a lost phone).
 */
export async function disableTotp(
  deps: AccountDeps,
  actor: Actor,
  options: { code?: string; account?: string },
): Promise<void> {
  let userId: string;
  if (options.account !== undefined) {
    assertAdmin(actor, "turn off another account's second factor");
    userId = (await userNamed(deps, options.account)).id;
  } else {
    userId = accountIdOf(actor);
    const user = await deps.accounts.userById(userId);
    if (user?.totpSecret === undefined)
      throw new DomainError('validation.invalid', 'no second factor to disable');
    if (await isTotpRequired(deps))
      throw new DomainError('auth.forbidden', 'a second factor is mandatory here: an admin can reset it');
    const code = options.code?.trim() ?? '';
    if (acceptedStep(deps, user.totpSecret, code, user.totpLastStep) === undefined) throw wrongCode();
  }
  const event = eventOf(deps, actor, 'totp.disable', userId);
  await deps.accounts.updateUser(userId, { totpSecret: null, totpPending: null }, event.at, event);
}
