import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Actor } from '../core/actor.ts';
import { isDomainError } from '../core/errors.ts';
import type { ReadScope } from '../core/ports.ts';
import { toRecordRow } from '../core/record/record-row.ts';
import { forEachStore } from '../../test/support/stores.ts';
import { caseRecord, chargeRecord, personRecord } from '../../test/support/record-fixtures.ts';

const EDITOR: Actor = { id: 'user:aigerim', roles: ['editor'] };

/** A reader who sees no visibility by role: only what names one of their principals. */
const named = (...principals: string[]): ReadScope => ({ visibilities: [], principals });

forEachStore('record writes', (getStore) => {
  test('a record created again after its deletion continues its versions, single or in bulk', async () => {
    const store = getStore();
    const created = await store.run(EDITOR, (tx) => tx.create('case', caseRecord('case:again')));
    await store.run(EDITOR, (tx) => tx.update('case', { ...created.data, title: 'Renamed' }, 1));
    await store.run(EDITOR, async (tx) => {
      await tx.remove('case', 'case:again', 2);
      assert.equal(await tx.lastVersion('case', 'case:again'), 3, 'the tombstone is version 3');
      assert.equal(await tx.lastVersion('case', 'case:never'), 0);
      assert.equal(await tx.lastVersion('person', 'case:again'), 0, 'another kind is another record');
    });
    const again = await store.run(EDITOR, (tx) => tx.create('case', caseRecord('case:again')));
    assert.equal(again.version, 4);
    assert.equal((await store.reader.get('case', 'case:again'))?.version, 4);
    await store.run(EDITOR, (tx) => tx.remove('case', 'case:again', 4));
    await store.run(EDITOR, (tx) =>
      tx.createRows('case', [
        toRecordRow('case', caseRecord('case:again')),
        toRecordRow('case', caseRecord('case:new')),
      ]),
    );
    assert.equal((await store.reader.get('case', 'case:again'))?.version, 6);
    assert.equal((await store.reader.get('case', 'case:new'))?.version, 1);
    const history = await store.reader.history('case', 'case:again');
    assert.deepEqual(
      history.map((r) => [r.action, r.version]),
      [
        ['create', 1],
        ['update', 2],
        ['delete', 3],
        ['create', 4],
        ['delete', 5],
        ['create', 6],
      ],
    );
    await store.run(EDITOR, async (tx) => assert.equal(await tx.lastVersion('case', 'case:again'), 6));
  });

  test('record_readers follow the readers of a record on every write path', async () => {
    const store = getStore();
    const restricted = (id: string, readers: string[]) =>
      toRecordRow('charge', chargeRecord(id, 'case:r', { visibility: 'restricted', readers }));
    await store.run(EDITOR, async (tx) => {
      await tx.create('case', caseRecord('case:r'));
      await tx.createRows('charge', [
        restricted('charge:r1', ['user:ana', 'group:lawyers']),
        restricted('charge:r2', ['user:bob']),
      ]);
      await tx.create(
        'charge',
        chargeRecord('charge:r3', 'case:r', { visibility: 'restricted', readers: ['user:ana'] }),
      );
    });
    const ids = async (scope: ReadScope) => (await store.reader.list('charge', { scope })).map((s) => s.id);
    assert.deepEqual(await ids(named('user:ana')), ['charge:r1', 'charge:r3']);
    assert.deepEqual(await ids(named('group:lawyers')), ['charge:r1']);
    assert.deepEqual(await ids(named('user:bob')), ['charge:r2']);

    const r1 = await store.reader.get('charge', 'charge:r1');
    assert.ok(r1);
    await store.run(EDITOR, (tx) => tx.update('charge', { ...r1.data, readers: ['user:bob'] }, r1.version));
    assert.deepEqual(await ids(named('user:ana')), ['charge:r3']);
    assert.deepEqual(await ids(named('group:lawyers')), []);
    assert.deepEqual(await ids(named('user:bob')), ['charge:r1', 'charge:r2']);

    await store.run(EDITOR, (tx) => tx.remove('charge', 'charge:r2', 1));
    assert.deepEqual(await ids(named('user:bob')), ['charge:r1']);
    // Created again without readers, the record does not inherit those of its former self.
    await store.run(EDITOR, (tx) =>
      tx.create('charge', chargeRecord('charge:r2', 'case:r', { visibility: 'restricted' })),
    );
    assert.deepEqual(await ids(named('user:bob')), ['charge:r1']);
  });

  test('text neither database can hold alike (U+0000, half a surrogate pair) is refused on every path', async () => {
    const store = getStore();
    const nul = caseRecord('case:nul', { summary: 'before\u0000after' });
    const half = caseRecord('case:half', { title: 'Ok', summary: 'a \ud800 alone' });
    await assert.rejects(
      store.run(EDITOR, (tx) => tx.create('case', nul)),
      (e: unknown) => isDomainError(e, 'validation.invalid') && e.issues[0]?.path === '$.summary',
    );
    await assert.rejects(
      store.run(EDITOR, (tx) => tx.createMany('case', [caseRecord('case:fine'), half])),
      (e: unknown) => isDomainError(e, 'validation.invalid') && e.issues[0]?.path === '$[1].summary',
    );
    const fine = await store.run(EDITOR, (tx) => tx.create('case', caseRecord('case:fine')));
    await assert.rejects(
      store.run(EDITOR, (tx) => tx.update('case', { ...fine.data, summary: '\u0000' }, 1)),
      (e: unknown) => isDomainError(e, 'validation.invalid') && /U\+0000/.test(e.message),
    );
    // Escapes that only look alike, and whole pairs, are kept as they are.
    const lookalike = caseRecord('case:look', { summary: 'a backslash: \\u0000, and a pair: \ud83d\ude00' });
    await store.run(EDITOR, (tx) => tx.create('case', lookalike));
    assert.equal((await store.reader.get('case', 'case:look'))?.data.summary, lookalike.summary);
    assert.deepEqual(
      (await store.reader.list('case')).map((s) => s.id),
      ['case:fine', 'case:look'],
    );
  });

  test('a person written and rewritten keeps one set of names, on the single and the bulk path', async () => {
    const store = getStore();
    await store.run(EDITOR, async (tx) => {
      await tx.createRows('person', [toRecordRow('person', personRecord('person:bulk'))]);
      await tx.create('person', personRecord('person:single'));
    });
    assert.deepEqual(await store.reader.findPersonsByName('mamay'), ['person:bulk', 'person:single']);
    const bulk = await store.reader.get('person', 'person:bulk');
    assert.ok(bulk);
    await store.run(EDITOR, (tx) => tx.update('person', bulk.data, bulk.version));
    assert.deepEqual(await store.reader.findPersonsByName('mamay'), ['person:bulk', 'person:single']);
    await store.run(EDITOR, (tx) => tx.remove('person', 'person:bulk', 2));
    assert.deepEqual(await store.reader.findPersonsByName('mamay'), ['person:single']);
  });
});
