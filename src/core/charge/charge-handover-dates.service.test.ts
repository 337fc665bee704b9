import assert from 'node:assert/strict';
import { test } from 'node:test';
import { forEachStore } from '../../../test/support/stores.ts';
import { caseRecord, chargeRecord, personRecord } from '../../../test/support/record-fixtures.ts';
import { openSession, type Session } from '../access/session.ts';
import type { Actor } from '../actor.ts';
import { isDomainError } from '../errors.ts';
import type { Store } from '../ports.ts';
import { createRecord, updateRecord } from '../record/record.service.ts';
import { createSuccessor } from './charge-succession.service.ts';
import { updateCharge } from './charge-handover-dates.service.ts';
import type { ChargeStep } from './charge.ts';

const EDITOR: Actor = { id: 'user:aigerim', user: 'aigerim', roles: ['editor'] };

/** 272(1) brought in 2022, reclassified about November 2022 as 400, brought that day. */
async function reclassifiedCase(store: Store): Promise<Session> {
  const session = openSession(store, EDITOR);
  await createRecord(session, 'person', personRecord('person:mamay'));
  await createRecord(session, 'case', caseRecord('case:a'));
  await createRecord(
    session,
    'charge',
    chargeRecord('charge:first', 'case:a', { lifecycle: [{ kind: 'brought', date: '2022', sources: [] }] }),
  );
  await createSuccessor(
    session,
    chargeRecord('charge:400', 'case:a', {
      article: { jurisdiction: 'kz', code: 'cc', article: '400' },
      origin: { kind: 'reclassification', from: ['charge:first'] },
      lifecycle: [{ kind: 'brought', date: '2022-11~', sources: [] }],
    }),
  );
  return session;
}

async function stored(store: Store, id: string) {
  const got = await store.reader.get('charge', id);
  assert.ok(got, id);
  return got;
}

const dated = (lifecycle: readonly ChargeStep[], date: string, kind?: string) =>
  lifecycle.map((s) => (kind === undefined || s.kind === kind ? { ...s, date } : s));

forEachStore('a handover and the bringing it made, dated as one act', (getStore) => {
  test('moving the reclassification moves the bringing of the charge it made, in one revision each', async () => {
    const session = await reclassifiedCase(getStore());
    const first = await stored(getStore(), 'charge:first');
    const lifecycle = dated(first.data.lifecycle, '2022-11', 'reclassified');
    const edit = await updateCharge(session, { ...first.data, lifecycle }, first.version);
    assert.deepEqual(
      edit.alsoDated.map((c) => c.id),
      ['charge:400'],
    );
    const after = await stored(getStore(), 'charge:400');
    assert.equal(after.data.lifecycle[0]?.date, '2022-11');
    assert.equal(after.version, 2);
    assert.equal((await stored(getStore(), 'charge:first')).data.lifecycle[1]?.date, '2022-11');
  });

  test('moving the bringing of a reclassified charge moves the step that handed it over', async () => {
    const session = await reclassifiedCase(getStore());
    const made = await stored(getStore(), 'charge:400');
    const edit = await updateCharge(
      session,
      { ...made.data, lifecycle: dated(made.data.lifecycle, '2022-11-20') },
      made.version,
    );
    assert.deepEqual(
      edit.alsoDated.map((c) => c.id),
      ['charge:first'],
    );
    const first = await stored(getStore(), 'charge:first');
    assert.deepEqual(
      first.data.lifecycle.map((s) => [s.kind, s.date]),
      [
        ['brought', '2022'],
        ['reclassified', '2022-11-20'],
      ],
    );
  });

  test('a date that differed already is the record’s to keep; an edit of nothing dated moves nothing', async () => {
    const session = await reclassifiedCase(getStore());
    // The handover dated apart from the bringing, by the common write service.
    const first = await stored(getStore(), 'charge:first');
    await updateRecord(
      session,
      'charge',
      { ...first.data, lifecycle: dated(first.data.lifecycle, '2022-10', 'reclassified') },
      first.version,
    );
    const apart = await stored(getStore(), 'charge:first');
    const moved = await updateCharge(
      session,
      { ...apart.data, lifecycle: dated(apart.data.lifecycle, '2022-09', 'reclassified') },
      apart.version,
    );
    assert.deepEqual(moved.alsoDated, []);
    assert.equal((await stored(getStore(), 'charge:400')).data.lifecycle[0]?.date, '2022-11~');
    const made = await stored(getStore(), 'charge:400');
    const titled = await updateCharge(session, { ...made.data, label: 'peaceful assemblies' }, made.version);
    assert.deepEqual(titled.alsoDated, []);
    assert.equal((await stored(getStore(), 'charge:first')).data.lifecycle[1]?.date, '2022-09');
  });

  test('a stale edit is refused and moves nothing', async () => {
    const session = await reclassifiedCase(getStore());
    const first = await stored(getStore(), 'charge:first');
    const lifecycle = dated(first.data.lifecycle, '2022-10', 'reclassified');
    await assert.rejects(
      updateCharge(session, { ...first.data, lifecycle }, first.version - 1),
      (e: unknown) => isDomainError(e) && e.code === 'record.conflict',
    );
    assert.equal((await stored(getStore(), 'charge:400')).data.lifecycle[0]?.date, '2022-11~');
    assert.equal((await stored(getStore(), 'charge:first')).data.lifecycle[1]?.date, '2022-11~');
  });
});
