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

  test('a name in another script, spelling or Russian case finds the case; a hidden defendant does not', async () => {
    const store = getStore();
    await store.run(SYSTEM_ACTOR, async (tx) => {
      await tx.create(
        'person',
        personRecord('person:mamay', {
          visibility: 'public',
          names: [{ value: 'Жанболат Мамай', script: 'Cyrl', language: 'kk', kind: 'native', sources: [] }],
        }),
      );
      await tx.create(
        'case',
        caseRecord('case:mamay', {
          visibility: 'public',
          participants: [{ person: 'person:mamay', role: 'defendant', sources: [] }],
        }),
      );
      await tx.create(
        'person',
        personRecord('person:other', {
          names: [{ value: 'Асель Нурланова', script: 'Cyrl', language: 'kk', kind: 'native', sources: [] }],
        }),
      );
      await tx.create(
        'case',
        caseRecord('case:other', {
          visibility: 'public',
          participants: [{ person: 'person:other', role: 'defendant', sources: [] }],
        }),
      );
    });
    const reader = openSession(store, viewer);
    for (const ref of ['Mamay', 'Mamai', 'Мамаем', 'MAMAY Zhanbolat', 'Zhanbolat Mamai'])
      assert.equal(await resolveCaseRef(reader, ref), 'case:mamay', ref);
    await assert.rejects(resolveCaseRef(reader, 'Ivanov'), (e) => isDomainError(e, 'record.not_found'));
    // The other defendant is internal: the public finds no case under her name in any spelling.
    await assert.rejects(resolveCaseRef(openSession(store, PUBLIC_ACTOR), 'Nurlanova'), (e) =>
      isDomainError(e, 'record.not_found'),
    );
    assert.equal(await resolveCaseRef(reader, 'Nurlanova'), 'case:other');
  });
});
