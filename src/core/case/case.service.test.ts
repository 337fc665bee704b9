import assert from 'node:assert/strict';
import { test } from 'node:test';
import { caseRecord, personRecord } from '../../../test/support/record-fixtures.ts';
import { forEachStore } from '../../../test/support/stores.ts';
import { PUBLIC_ACTOR, SYSTEM_ACTOR, type Actor } from '../actor.ts';
import { isDomainError } from '../errors.ts';
import { resolveCaseRef } from './case.service.ts';
import { openSession } from '../access/session.ts';

const viewer: Actor = { id: 'user:viewer', roles: ['viewer'] };

forEachStore('case references', (getStore) => {
  test('a name finds a case only through a defendant the actor may read', async () => {
    const store = getStore();
    await store.run(SYSTEM_ACTOR, async (tx) => {
      await tx.create(
        'person',
        personRecord('person:hidden', {
          names: [{ value: 'Hidden Defendant', script: 'Latn', language: 'en', kind: 'native', sources: [] }],
        }),
      );
      await tx.create(
        'case',
        caseRecord('case:open', {
          visibility: 'public',
          participants: [{ person: 'person:hidden', role: 'defendant', sources: [] }],
        }),
      );
    });
    assert.equal(await resolveCaseRef(openSession(store, viewer), 'Hidden Defendant'), 'case:open');
    await assert.rejects(resolveCaseRef(openSession(store, PUBLIC_ACTOR), 'Hidden Defendant'), (e) =>
      isDomainError(e, 'record.not_found'),
    );
    assert.equal(await resolveCaseRef(openSession(store, PUBLIC_ACTOR), 'case:open'), 'case:open');
  });
});
