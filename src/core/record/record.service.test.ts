import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createMemoryStore } from '../../../test/support/memory-store.ts';
import { caseRecord, personRecord } from '../../../test/support/record-fixtures.ts';
import { openSession } from '../access/session.ts';
import type { Actor } from '../actor.ts';
import { isDomainError, type ErrorCode } from '../errors.ts';
import type { RecordOf } from './record-kinds.ts';
import { createRecord, deleteRecord, restoreRecord, updateRecord } from './record.service.ts';

const ADMIN: Actor = { id: 'user:root', user: 'root', roles: ['admin'] };
const EDITOR: Actor = { id: 'user:aigerim', user: 'aigerim', roles: ['editor'] };
const OTHER_EDITOR: Actor = { id: 'user:dana', user: 'dana', roles: ['editor'] };
const VIEWER: Actor = { id: 'user:vera', user: 'vera', roles: ['viewer'] };

const CONTACT = { phones: ['+7 701 555 0101'], address: 'Safe house, Almaty' };

const is = (code: ErrorCode) => (e: unknown) => isDomainError(e, code);

test('create returns the record at version 1, with its revision', async () => {
  const store = createMemoryStore();
  const created = await createRecord(openSession(store, EDITOR), 'case', caseRecord('case:a'), {
    reason: 'from the court register',
  });
  assert.equal(created.version, 1);
  assert.equal(created.updatedBy, EDITOR.id);
  assert.deepEqual(
    store.revisions().map((r) => [r.action, r.recordId, r.version, r.actor, r.reason, r.before]),
    [['create', 'case:a', 1, EDITOR.id, 'from the court register', null]],
  );
});

test('an update at the current version gives version 2 and a revision with what it was and is', async () => {
  const store = createMemoryStore();
  const session = openSession(store, EDITOR);
  const created = await createRecord(session, 'case', caseRecord('case:a'));
  const updated = await updateRecord(session, 'case', { ...created.data, title: 'Renamed' }, 1);
  assert.equal(updated.version, 2);
  assert.equal(updated.data.title, 'Renamed');
  const last = store.revisions().at(-1);
  assert.equal(last?.action, 'update');
  assert.equal(last?.version, 2);
  assert.equal((last?.before as RecordOf<'case'>).title, 'Case case:a');
  assert.equal((last?.after as RecordOf<'case'>).title, 'Renamed');
});

test('a save that changes nothing writes no version and no revision', async () => {
  const store = createMemoryStore();
  const session = openSession(store, EDITOR);
  const created = await createRecord(session, 'case', caseRecord('case:a'));
  // The same record, its lists left out where the schema reads them as empty and its keys in another order.
  const same = Object.fromEntries(
    Object.entries(created.data)
      .filter(([, v]) => !(Array.isArray(v) && v.length === 0))
      .reverse(),
  );
  const saved = await updateRecord(session, 'case', same, 1);
  assert.equal(saved.version, 1);
  assert.deepEqual(
    store.revisions().map((r) => r.action),
    ['create'],
  );
  // A stale save is still a conflict, even when it would change nothing.
  await updateRecord(session, 'case', { ...created.data, title: 'Renamed' }, 1);
  await assert.rejects(
    updateRecord(session, 'case', { ...created.data, title: 'Renamed' }, 1),
    is('record.conflict'),
  );
});

test('an update at a stale version is a conflict and changes nothing', async () => {
  const store = createMemoryStore();
  const session = openSession(store, EDITOR);
  const created = await createRecord(session, 'case', caseRecord('case:a'));
  await updateRecord(session, 'case', { ...created.data, title: 'First' }, 1);
  const before = store.revisions();
  await assert.rejects(
    updateRecord(openSession(store, OTHER_EDITOR), 'case', { ...created.data, title: 'Lost' }, 1),
    (e: unknown) => is('record.conflict')(e) && /expected version 1.*version 2/.test((e as Error).message),
  );
  assert.deepEqual(store.revisions(), before);
  const now = await store.reader.get('case', 'case:a');
  assert.deepEqual([now?.version, now?.data.title], [2, 'First']);
});

test('of two concurrent updates at the same version, exactly one wins and the other is a conflict', async () => {
  const store = createMemoryStore();
  const created = await createRecord(openSession(store, EDITOR), 'case', caseRecord('case:a'));
  const results = await Promise.allSettled([
    updateRecord(openSession(store, EDITOR), 'case', { ...created.data, title: 'By Aigerim' }, 1),
    updateRecord(openSession(store, OTHER_EDITOR), 'case', { ...created.data, title: 'By Dana' }, 1),
  ]);
  const won = results.filter((r) => r.status === 'fulfilled');
  const lost = results.filter((r) => r.status === 'rejected');
  assert.equal(won.length, 1);
  assert.equal(lost.length, 1);
  assert.ok(is('record.conflict')(lost[0]?.reason));
  const now = await store.reader.get('case', 'case:a');
  assert.equal(now?.version, 2);
  assert.equal(now?.data.title, won[0]?.value.data.title);
  assert.equal(store.revisions().length, 2);
});

