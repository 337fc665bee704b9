import assert from 'node:assert/strict';
import { test } from 'node:test';
import { forEachStore } from '../../../test/support/stores.ts';
import { argon2Hasher, NODE_SECRETS } from '../../node-secrets.ts';
import type { Actor } from '../actor.ts';
import { isDomainError } from '../errors.ts';
import type { Store } from '../ports.ts';
import { actorOf } from './account.ts';
import {
  addUser,
  listUsers,
  resetPassword,
  setDisabled,
  setTotpRequired,
  type AccountDeps,
} from './account.service.ts';
import { authenticateSession, authenticateToken, login, logout } from './auth.service.ts';
import { ThrottledError } from './auth-errors.ts';
import { createToken, listSessions, listTokens, revokeSession, revokeToken } from './token.service.ts';
import { fromBase32, totpAt } from './totp.ts';
import { confirmTotp, disableTotp, enrolTotp } from './totp.service.ts';

const ROOT: Actor = { id: 'cli:root', name: 'root', roles: ['admin'] };
const PASSWORD = 'correct horse battery staple';

/** Services over the store's accounts, with a clock the test moves. */
function servicesOver(store: Store) {
  let now = Date.parse('2024-03-01T10:00:00.000Z');
  const deps: AccountDeps = {
    accounts: store.accounts,
    hasher: argon2Hasher({ memoryCost: 1024, timeCost: 1 }),
    secrets: NODE_SECRETS,
    clock: { now: () => new Date(now).toISOString() },
  };
  const wait = (seconds: number) => {
    now += seconds * 1000;
  };
  const signIn = (account: string, password = PASSWORD, extra: { code?: string; address?: string } = {}) =>
    login(deps, {
      account,
      password,
      address: extra.address ?? '192.0.2.1',
      ...(extra.code ? { code: extra.code } : {}),
    });
  return { deps, wait, signIn, unix: () => now / 1000 };
}

const rejectsWith = (promise: Promise<unknown>, code: string) =>
  assert.rejects(promise, (e: unknown) => isDomainError(e) && e.code === code);

