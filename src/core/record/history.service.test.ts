import assert from 'node:assert/strict';
import { test } from 'node:test';
import { forEachStore } from '../../../test/support/stores.ts';
import { PUBLIC_ACTOR, type Actor } from '../actor.ts';
import { isDomainError } from '../errors.ts';
import { parseRecordKind, recordHistory } from './history.service.ts';
import { openSession } from '../access/session.ts';
import type { RecordOf } from './record-kinds.ts';

const editor: Actor = { id: 'user:aigerim', roles: ['editor'] };
const viewer: Actor = { id: 'user:viewer', roles: ['viewer'] };

const person = (
  visibility: 'public' | 'internal' | 'restricted',
  occupation?: string,
): RecordOf<'person'> => ({
  id: 'person:test',
  names: [{ value: 'Zhanbolat Mamay', script: 'Latn', language: 'en', kind: 'transliteration', sources: [] }],
  affiliations: [],
  visibility,
  sources: [],
  ...(occupation !== undefined ? { occupation } : {}),
});

forEachStore('record history', (getStore) => {
  test('names who changed what, when and why, oldest first', async () => {
    const store = getStore();
    await store.run(editor, (tx) => tx.create('person', person('internal')), { reason: 'first entry' });
    // A list the form sends empty ("disputes": []) says what none did: it is no change.
    await store.run(
      editor,
      (tx) => tx.update('person', { ...person('internal', 'journalist'), disputes: [] }, 1),
      { reason: 'from the trial record' },
    );
    const history = await recordHistory(openSession(store, viewer), 'person', 'person:test');
    assert.deepEqual(
      history.map((h) => [h.action, h.version, h.actor, h.reason, h.changedFields]),
      [
        ['create', 1, 'user:aigerim', 'first entry', ['id', 'names', 'visibility']],
        ['update', 2, 'user:aigerim', 'from the trial record', ['occupation']],
      ],
    );
    assert.equal((history[1]?.before as { occupation?: string }).occupation, undefined);
    assert.equal((history[1]?.after as { occupation?: string }).occupation, 'journalist');
  });

  test('is as confidential as the record: the public cannot read the history of an internal record', async () => {
    const store = getStore();
    await store.run(editor, (tx) => tx.create('person', person('internal')));
    await assert.rejects(recordHistory(openSession(store, PUBLIC_ACTOR), 'person', 'person:test'), (e) =>
      isDomainError(e, 'record.not_found'),
    );
    await assert.rejects(recordHistory(openSession(store, viewer), 'person', 'person:none'), (e) =>
      isDomainError(e, 'record.not_found'),
    );
  });

  test('a version the actor may not read is withheld, and a deleted record keeps its last confidentiality', async () => {
    const store = getStore();
    await store.run(editor, (tx) => tx.create('person', person('restricted', 'safe house keeper')));
    await store.run(editor, (tx) => tx.update('person', person('public'), 1));
    const history = await recordHistory(openSession(store, PUBLIC_ACTOR), 'person', 'person:test');
    assert.equal(JSON.stringify(history).includes('safe house'), false);
    assert.deepEqual(
      history.map((h) => [h.action, h.changedFields, h.before === null, 'withheld' in (h.after as object)]),
      [
        ['create', [], true, true],
        ['update', [], false, false],
      ],
    );
    assert.equal((history[1]?.after as { visibility: string }).visibility, 'public');
    assert.deepEqual(history[1]?.before, { withheld: 'not readable at your access level' });
    await store.run(editor, (tx) => tx.create('person', { ...person('restricted'), id: 'person:gone' }));
    await store.run(editor, (tx) => tx.remove('person', 'person:gone', 1));
    await assert.rejects(recordHistory(openSession(store, viewer), 'person', 'person:gone'), (e) =>
      isDomainError(e, 'record.not_found'),
    );
    const admin = await recordHistory(
      openSession(store, { id: 'a', roles: ['admin'] }),
      'person',
      'person:gone',
    );
    assert.deepEqual(
      admin.map((h) => h.action),
      ['create', 'delete'],
    );
  });
});

test('record kinds are named as in the bundle', () => {
  assert.equal(parseRecordKind('charge'), 'charge');
  assert.throws(() => parseRecordKind('charges'), /unknown record kind "charges"/);
});