test('a deleted record is restored as it was before its deletion, its versions continuing', async () => {
  const store = createMemoryStore();
  const session = openSession(store, EDITOR);
  const created = await createRecord(session, 'case', caseRecord('case:a'));
  const renamed = await updateRecord(session, 'case', { ...created.data, title: 'Renamed' }, 1);
  await deleteRecord(session, 'case', 'case:a', 2, { reason: 'duplicate entry' });
  assert.equal(await session.get('case', 'case:a'), undefined);
  const restored = await restoreRecord(session, 'case', 'case:a', 2);
  assert.equal(restored.version, 4);
  assert.deepEqual(restored.data, renamed.data);
  assert.deepEqual((await session.get('case', 'case:a'))?.data, renamed.data);
  assert.deepEqual(
    store.revisions().map((r) => [r.action, r.version, r.reason]),
    [
      ['create', 1, undefined],
      ['update', 2, undefined],
      ['delete', 3, 'duplicate entry'],
      ['create', 4, 'restored version 2'],
    ],
  );
});

test('an earlier version of a live record is restored as a new version', async () => {
  const store = createMemoryStore();
  const session = openSession(store, EDITOR);
  const created = await createRecord(session, 'case', caseRecord('case:a'));
  await updateRecord(session, 'case', { ...created.data, title: 'Renamed' }, 1);
  const restored = await restoreRecord(session, 'case', 'case:a', 1);
  assert.equal(restored.version, 3);
  assert.deepEqual(restored.data, created.data);
  const last = store.revisions().at(-1);
  assert.deepEqual([last?.action, last?.version, last?.reason], ['update', 3, 'restored version 1']);
  assert.equal((last?.before as RecordOf<'case'>).title, 'Renamed');
  await assert.rejects(restoreRecord(session, 'case', 'case:a', 9), is('record.not_found'));
});

test('a viewer may not write, whatever they send', async () => {
  const store = createMemoryStore();
  const created = await createRecord(openSession(store, EDITOR), 'case', caseRecord('case:a'));
  const session = openSession(store, VIEWER);
  const before = store.revisions();
  await assert.rejects(createRecord(session, 'case', caseRecord('case:b')), is('auth.forbidden'));
  // Asked before the input is checked: someone who may not write learns nothing from their input's faults.
  await assert.rejects(createRecord(session, 'case', { id: 'case:b' }), is('auth.forbidden'));
  await assert.rejects(updateRecord(session, 'case', { title: '' }, 1), is('auth.forbidden'));
  await assert.rejects(
    updateRecord(session, 'case', { ...created.data, title: 'Viewed' }, 1),
    is('auth.forbidden'),
  );
  await assert.rejects(deleteRecord(session, 'case', 'case:a', 1), is('auth.forbidden'));
  await assert.rejects(restoreRecord(session, 'case', 'case:a', 1), is('auth.forbidden'));
  assert.deepEqual(store.revisions(), before);
});

test('an editor neither reads nor changes a contact restricted from them, and their update keeps it', async () => {
  const store = createMemoryStore();
  await createRecord(openSession(store, ADMIN), 'person', personRecord('person:m', { contact: CONTACT }));
  const session = openSession(store, EDITOR);
  const seen = await session.get('person', 'person:m');
  assert.ok(seen);
  assert.equal('contact' in seen.data, false);
  const updated = await updateRecord(
    session,
    'person',
    { ...seen.data, occupation: 'journalist', contact: { phones: ['+7 000 000 0000'] } },
    seen.version,
  );
  assert.equal(updated.version, 2);
  assert.equal(updated.data.occupation, 'journalist');
  assert.equal('contact' in updated.data, false);
  assert.equal(JSON.stringify(updated).includes('+7'), false);
  const stored = await store.reader.get('person', 'person:m');
  assert.deepEqual(stored?.data.contact, CONTACT);
  assert.equal(stored?.data.occupation, 'journalist');
  const last = store.revisions().at(-1);
  assert.deepEqual((last?.before as RecordOf<'person'>).contact, CONTACT);
  assert.deepEqual((last?.after as RecordOf<'person'>).contact, CONTACT);
});

