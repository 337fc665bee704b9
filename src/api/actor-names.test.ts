import assert from 'node:assert/strict';
import { test } from 'node:test';
import { openSession } from '../core/access/session.ts';
import { actorOf } from '../core/accounts/account.ts';
import { SYSTEM_ACTOR, type Actor } from '../core/actor.ts';
import type { Store } from '../core/ports.ts';
import { loadLegalKnowledge } from '../store/law-files.ts';
import { ACTORS, bodyOf, type As } from '../../test/support/api.ts';
import { testDocuments } from '../../test/support/documents-api.ts';
import { caseRecord } from '../../test/support/record-fixtures.ts';
import { forEachStore } from '../../test/support/stores.ts';
import { createApp } from './app.ts';

const law = loadLegalKnowledge('data/law');
const AT = '2024-06-01T09:00:00.000Z';

/** An editor's account, as the accounts store keeps it, and the actor it acts as. */
async function aigerimOf(store: Store): Promise<Actor> {
  const user = {
    id: 'Sf-aigerim',
    name: 'aigerim',
    displayName: 'Aigerim Sultanova',
    roles: ['editor' as const],
    groups: [],
    isDisabled: false,
    hasPassword: false,
    hasTotp: false,
    createdAt: AT,
    updatedAt: AT,
  };
  await store.accounts.createUser(user, { at: AT, actor: 'system', action: 'user.add', userId: user.id });
  return actorOf(user);
}

/** The API with documents, called as one of ACTORS or as the account `aigerim`. */
function namedApi(store: Store, aigerim: Actor) {
  const { deps, queue } = testDocuments(store, law);
  const app = createApp({
    openSession: (actor) => openSession(store, actor),
    law,
    clock: { now: () => AT },
    actorOf: (request) => {
      const as = request.headers.get('x-test-as') ?? 'public';
      return as === 'aigerim' ? aigerim : ACTORS[as as As];
    },
    documents: deps,
  });
  const get = async <T>(as: As, path: string) => {
    const res = await app.request(path, { headers: { 'x-test-as': as } });
    assert.equal(res.status, 200, path);
    return bodyOf<T>(res);
  };
  return { app, queue, get };
}

type Named = { actor: string; actorName?: string };

forEachStore('actor names in history and custody', (getStore) => {
  test('an internal reader is shown who acted by name, the public never a staff member’s', async () => {
    const store = getStore();
    const aigerim = await aigerimOf(store);
    const api = namedApi(store, aigerim);
    const published = (title: string) => caseRecord('case:a', { title, visibility: 'public' });
    await store.run(SYSTEM_ACTOR, (tx) => tx.create('case', published('A case')));
    await store.run(aigerim, (tx) => tx.update('case', published('A case, renamed'), 1));
    const cli: Actor = { id: 'cli:aigerim', name: 'aigerim', user: 'aigerim', roles: ['admin'] };
    await store.run(cli, (tx) => tx.update('case', published('A case, renamed again'), 2));
    await store.run({ ...cli, id: 'cli:tester' }, (tx) => tx.update('case', published('A case'), 3));

    const history = await api.get<{ entries: Named[] }>('viewer', '/api/cases/case:a/history');
    assert.deepEqual(
      history.entries.map((e) => [e.actor, e.actorName]),
      [
        ['system', 'Casewatch'],
        ['user:Sf-aigerim', 'Aigerim Sultanova'],
        ['cli:aigerim', 'Aigerim Sultanova'],
        ['cli:tester', 'tester'],
      ],
    );
    const seen = await api.get<{ entries: Named[] }>('public', '/api/cases/case:a/history');
    assert.deepEqual(
      seen.entries.map((e) => [e.actor, e.actorName]),
      [
        ['system', 'Casewatch'],
        ['staff', undefined],
        ['staff', undefined],
        ['staff', undefined],
      ],
    );
    assert.equal(/Sultanova|aigerim|Sf-/.test(JSON.stringify(seen)), false);
  });

  test('the chain of custody names who acted and says what each event concerns as data', async () => {
    const store = getStore();
    const aigerim = await aigerimOf(store);
    const api = namedApi(store, aigerim);
    await store.run(aigerim, (tx) => tx.create('case', caseRecord('case:a')));
    const upload = await api.app.request('/api/cases/case:a/documents', {
      method: 'POST',
      headers: {
        'x-test-as': 'aigerim',
        'content-type': 'text/plain',
        'x-file-name': encodeURIComponent('показания.txt'),
      },
      body: new TextEncoder().encode('Показания свидетеля.\n'),
    });
    assert.equal(upload.status, 202);
    const { id, sha256 } = await bodyOf<{ id: string; sha256: string }>(upload);
    await api.queue.idle();
    // An event an older version recorded keeps its words.
    await store.run(SYSTEM_ACTOR, async (tx) => {
      await tx.documents?.addCustody({ sha256, action: 'verified', detail: 'as written before 0007' });
    });

    const custody = await api.get<{
      events: (Named & { action: string; details?: object; detail?: string })[];
    }>('researcher', `/api/documents/${id}/custody`);
    assert.deepEqual(
      custody.events.map((e) => [e.action, e.actor, e.actorName, e.details, e.detail]),
      [
        ['added', 'user:Sf-aigerim', 'Aigerim Sultanova', { fileName: 'показания.txt' }, undefined],
        ['text_read', 'user:Sf-aigerim', 'Aigerim Sultanova', { pages: 1 }, undefined],
        ['verified', 'system', 'Casewatch', undefined, 'as written before 0007'],
      ],
    );
  });
});
