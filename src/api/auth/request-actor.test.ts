import assert from 'node:assert/strict';
import { beforeEach, test } from 'node:test';
import { accountApp, Browser, PASSWORD } from '../../../test/support/auth-browser.ts';
import { caseRecord } from '../../../test/support/record-fixtures.ts';
import { forEachStore } from '../../../test/support/stores.ts';
import { addUser, setDisabled, type AccountDeps } from '../../core/accounts/account.service.ts';
import { SYSTEM_ACTOR, type Actor } from '../../core/actor.ts';
import type { Store } from '../../core/ports.ts';
import type { createApp } from '../app.ts';

const ROOT: Actor = { id: 'cli:root', roles: ['admin'] };
const INTERNAL = '/api/cases/case%3Ainternal';
const RESTRICTED = '/api/cases/case%3Adefence';

// The routes read as the actor authentication sets: what a request sees is the core's decision for that account.
forEachStore('the actor of a request', (getStore: () => Store) => {
  let app: ReturnType<typeof createApp>;
  let deps: AccountDeps;
  beforeEach(async () => {
    const store = getStore();
    const clock = { now: () => '2024-03-01T10:00:00.000Z' };
    ({ app, deps } = accountApp(store, clock));
    await store.run(SYSTEM_ACTOR, async (tx) => {
      await tx.create('case', caseRecord('case:internal'));
      await tx.create(
        'case',
        caseRecord('case:defence', { visibility: 'restricted', readers: ['group:defence'] }),
      );
    });
    await addUser(deps, ROOT, { name: 'dana', roles: ['viewer'], groups: ['defence'] }, PASSWORD);
    await addUser(deps, ROOT, { name: 'erlan', roles: ['viewer'] }, PASSWORD);
  });

  test('signed out sees no internal case; a viewer does; a restricted one only its named group', async () => {
    assert.equal((await app.request(INTERNAL)).status, 404);
    const dana = new Browser(app);
    await dana.login('dana');
    assert.equal((await dana.send('GET', INTERNAL)).status, 200);
    assert.equal((await dana.send('GET', RESTRICTED)).status, 200);
    const erlan = new Browser(app);
    await erlan.login('erlan');
    assert.equal((await erlan.send('GET', INTERNAL)).status, 200);
    assert.equal((await erlan.send('GET', RESTRICTED)).status, 404);
  });

  test('a token reads as its account, and stops with it: disabled, the same request is refused', async () => {
    const dana = new Browser(app);
    await dana.login('dana');
    const made = (await (await dana.change('POST', '/api/auth/tokens', { name: 'feed' })).json()) as {
      token: string;
    };
    const bearer = { Authorization: `Bearer ${made.token}` };
    assert.equal((await app.request(RESTRICTED, { headers: bearer })).status, 200);
    await setDisabled(deps, ROOT, 'dana', true);
    assert.equal((await app.request(RESTRICTED, { headers: bearer })).status, 401);
    assert.equal((await dana.send('GET', RESTRICTED)).status, 404, 'the cookie is the public now');
  });
});