test('an editor may not put a record out of their own sight, but may restrict it to themselves', async () => {
  const store = createMemoryStore();
  const session = openSession(store, EDITOR);
  const created = await createRecord(session, 'person', personRecord('person:m'));
  const before = store.revisions();
  await assert.rejects(
    updateRecord(session, 'person', { ...created.data, visibility: 'restricted' }, 1),
    is('auth.forbidden'),
  );
  await assert.rejects(
    updateRecord(session, 'person', { ...created.data, visibility: 'restricted', readers: ['user:dana'] }, 1),
    is('auth.forbidden'),
  );
  await assert.rejects(
    createRecord(session, 'person', personRecord('person:n', { visibility: 'restricted' })),
    is('auth.forbidden'),
  );
  assert.deepEqual(store.revisions(), before);
  const mine = await updateRecord(
    session,
    'person',
    { ...created.data, visibility: 'restricted', readers: ['user:aigerim'] },
    1,
  );
  assert.equal(mine.version, 2);
  assert.equal((await session.get('person', 'person:m'))?.version, 2);
  assert.equal(await openSession(store, OTHER_EDITOR).get('person', 'person:m'), undefined);
});

test('invalid input is a validation.invalid error naming each path', async () => {
  const store = createMemoryStore();
  const session = openSession(store, EDITOR);
  await assert.rejects(createRecord(session, 'person', personRecord('person:m', { names: [] })), (e) => {
    assert.ok(isDomainError(e, 'validation.invalid'));
    assert.deepEqual(
      e.issues.map((i) => i.path),
      ['$.names'],
    );
    return true;
  });
  const created = await createRecord(session, 'person', personRecord('person:m'));
  await assert.rejects(
    updateRecord(session, 'person', { ...created.data, visibility: 'restricted', readers: ['alice'] }, 1),
    (e) => isDomainError(e, 'validation.invalid') && e.issues.some((i) => i.path === '$.readers[0]'),
  );
  assert.equal(store.revisions().length, 1);
});

test('restoring an earlier version keeps the fields the restorer may not see as they are now', async () => {
  const store = createMemoryStore();
  const admin = openSession(store, ADMIN);
  const created = await createRecord(admin, 'person', personRecord('person:m', { contact: CONTACT }));
  const moved = { phones: ['+7 701 555 0202'] };
  await updateRecord(admin, 'person', { ...created.data, occupation: 'lawyer', contact: moved }, 1);
  const restored = await restoreRecord(openSession(store, EDITOR), 'person', 'person:m', 1);
  assert.equal(restored.version, 3);
  assert.equal('contact' in restored.data, false);
  const stored = await store.reader.get('person', 'person:m');
  assert.equal(stored?.data.occupation, undefined);
  assert.deepEqual(stored?.data.contact, moved);
  // An admin sees every field, so their restore brings back the contact too.
  await restoreRecord(admin, 'person', 'person:m', 1);
  assert.deepEqual((await store.reader.get('person', 'person:m'))?.data.contact, CONTACT);
});

test('a deleted record keeps its last confidentiality: who could not read it then cannot restore it', async () => {
  const store = createMemoryStore();
  const admin = openSession(store, ADMIN);
  const created = await createRecord(admin, 'person', personRecord('person:m'));
  await updateRecord(admin, 'person', { ...created.data, visibility: 'restricted' }, 1);
  await deleteRecord(admin, 'person', 'person:m', 2);
  await assert.rejects(
    restoreRecord(openSession(store, EDITOR), 'person', 'person:m', 1),
    is('record.not_found'),
  );
  assert.equal(await store.reader.get('person', 'person:m'), undefined);
  const restored = await restoreRecord(admin, 'person', 'person:m', 1);
  assert.deepEqual([restored.version, restored.data.visibility], [4, 'internal']);
});

test('an edit by a writer who may not see a record it refers to is refused, and loses nothing', async () => {
  const store = createMemoryStore();
  const admin = openSession(store, ADMIN);
  await createRecord(admin, 'person', personRecord('person:a'));
  await createRecord(admin, 'person', personRecord('person:witness', { visibility: 'restricted' }));
  const participants = [
    { person: 'person:a', role: 'defendant' as const, sources: [] },
    { person: 'person:witness', role: 'witness' as const, sources: [] },
  ];
  await createRecord(admin, 'case', caseRecord('case:a', { participants }));
  const editor = openSession(store, EDITOR);
  const seen = await editor.get('case', 'case:a');
  assert.deepEqual(
    seen?.data.participants.map((p) => p.person),
    ['person:a'],
  );
  await assert.rejects(
    updateRecord(editor, 'case', { ...seen?.data, title: 'Renamed' }, 1),
    (e: unknown) =>
      is('auth.forbidden')(e) && /refers to 1 record they may not see/.test((e as Error).message),
  );
  assert.deepEqual(
    (await admin.get('case', 'case:a'))?.data.participants.map((p) => p.person),
    ['person:a', 'person:witness'],
  );
  // Whoever may see the witness edits the case as before.
  const renamed = await updateRecord(
    admin,
    'case',
    { ...caseRecord('case:a', { participants }), title: 'Renamed' },
    1,
  );
  assert.equal(renamed.data.participants.length, 2);
});
