import assert from 'node:assert/strict';
import { beforeEach, test } from 'node:test';
import { forEachStore } from '../../../test/support/stores.ts';
import { NODE_SECRETS } from '../../node-secrets.ts';
import { openSession } from '../../core/access/session.ts';
import { addUser, type AccountDeps } from '../../core/accounts/account.service.ts';
import { fromBase32, totpAt } from '../../core/accounts/totp.ts';
import type { Actor } from '../../core/actor.ts';
import type { Store } from '../../core/ports.ts';
import { loadDemoIfEmpty } from '../../exchange/demo-data.ts';
import { loadLegalKnowledge } from '../../store/law-files.ts';
import { createApp } from '../app.ts';
import { accountApp, Browser, codeOf, PASSWORD } from '../../../test/support/auth-browser.ts';

const law = loadLegalKnowledge('data/law');
const ROOT: Actor = { id: 'cli:root', roles: ['admin'] };

type App = ReturnType<typeof createApp>;

forEachStore('the API with accounts', (getStore: () => Store) => {
  let app: App;
  let deps: AccountDeps;
  let now: number;
  beforeEach(async () => {
    const store = getStore();
    await loadDemoIfEmpty(store, law);
    now = Date.parse('2024-03-01T10:00:00.000Z');
    const clock = { now: () => new Date(now).toISOString() };
    ({ app, deps } = accountApp(store, clock));
    await addUser(deps, ROOT, { name: 'dana', displayName: 'Dana', roles: ['editor'] }, PASSWORD);
  });

  test('signs in with a session cookie, says who is signed in, signs out', async () => {
    const browser = new Browser(app);
    assert.deepEqual(await (await browser.send('GET', '/api/auth/me')).json(), {
      user: null,
      roles: ['public'],
    });
    const res = await browser.login('dana');
    assert.equal(res.status, 200);
    const set = res.headers.get('Set-Cookie') ?? '';
    assert.match(set, /^casewatch_session=[\w-]{43};/);
    assert.match(set, /HttpOnly/);
    assert.match(set, /SameSite=Lax/);
    assert.match(set, /Path=\//);
    assert.doesNotMatch(set, /Secure/, 'plain http in the test');
    const me = (await (await browser.send('GET', '/api/auth/me')).json()) as Record<string, unknown>;
    assert.equal((me.user as { name: string }).name, 'dana');
    assert.deepEqual(me.roles, ['editor']);
    assert.equal(me.csrfToken, browser.csrf);
    assert.equal((await browser.change('POST', '/api/auth/logout')).status, 204);
    assert.equal(browser.cookie, undefined, 'the cookie is cleared');
    assert.deepEqual(await (await browser.send('GET', '/api/auth/me')).json(), {
      user: null,
      roles: ['public'],
    });
  });

  test('the cookie is Secure over https, and behind a trusted proxy that says https', async () => {
    const res = await app.request('https://casewatch.example/api/auth/login', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ account: 'dana', password: PASSWORD }),
    });
    assert.match(res.headers.get('Set-Cookie') ?? '', /Secure/);
    const proxied = createApp({
      openSession: (a) => openSession(getStore(), a),
      law,
      clock: deps.clock,
      accounts: { ...deps, isBehindProxy: true },
    });
    const behind = await proxied.request('/api/auth/login', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Forwarded-Proto': 'https' },
      body: JSON.stringify({ account: 'dana', password: PASSWORD }),
    });
    assert.match(behind.headers.get('Set-Cookie') ?? '', /Secure/);
  });

  test('a wrong password is 401; after five, a wait with Retry-After, the right password too', async () => {
    const browser = new Browser(app);
    const wrong = await browser.login('dana', 'not the password');
    assert.equal(wrong.status, 401);
    assert.equal(await codeOf(wrong), 'auth.invalid_credentials');
    assert.equal(wrong.headers.get('Set-Cookie'), null);
    for (let i = 0; i < 4; i++) await browser.login('dana', 'not the password');
    const throttled = await browser.login('dana');
    assert.equal(throttled.status, 429);
    assert.equal(throttled.headers.get('Retry-After'), '30');
    assert.match(
      ((await throttled.json()) as { error: { message: string } }).error.message,
      /try again in 30 seconds/,
    );
    now += 31_000;
    assert.equal((await browser.login('dana')).status, 200);
  });

  test('a change by cookie without the CSRF token, or with a wrong one, is 403 auth.csrf and changes nothing', async () => {
    const browser = new Browser(app);
    await browser.login('dana');
    const missing = await browser.send('POST', '/api/auth/tokens', { name: 'script' });
    assert.equal(missing.status, 403);
    assert.equal(await codeOf(missing), 'auth.csrf');
    const wrong = await browser.send(
      'POST',
      '/api/auth/tokens',
      { name: 'script' },
      { 'X-CSRF-Token': 'x'.repeat(64) },
    );
    assert.equal(await codeOf(wrong), 'auth.csrf');
    const logout = await browser.send('POST', '/api/auth/logout');
    assert.equal(logout.status, 403, 'nor can a forged request sign one out');
    assert.deepEqual(await deps.accounts.listTokens(), []);
    assert.equal((await browser.change('POST', '/api/auth/tokens', { name: 'script' })).status, 201);
  });

  test('a bearer token works without CSRF, acts with its role, and once revoked is 401', async () => {
    const browser = new Browser(app);
    await browser.login('dana');
    const made = (await (
      await browser.change('POST', '/api/auth/tokens', { name: 'script', role: 'viewer' })
    ).json()) as {
      token: string;
      apiToken: { id: string };
    };
    const bearer = { Authorization: `Bearer ${made.token}` };
    const me = (await (await app.request('/api/auth/me', { headers: bearer })).json()) as Record<
      string,
      unknown
    >;
    assert.deepEqual(me.roles, ['viewer']);
    assert.equal(me.via, 'token');
    assert.equal(me.csrfToken, undefined);
    const second = await app.request('/api/auth/tokens', {
      method: 'POST',
      headers: { ...bearer, 'Content-Type': 'application/json' },
      body: JSON.stringify({ name: 'from a script' }),
    });
    assert.equal(second.status, 201, 'no CSRF token needed with a bearer token');
    assert.equal((await app.request('/api/cases', { headers: bearer })).status, 200);
    assert.equal((await browser.change('DELETE', `/api/auth/tokens/${made.apiToken.id}`)).status, 204);
    const revoked = await app.request('/api/cases', { headers: bearer });
    assert.equal(revoked.status, 401);
    assert.equal(await codeOf(revoked), 'auth.unauthenticated');
    assert.equal(
      (await app.request('/api/cases', { headers: { Authorization: 'Bearer cw_nonsense' } })).status,
      401,
    );
  });

  test('sessions are listed and revoked; a revoked session is the public at once', async () => {
    const phone = new Browser(app);
    const laptop = new Browser(app);
    await phone.login('dana');
    await laptop.login('dana');
    const listed = (await (await laptop.send('GET', '/api/auth/sessions')).json()) as {
      sessions: { id: string; isCurrent: boolean }[];
    };
    assert.equal(listed.sessions.length, 2);
    const other = listed.sessions.find((s) => !s.isCurrent);
    assert.equal((await laptop.change('DELETE', `/api/auth/sessions/${other?.id}`)).status, 204);
    assert.deepEqual(await (await phone.send('GET', '/api/auth/me')).json(), {
      user: null,
      roles: ['public'],
    });
    assert.equal((await phone.send('GET', '/api/auth/sessions')).status, 401);
  });

  test('TOTP: enrol, confirm, then signing in needs a code; made mandatory, an account without one acts as the public', async () => {
    const browser = new Browser(app);
    await browser.login('dana');
    const { secret } = (await (await browser.change('POST', '/api/auth/totp/enrol')).json()) as {
      secret: string;
    };
    const code = () => totpAt((k, m) => NODE_SECRETS.hmacSha1(k, m), fromBase32(secret)!, now / 1000);
    assert.equal((await browser.change('POST', '/api/auth/totp/confirm', { code: code() })).status, 204);
    const again = new Browser(app);
    const needsCode = await again.login('dana');
    assert.equal(needsCode.status, 401);
    assert.equal(await codeOf(needsCode), 'auth.totp_required');
    assert.equal(
      await codeOf(await again.login('dana', PASSWORD, code())),
      'auth.totp_invalid',
      'a code is good once',
    );
    now += 30_000;
    assert.equal((await again.login('dana', PASSWORD, code())).status, 200);

    await addUser(deps, ROOT, { name: 'admin', roles: ['admin'] }, PASSWORD);
    await addUser(deps, ROOT, { name: 'erlan', roles: ['viewer'] }, PASSWORD);
    const admin = new Browser(app);
    await admin.login('admin');
    assert.equal((await admin.change('PUT', '/api/auth/settings', { requireTotp: true })).status, 200);
    assert.equal(
      (await again.change('PUT', '/api/auth/settings', { requireTotp: false })).status,
      403,
      'editors may not',
    );
    const erlan = new Browser(app);
    const signedIn = (await (await erlan.login('erlan')).json()) as { mustEnrolTotp: boolean };
    assert.equal(signedIn.mustEnrolTotp, true);
    const me = (await (await erlan.send('GET', '/api/auth/me')).json()) as Record<string, unknown>;
    assert.deepEqual(me.roles, ['public']);
    assert.equal(me.mustEnrolTotp, true);
    assert.equal((await erlan.change('POST', '/api/auth/totp/enrol')).status, 200, 'but may enrol');
  });

  test('bad input names its place and changes nothing', async () => {
    const browser = new Browser(app);
    const res = await browser.send('POST', '/api/auth/login', { account: 'dana' });
    assert.equal(res.status, 400);
    const body = (await res.json()) as { error: { issues: { path: string }[] } };
    assert.equal(body.error.issues[0]?.path, '$.password');
    const notJson = await app.request('/api/auth/login', { method: 'POST', body: 'account=dana' });
    assert.equal(notJson.status, 400);
    assert.deepEqual(await deps.accounts.listSessions(), []);
  });
});
