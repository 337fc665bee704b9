import assert from 'node:assert/strict';
import { test } from 'node:test';
import { forEachStore } from '../../../test/support/stores.ts';
import { caseRecord, chargeRecord, personRecord } from '../../../test/support/record-fixtures.ts';
import { openSession } from '../access/session.ts';
import type { Actor } from '../actor.ts';
import { isDomainError, type Issue } from '../errors.ts';
import { createRecord, deleteRecord, restoreRecord, updateRecord } from './record.service.ts';

const ADMIN: Actor = { id: 'user:root', user: 'root', roles: ['admin'] };
const EDITOR: Actor = { id: 'user:aigerim', user: 'aigerim', roles: ['editor'] };

/** The paths of a 'reference.dangling' error's issues, or a failed assertion. */
function danglingPaths(error: unknown): string[] {
  assert.ok(isDomainError(error, 'reference.dangling'), `expected reference.dangling, got ${String(error)}`);
  return error.issues.map((i: Issue) => i.path ?? '');
}

forEachStore('single writes and the records they refer to', (getStore) => {
  test('a charge of no case and no defendant is refused, naming both places, and nothing is written', async () => {
    const store = getStore();
    const session = openSession(store, EDITOR);
    const error = await createRecord(session, 'charge', chargeRecord('charge:1', 'case:none')).catch(
      (e: unknown) => e,
    );
    assert.deepEqual(danglingPaths(error), ['$.case', '$.defendant']);
    assert.match((error as Error).message, /"case:none" refers to no case/);
    assert.equal(await store.reader.count('charge'), 0);
    assert.deepEqual(await store.reader.history('charge', 'charge:1'), []);
  });

  test('a reference to a record that exists is accepted', async () => {
    const session = openSession(getStore(), EDITOR);
    await createRecord(session, 'person', personRecord('person:mamay'));
    await createRecord(session, 'case', caseRecord('case:a'));
    const charge = await createRecord(session, 'charge', chargeRecord('charge:1', 'case:a'));
    assert.equal(charge.version, 1);
  });

  test('a hearing names the charges it tries: one that is not there is refused, one it names is not deleted', async () => {
    const session = openSession(getStore(), EDITOR);
    await createRecord(session, 'person', personRecord('person:mamay'));
    await createRecord(session, 'case', caseRecord('case:a'));
    const charge = await createRecord(session, 'charge', chargeRecord('charge:1', 'case:a'));
    const hearing = (charges: string[]) => ({
      id: 'hearing:1',
      case: 'case:a',
      kind: 'trial_session',
      date: '2022-11-07',
      status: 'held',
      charges,
      visibility: 'internal',
    });
    const error = await createRecord(session, 'hearing', hearing(['charge:1', 'charge:none'])).catch(
      (e: unknown) => e,
    );
    assert.deepEqual(danglingPaths(error), ['$.charges[1]']);
    await createRecord(session, 'hearing', hearing(['charge:1']));
    await assert.rejects(deleteRecord(session, 'charge', 'charge:1', charge.version), (e: unknown) =>
      isDomainError(e, 'record.referenced'),
    );
  });

  test('a record the writer may not read does not exist for them, even when it does', async () => {
    const store = getStore();
    await createRecord(
      openSession(store, ADMIN),
      'person',
      personRecord('person:w', { visibility: 'restricted' }),
    );
    const participants = [{ person: 'person:w', role: 'witness' as const, sources: [] }];
    const error = await createRecord(
      openSession(store, EDITOR),
      'case',
      caseRecord('case:a', { participants }),
    ).catch((e: unknown) => e);
    assert.deepEqual(danglingPaths(error), ['$.participants[0].person']);
    assert.equal(await store.reader.count('case'), 0);
    const admitted = await createRecord(
      openSession(store, ADMIN),
      'case',
      caseRecord('case:a', { participants }),
    );
    assert.equal(admitted.data.participants.length, 1);
  });

  test('an update is asked only about the references it adds', async () => {
    const store = getStore();
    const admin = openSession(store, ADMIN);
    await createRecord(admin, 'case', caseRecord('case:a'));
    // Written before references were checked: a charge whose defendant is no person.
    await store.run(ADMIN, (tx) => tx.createMany('charge', [chargeRecord('charge:1', 'case:a')]));
    const charge = await admin.get('charge', 'charge:1');
    assert.ok(charge);
    const renamed = await updateRecord(
      admin,
      'charge',
      { ...charge.data, label: 'Organising mass riots' },
      1,
    );
    assert.equal(renamed.version, 2);
    const error = await updateRecord(admin, 'charge', { ...renamed.data, case: 'case:b' }, 2).catch(
      (e: unknown) => e,
    );
    assert.deepEqual(danglingPaths(error), ['$.case']);
    assert.equal((await store.reader.get('charge', 'charge:1'))?.version, 2);
  });

  test('a record others refer to is not deleted; the refusal names them, and hides what the deleter may not see', async () => {
    const store = getStore();
    const admin = openSession(store, ADMIN);
    await createRecord(admin, 'person', personRecord('person:mamay', { visibility: 'public' }));
    await createRecord(admin, 'case', caseRecord('case:a'));
    await createRecord(admin, 'charge', chargeRecord('charge:1', 'case:a'));
    const participants = [{ person: 'person:mamay', role: 'defendant' as const, sources: [] }];
    await createRecord(admin, 'case', caseRecord('case:secret', { participants, visibility: 'restricted' }));
    assert.deepEqual(await store.reader.referrers('person', 'person:mamay'), [
      { kind: 'case', id: 'case:secret' },
      { kind: 'charge', id: 'charge:1' },
    ]);
    const error = await deleteRecord(openSession(store, EDITOR), 'person', 'person:mamay', 1).catch(
      (e: unknown) => e,
    );
    assert.ok(isDomainError(error, 'record.referenced'));
    assert.deepEqual(
      error.issues.map((i) => [i.recordKind, i.record]),
      [['charge', 'charge:1']],
    );
    assert.match(error.message, /referred to by charge charge:1, records you may not see/);
    assert.doesNotMatch(error.message, /secret/);
    assert.equal((await store.reader.get('person', 'person:mamay'))?.version, 1);
    // Once nothing refers to it, it is deleted.
    const secret = await admin.get('case', 'case:secret');
    await updateRecord(admin, 'case', { ...secret?.data, participants: [] }, 1);
    await deleteRecord(admin, 'charge', 'charge:1', 1);
    assert.deepEqual(await store.reader.referrers('person', 'person:mamay'), []);
    await deleteRecord(admin, 'person', 'person:mamay', 1);
    assert.equal(await store.reader.get('person', 'person:mamay'), undefined);
  });

  test('restoring a version that refers to a deleted record is refused', async () => {
    const store = getStore();
    const admin = openSession(store, ADMIN);
    await createRecord(admin, 'person', personRecord('person:a'));
    const participants = [{ person: 'person:a', role: 'defendant' as const, sources: [] }];
    const created = await createRecord(admin, 'case', caseRecord('case:a', { participants }));
    await updateRecord(admin, 'case', { ...created.data, participants: [] }, 1);
    await deleteRecord(admin, 'person', 'person:a', 1);
    const error = await restoreRecord(admin, 'case', 'case:a', 1).catch((e: unknown) => e);
    assert.deepEqual(danglingPaths(error), ['$.participants[0].person']);
    assert.equal((await store.reader.get('case', 'case:a'))?.version, 2);
  });
});
