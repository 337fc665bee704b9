import assert from 'node:assert/strict';
import { beforeEach, test } from 'node:test';
import { accountApp, Browser, codeOf, PASSWORD } from '../../../test/support/auth-browser.ts';
import { forEachStore } from '../../../test/support/stores.ts';
import { addUser, type AccountDeps } from '../../core/accounts/account.service.ts';
import type { Actor } from '../../core/actor.ts';
import type { Store } from '../../core/ports.ts';
import type { createApp } from '../app.ts';

const ROOT: Actor = { id: 'cli:root', roles: ['admin'] };

forEachStore('the API: passwords and accounts', (getStore: () => Store) => {
  let app: ReturnType<typeof createApp>;
  let deps: AccountDeps;
  beforeEach(async () => {
    const store = getStore();
    const clock = { now: () => '2024-03-01T10:00:00.000Z' };
    ({ app, deps } = accountApp(store, clock));
    await addUser(deps, ROOT, { name: 'admin', roles: ['admin'] }, PASSWORD);
    await addUser(deps, ROOT, { name: 'dana', roles: ['editor'] }, PASSWORD);
  });

  test('one changes one’s own password with the current one; other sessions end, this one stays', async () => {
    const here = new Browser(app);
    const there = new Browser(app);
    await here.login('dana');
    await there.login('dana');
    const wrong = await here.change('POST', '/api/auth/password', {
      currentPassword: 'not it at all',
      newPassword: 'a brand new passphrase',
    });
    assert.equal(wrong.status, 401);
    const short = await here.change('POST', '/api/auth/password', {
      currentPassword: PASSWORD,
      newPassword: 'short',
    });
    assert.equal(short.status, 400);
    assert.match(JSON.stringify(await short.json()), /\$\.newPassword/);
    const res = await here.change('POST', '/api/auth/password', {
      currentPassword: PASSWORD,
      newPassword: 'a brand new passphrase',
    });
    assert.equal(res.status, 204);
    assert.equal(
      ((await (await here.send('GET', '/api/auth/me')).json()) as { user: unknown }).user !== null,
      true,
    );
    assert.deepEqual(
      ((await (await there.send('GET', '/api/auth/me')).json()) as { user: unknown }).user,
      null,
    );
    assert.equal((await new Browser(app).login('dana')).status, 401);
    assert.equal((await new Browser(app).login('dana', 'a brand new passphrase')).status, 200);
  });

  test('an admin lists, adds, disables, enables and resets accounts; an editor may not', async () => {
    const admin = new Browser(app);
    await admin.login('admin');
    const added = await admin.change('POST', '/api/auth/users', { name: 'erlan', roles: ['viewer'] });
    assert.equal(added.status, 201);
    const { password } = (await added.json()) as { password: string };
    assert.match(password, /^[\w-]{24}$/);
    const listed = (await (await admin.send('GET', '/api/auth/users')).json()) as {
      users: { name: string }[];
    };
    assert.deepEqual(
      listed.users.map((u) => u.name),
      ['admin', 'dana', 'erlan'],
    );
    assert.doesNotMatch(JSON.stringify(listed), /argon2/);
    const erlan = new Browser(app);
    assert.equal((await erlan.login('erlan', password)).status, 200);
    assert.equal((await admin.change('POST', '/api/auth/users/erlan/disable')).status, 200);
    assert.deepEqual(
      ((await (await erlan.send('GET', '/api/auth/me')).json()) as { user: unknown }).user,
      null,
    );
    assert.equal((await admin.change('POST', '/api/auth/users/erlan/enable')).status, 200);
    const reset = (await (await admin.change('POST', '/api/auth/users/erlan/reset-password')).json()) as {
      password: string;
    };
    assert.equal((await new Browser(app).login('erlan', reset.password)).status, 200);

    const dana = new Browser(app);
    await dana.login('dana');
    const refused = await dana.change('POST', '/api/auth/users', { name: 'mallory', roles: ['admin'] });
    assert.equal(refused.status, 403);
    assert.equal(await codeOf(refused), 'auth.forbidden');
    assert.equal((await dana.send('GET', '/api/auth/users')).status, 403);
    assert.equal(await deps.accounts.userByName('mallory'), undefined);
    assert.equal((await new Browser(app).send('GET', '/api/auth/users')).status, 403, 'signed out');
  });
});