forEachStore('accounts', (getStore) => {
  test('an account is created with an argon2id hash, a random password shown once, and signs in', async () => {
    const { deps, signIn } = servicesOver(getStore());
    const made = await addUser(deps, ROOT, {
      name: 'aigerim',
      roles: ['researcher'],
      groups: ['legal team'],
    });
    assert.match(made.password ?? '', /^[\w-]{24}$/);
    const row = await deps.accounts.userByName('aigerim');
    assert.match(row?.passwordHash ?? '', /^\$argon2id\$/);
    assert.ok(!JSON.stringify(row).includes(made.password ?? '?'), 'the password is not stored in clear');
    const signedIn = await signIn('aigerim', made.password);
    const auth = await authenticateSession(deps, signedIn.token);
    assert.deepEqual(auth?.actor, {
      id: `user:${row?.id}`,
      name: 'aigerim',
      user: 'aigerim',
      roles: ['researcher'],
      groups: ['legal team'],
    });
    assert.equal(auth?.csrfToken, signedIn.csrfToken);
    const stored = await deps.accounts.sessionById(signedIn.session.id);
    assert.notEqual(stored?.tokenHash, signedIn.token, 'the session is kept by its digest');
    assert.deepEqual(
      (await deps.accounts.events(row?.id)).map((e) => [e.actor, e.action]),
      [['cli:root', 'user.add']],
    );
  });

  test('bad input, a taken name and a non-admin are refused, and nothing is created', async () => {
    const { deps } = servicesOver(getStore());
    await rejectsWith(addUser(deps, ROOT, { name: 'Bad Name', roles: ['viewer'] }), 'validation.invalid');
    await rejectsWith(
      addUser(deps, ROOT, { name: 'short', roles: ['viewer'] }, 'too short'),
      'validation.invalid',
    );
    await rejectsWith(
      addUser(deps, { ...ROOT, roles: ['editor'] }, { name: 'x', roles: ['viewer'] }),
      'auth.forbidden',
    );
    assert.equal(await deps.accounts.countUsers(), 0);
    await addUser(deps, ROOT, { name: 'dana', roles: ['viewer'] });
    await rejectsWith(addUser(deps, ROOT, { name: 'dana', roles: ['admin'] }), 'reference.duplicate');
    assert.deepEqual(
      (await listUsers(deps, ROOT)).map((u) => [u.name, u.roles]),
      [['dana', ['viewer']]],
    );
  });

  test('a wrong password and an unknown account get the same answer; five failures then a growing wait', async () => {
    const { deps, wait, signIn } = servicesOver(getStore());
    await addUser(deps, ROOT, { name: 'dana', roles: ['viewer'] }, PASSWORD);
    await rejectsWith(signIn('nobody'), 'auth.invalid_credentials');
    for (let i = 0; i < 5; i++)
      await rejectsWith(signIn('dana', 'wrong password!'), 'auth.invalid_credentials');
    await assert.rejects(
      signIn('dana'),
      (e: unknown) => e instanceof ThrottledError && e.retryAfterSeconds === 30,
    );
    wait(31);
    await rejectsWith(signIn('dana', 'wrong again!!'), 'auth.invalid_credentials');
    await assert.rejects(
      signIn('dana'),
      (e: unknown) => e instanceof ThrottledError && e.retryAfterSeconds === 60,
    );
    wait(61);
    await signIn('dana');
    await rejectsWith(signIn('dana', 'wrong password!'), 'auth.invalid_credentials');
    await rejectsWith(signIn('dana', 'wrong password!'), 'auth.invalid_credentials'); // counted afresh after success
    const failures = (since: string) => deps.accounts.failuresSince({ account: 'dana' }, since);
    assert.equal((await failures('2024-03-01T10:00:00.000Z')).length, 2);
    wait(2 * 24 * 3600);
    const old = await signIn('dana');
    assert.equal((await failures('2000-01-01T00:00:00.000Z')).length, 0, 'old attempts are forgotten');
    await logout(deps, old.token);
    wait(38 * 24 * 3600); // past the first session's expiry and a month more
    await signIn('dana');
    const kept = await deps.accounts.listSessions();
    assert.equal(kept.length, 1, 'sessions that ended a month ago are forgotten');
  });

  test('an address that fails on many accounts waits, while others sign in', async () => {
    const { deps, signIn } = servicesOver(getStore());
    await addUser(deps, ROOT, { name: 'dana', roles: ['viewer'] }, PASSWORD);
    for (let i = 0; i < 20; i++)
      await rejectsWith(
        signIn(`guess${i}`, 'nope nope nope', { address: '198.51.100.7' }),
        'auth.invalid_credentials',
      );
    await rejectsWith(signIn('dana', PASSWORD, { address: '198.51.100.7' }), 'auth.throttled');
    await signIn('dana', PASSWORD, { address: '192.0.2.1' });
    assert.equal(
      (await deps.accounts.failuresSince({ account: 'dana' }, '2000-01-01T00:00:00.000Z')).length,
      0,
    );
  });

  test("signing in to one's own account does not wipe the failures of an address", async () => {
    const { deps, signIn } = servicesOver(getStore());
    await addUser(deps, ROOT, { name: 'dana', roles: ['viewer'] }, PASSWORD);
    const from = { address: '198.51.100.7' };
    for (let i = 0; i < 19; i++)
      await rejectsWith(signIn(`guess${i}`, 'nope nope nope', from), 'auth.invalid_credentials');
    await signIn('dana', PASSWORD, from);
    await rejectsWith(signIn('guess', 'nope nope nope', from), 'auth.invalid_credentials');
    await rejectsWith(signIn('dana', PASSWORD, from), 'auth.throttled');
  });

  test('a revoked session, a logged-out one and a disabled account stop working at once', async () => {
    const { deps, signIn, wait } = servicesOver(getStore());
    await addUser(deps, ROOT, { name: 'dana', roles: ['editor'] }, PASSWORD);
    const a = await signIn('dana');
    const b = await signIn('dana');
    const c = await signIn('dana');
    const dana = await authenticateSession(deps, a.token);
    assert.equal((await listSessions(deps, dana!.actor)).length, 3);
    await revokeSession(deps, dana!.actor, b.session.id);
    assert.equal(await authenticateSession(deps, b.token), undefined);
    await logout(deps, c.token);
    assert.equal(await authenticateSession(deps, c.token), undefined);
    assert.ok(await authenticateSession(deps, a.token));
    const token = await createToken(deps, dana!.actor, { name: 'script' });
    await setDisabled(deps, ROOT, 'dana', true);
    assert.equal(await authenticateSession(deps, a.token), undefined);
    assert.equal(await authenticateToken(deps, token.token), undefined);
    await rejectsWith(signIn('dana'), 'auth.disabled');
    await setDisabled(deps, ROOT, 'dana', false);
    assert.ok(await authenticateSession(deps, a.token));
    wait(25 * 3600);
    assert.equal(await authenticateSession(deps, a.token), undefined, 'idle for more than a day');
  });

  test('another account cannot see or revoke my session; an admin can; a reset password ends them all', async () => {
    const { deps, signIn } = servicesOver(getStore());
    await addUser(deps, ROOT, { name: 'dana', roles: ['editor'] }, PASSWORD);
    await addUser(deps, ROOT, { name: 'erlan', roles: ['editor'] }, PASSWORD);
    const dana = await signIn('dana');
    const erlan = (await authenticateSession(deps, (await signIn('erlan')).token))!.actor;
    await rejectsWith(revokeSession(deps, erlan, dana.session.id), 'record.not_found');
    await rejectsWith(listSessions(deps, erlan, { account: 'dana' }), 'auth.forbidden');
    assert.equal((await listSessions(deps, ROOT, { account: 'dana' })).length, 1);
    assert.equal((await listSessions(deps, ROOT, { isAll: true })).length, 2);
    const { password } = await resetPassword(deps, ROOT, 'dana');
    assert.equal(await authenticateSession(deps, dana.token), undefined);
    await rejectsWith(signIn('dana'), 'auth.invalid_credentials');
    await signIn('dana', password);
  });

  test('an API token acts with its role, never above its owner, shown once, kept hashed, revocable', async () => {
    const { deps } = servicesOver(getStore());
    const made = await addUser(deps, ROOT, { name: 'dana', roles: ['researcher'] }, PASSWORD);
    const dana = actorOf((await deps.accounts.userById(made.user.id))!);
    await rejectsWith(createToken(deps, dana, { name: 'too high', role: 'admin' }), 'auth.forbidden');
    await rejectsWith(createToken(deps, dana, { name: 'odd', role: 'owner' }), 'validation.invalid');
    await rejectsWith(createToken(deps, dana, { name: ' ' }), 'validation.invalid');
    const viewer = await createToken(deps, dana, { name: 'export script', role: 'viewer' });
    assert.match(viewer.token, /^cw_/);
    const auth = await authenticateToken(deps, viewer.token);
    assert.deepEqual(auth?.actor.roles, ['viewer']);
    assert.equal(auth?.actor.user, 'dana');
    assert.equal(await authenticateToken(deps, 'cw_guess'), undefined);
    const listed = await listTokens(deps, dana);
    assert.equal(listed.length, 1);
    assert.ok(!JSON.stringify(listed).includes(viewer.token));
    assert.equal(
      (await deps.accounts.tokenById(viewer.apiToken.id))?.tokenHash,
      NODE_SECRETS.digest(viewer.token),
    );
    await revokeToken(deps, dana, viewer.apiToken.id);
    assert.equal(await authenticateToken(deps, viewer.token), undefined);
    const mine = await createToken(deps, dana, { name: 'default role' });
    assert.equal(mine.apiToken.role, 'researcher');
  });

  test('a request is authenticated in one read of the token or session with its account, each field its own', async () => {
    const { deps, wait, signIn } = servicesOver(getStore());
    const made = await addUser(
      deps,
      ROOT,
      { name: 'erlan', roles: ['editor'], groups: ['defence'] },
      PASSWORD,
    );
    wait(60);
    const token = await createToken(deps, actorOf(made.user), { name: 'nightly', role: 'viewer' });
    const found = await deps.accounts.tokenWithUser(NODE_SECRETS.digest(token.token));
    assert.ok(found);
    // The token's id, name and time are not the account's, though both tables have columns of those names.
    assert.equal(found.token.id, token.apiToken.id);
    assert.equal(found.token.name, 'nightly');
    assert.equal(found.token.role, 'viewer');
    assert.notEqual(found.token.createdAt, found.user.createdAt);
    assert.deepEqual(found.user, await deps.accounts.userById(made.user.id));
    assert.equal(await deps.accounts.tokenWithUser(NODE_SECRETS.digest('cw_unknown')), undefined);

    const cookie = (await signIn('erlan')).token;
    const session = await deps.accounts.sessionWithUser(NODE_SECRETS.digest(cookie));
    assert.ok(session);
    assert.equal(session.session.userId, made.user.id);
    assert.notEqual(session.session.id, made.user.id);
    assert.deepEqual(session.user, await deps.accounts.userById(made.user.id));
    // A disabled account stops its token and its session at once, read through the same join.
    assert.ok(await authenticateToken(deps, token.token));
    await setDisabled(deps, ROOT, 'erlan', true);
    assert.equal(await authenticateToken(deps, token.token), undefined);
    assert.equal(await authenticateSession(deps, cookie), undefined);
  });

  test('TOTP: enrol, confirm with a code, then sign in only with one; an admin can make it mandatory', async () => {
    const { deps, signIn, unix, wait } = servicesOver(getStore());
    await addUser(deps, ROOT, { name: 'dana', roles: ['editor'] }, PASSWORD);
    await addUser(deps, ROOT, { name: 'erlan', roles: ['viewer'] }, PASSWORD);
    const dana = (await authenticateSession(deps, (await signIn('dana')).token))!.actor;
    const { secret, uri } = await enrolTotp(deps, dana);
    assert.match(uri, new RegExp(`^otpauth://totp/Casewatch:dana\\?secret=${secret}&`));
    const code = (at = unix()) => totpAt((k, m) => NODE_SECRETS.hmacSha1(k, m), fromBase32(secret)!, at);
    assert.ok((await signIn('dana')).token, 'not in force until confirmed');
    await rejectsWith(
      confirmTotp(deps, dana, code() === '000000' ? '111111' : '000000'),
      'auth.totp_invalid',
    );
    await confirmTotp(deps, dana, code());
    await rejectsWith(signIn('dana'), 'auth.totp_required');
    await rejectsWith(signIn('dana', PASSWORD, { code: code() }), 'auth.totp_invalid'); // used to confirm
    await rejectsWith(signIn('dana', PASSWORD, { code: code(unix() - 120) }), 'auth.totp_invalid');
    wait(30);
    await signIn('dana', PASSWORD, { code: code(unix() + 30) }); // a phone whose clock runs a step ahead
    await rejectsWith(signIn('dana', PASSWORD, { code: code() }), 'auth.totp_invalid'); // before the last used
    wait(30);
    await signIn('dana', PASSWORD, { code: code(unix() + 30) });

    const erlan = await signIn('erlan');
    assert.equal((await authenticateSession(deps, erlan.token))?.mustEnrolTotp, false);
    await rejectsWith(setTotpRequired(deps, dana, true), 'auth.forbidden');
    await setTotpRequired(deps, ROOT, true);
    assert.equal((await authenticateSession(deps, erlan.token))?.mustEnrolTotp, true);
    await rejectsWith(disableTotp(deps, dana, { code: code() }), 'auth.forbidden');
    await disableTotp(deps, ROOT, { account: 'dana' });
    assert.equal((await deps.accounts.userByName('dana'))?.hasTotp, false);
  });
});
