import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Actor } from '../core/actor.ts';
import { isDomainError } from '../core/errors.ts';
import type { RecordOf } from '../core/record/record-kinds.ts';
import { toRecordRow, type RecordRow } from '../core/record/record-row.ts';
import { forEachStore } from '../../test/support/stores.ts';
import { caseRecord, chargeRecord, personRecord } from '../../test/support/record-fixtures.ts';

const EDITOR: Actor = { id: 'user:aigerim', roles: ['editor'] };
const OTHER: Actor = { id: 'user:dana', roles: ['editor'] };

forEachStore('record repository', (getStore) => {
  test('creates, gets and lists records by case, ordered by id', async () => {
    const store = getStore();
    await store.run(EDITOR, async (tx) => {
      await tx.create('case', caseRecord('case:a'));
      await tx.create('case', caseRecord('case:b'));
      await tx.create('charge', chargeRecord('charge:a-2', 'case:a'));
      await tx.create('charge', chargeRecord('charge:a-1', 'case:a'));
      await tx.create('charge', chargeRecord('charge:b-1', 'case:b'));
    });
    const got = await store.reader.get('charge', 'charge:a-1');
    assert.equal(got?.version, 1);
    assert.equal(got?.updatedBy, EDITOR.id);
    assert.deepEqual(got?.data.article, { jurisdiction: 'kz', code: 'cc', article: '272', part: '1' });
    assert.equal(await store.reader.get('charge', 'charge:none'), undefined);
    const ofA = await store.reader.list('charge', { case: 'case:a' });
    assert.deepEqual(
      ofA.map((s) => s.id),
      ['charge:a-1', 'charge:a-2'],
    );
    assert.equal(await store.reader.count('charge'), 3);
    const page = await store.reader.list('charge', { after: 'charge:a-1', limit: 1 });
    assert.deepEqual(
      page.map((s) => s.id),
      ['charge:a-2'],
    );
    const byIds = await store.reader.list('charge', { ids: ['charge:b-1', 'charge:a-1', 'charge:none'] });
    assert.deepEqual(
      byIds.map((s) => s.id),
      ['charge:a-1', 'charge:b-1'],
    );
  });

  test('existing names the ids that have a record, inside a transaction and outside', async () => {
    const store = getStore();
    await store.run(EDITOR, async (tx) => {
      await tx.createMany('person', [personRecord('person:e1'), personRecord('person:e2')]);
      assert.deepEqual(
        (await tx.existing('person', ['person:e2', 'person:nobody', 'person:e1', "person:'quote"])).sort(),
        ['person:e1', 'person:e2'],
      );
      assert.deepEqual(await tx.existing('case', ['person:e1']), [], 'another kind is another table');
      assert.deepEqual(await tx.existing('person', []), []);
    });
    assert.deepEqual(await store.reader.existing('person', ['person:e1', 'person:e3']), ['person:e1']);
    const many = Array.from({ length: 1200 }, (_, i) => `person:x${i}`).concat('person:e2');
    assert.deepEqual(await store.reader.existing('person', many), ['person:e2']);
  });

  test('updates with the expected version and detects a stale one, writing nothing', async () => {
    const store = getStore();
    const created = await store.run(EDITOR, (tx) => tx.create('case', caseRecord('case:x')));
    const updated = await store.run(EDITOR, (tx) =>
      tx.update('case', { ...created.data, title: 'Renamed' }, 1),
    );
    assert.equal(updated.version, 2);
    assert.equal(updated.createdAt, created.createdAt);

    const stale = store.run(OTHER, (tx) => tx.update('case', { ...created.data, title: 'Lost edit' }, 1));
    await assert.rejects(stale, (e: unknown) => {
      assert.ok(isDomainError(e, 'record.conflict'));
      assert.match(e.message, /case case:x/);
      assert.match(e.message, /expected version 1.*version 2/);
      return true;
    });
    const now = await store.reader.get('case', 'case:x');
    assert.equal(now?.data.title, 'Renamed');
    assert.equal(now?.version, 2);
    assert.equal((await store.reader.history('case', 'case:x')).length, 2);
  });

  test('refuses to create an id that exists', async () => {
    const store = getStore();
    await store.run(EDITOR, (tx) => tx.create('person', personRecord('person:a')));
    await assert.rejects(
      store.run(EDITOR, (tx) => tx.create('person', personRecord('person:a'))),
      (e: unknown) => isDomainError(e, 'reference.duplicate') && /person:a/.test(e.message),
    );
  });

  test('removes with a revision whose after is null', async () => {
    const store = getStore();
    await store.run(EDITOR, (tx) => tx.create('person', personRecord('person:gone')));
    await assert.rejects(
      store.run(EDITOR, (tx) => tx.remove('person', 'person:gone', 7)),
      (e: unknown) => isDomainError(e, 'record.conflict'),
    );
    await store.run(EDITOR, (tx) => tx.remove('person', 'person:gone', 1), { reason: 'duplicate entry' });
    assert.equal(await store.reader.get('person', 'person:gone'), undefined);
    assert.deepEqual(await store.reader.findPersonsByName('mamay'), []);
    const history = await store.reader.history('person', 'person:gone');
    assert.deepEqual(
      history.map((r) => [r.action, r.version, r.after === null, r.reason]),
      [
        ['create', 1, false, undefined],
        ['delete', 2, true, 'duplicate entry'],
      ],
    );
    await assert.rejects(
      store.run(EDITOR, (tx) => tx.remove('person', 'person:gone', 2)),
      (e: unknown) => isDomainError(e, 'record.not_found'),
    );
  });

  test('records revisions with actor, time, reason, before and after', async () => {
    const store = getStore();
    await store.run(EDITOR, (tx) => tx.create('case', caseRecord('case:r')), {
      reason: 'from the court register',
    });
    await store.run(OTHER, async (tx) => {
      const current = await tx.get('case', 'case:r');
      assert.ok(current);
      await tx.update('case', { ...current.data, title: 'New title' }, current.version);
    });
    const [first, second] = await store.reader.history('case', 'case:r');
    assert.ok(first && second);
    assert.equal(first.action, 'create');
    assert.equal(first.actor, EDITOR.id);
    assert.equal(first.at, '2024-01-01T00:00:00.000Z');
    assert.equal(first.reason, 'from the court register');
    assert.equal(first.before, null);
    assert.equal((first.after as RecordOf<'case'>).title, 'Case case:r');
    assert.equal(second.action, 'update');
    assert.equal(second.actor, OTHER.id);
    assert.equal(second.at, '2024-01-01T00:00:01.000Z');
    assert.equal(second.version, 2);
    assert.equal((second.before as RecordOf<'case'>).title, 'Case case:r');
    assert.equal((second.after as RecordOf<'case'>).title, 'New title');
    assert.ok(second.seq > first.seq);
    assert.notEqual(first.txId, second.txId);
  });

  test('a failing write rolls back everything in its unit of work, revisions included', async () => {
    const store = getStore();
    await assert.rejects(
      store.run(EDITOR, async (tx) => {
        await tx.create('case', caseRecord('case:rolled'));
        await tx.create('person', personRecord('person:rolled'));
        await tx.create('charge', { ...chargeRecord('charge:bad', 'case:rolled'), lifecycle: [] });
      }),
      (e: unknown) => isDomainError(e, 'validation.invalid') && /\$\.lifecycle/.test(e.message),
    );
    assert.equal(await store.reader.get('case', 'case:rolled'), undefined);
    assert.equal(await store.reader.count('person'), 0);
    assert.deepEqual(await store.reader.history('case', 'case:rolled'), []);
    assert.deepEqual(await store.reader.findPersonsByName('mamay'), []);
  });

  test('the last change moves with every committed write of any record, and not with one rolled back', async () => {
    const store = getStore();
    const first = await store.reader.lastChange();
    const created = await store.run(EDITOR, (tx) => tx.create('case', caseRecord('case:changes')));
    const afterCreate = await store.reader.lastChange();
    assert.ok(afterCreate > first);
    await assert.rejects(
      store.run(EDITOR, async (tx) => {
        await tx.update('case', { ...created.data, title: 'Renamed' }, created.version);
        throw new Error('changed my mind');
      }),
    );
    assert.equal(await store.reader.lastChange(), afterCreate);
    await store.run(OTHER, (tx) => tx.update('case', { ...created.data, title: 'Renamed' }, created.version));
    const afterUpdate = await store.reader.lastChange();
    assert.ok(afterUpdate > afterCreate);
    await store.run(OTHER, (tx) => tx.remove('case', 'case:changes', created.version + 1));
    assert.ok((await store.reader.lastChange()) > afterUpdate);
  });

  test('an error thrown by the work itself rolls back too', async () => {
    const store = getStore();
    await assert.rejects(
      store.run(EDITOR, async (tx) => {
        await tx.create('case', caseRecord('case:oops'));
        throw new Error('changed my mind');
      }),
      /changed my mind/,
    );
    assert.equal(await store.reader.count('case'), 0);
  });

  test('finds persons by name, case- and accent-insensitively, in Latin and Cyrillic', async () => {
    const store = getStore();
    await store.run(EDITOR, async (tx) => {
      await tx.create(
        'person',
        personRecord('person:mamay', {
          names: [
            { value: 'Zhanbolat Mamay', script: 'Latn', language: 'en', kind: 'official_latin', sources: [] },
            { value: 'Жанболат Мамай', script: 'Cyrl', language: 'kk', kind: 'native', sources: [] },
          ],
        }),
      );
      await tx.create(
        'person',
        personRecord('person:other', {
          names: [
            { value: 'Inga Imanbay', script: 'Latn', language: 'en', kind: 'official_latin', sources: [] },
          ],
        }),
      );
      await tx.create(
        'person',
        personRecord('person:percent', {
          names: [{ value: '100% Émile_Zola', script: 'Latn', language: 'fr', kind: 'alias', sources: [] }],
        }),
      );
    });
    assert.deepEqual(await store.reader.findPersonsByName('mamay'), ['person:mamay']);
    assert.deepEqual(await store.reader.findPersonsByName('мамай'), ['person:mamay']);
    assert.deepEqual(await store.reader.findPersonsByName('МАМАЙ'), ['person:mamay']);
    assert.deepEqual(await store.reader.findPersonsByName('emile_'), ['person:percent']);
    assert.deepEqual(await store.reader.findPersonsByName('0%'), ['person:percent']);
    assert.deepEqual(await store.reader.findPersonsByName('%'), ['person:percent']);
    assert.deepEqual(await store.reader.findPersonsByName('  '), []);
  });

  test('renaming a person moves the name index with it', async () => {
    const store = getStore();
    const p = await store.run(EDITOR, (tx) => tx.create('person', personRecord('person:p')));
    await store.run(EDITOR, (tx) =>
      tx.update(
        'person',
        {
          ...p.data,
          names: [
            {
              value: 'Marat Zhylanbayev',
              script: 'Latn',
              language: 'en',
              kind: 'official_latin',
              sources: [],
            },
          ],
        },
        1,
      ),
    );
    assert.deepEqual(await store.reader.findPersonsByName('mamay'), []);
    assert.deepEqual(await store.reader.findPersonsByName('zhylan'), ['person:p']);
  });

  test('knows the cases of a person, by role, and keeps them in step with case writes', async () => {
    const store = getStore();
    const participant = (person: string, role: RecordOf<'case'>['participants'][number]['role']) => ({
      person,
      role,
      sources: [],
    });
    await store.run(EDITOR, async (tx) => {
      await tx.create(
        'case',
        caseRecord('case:1', {
          participants: [participant('person:m', 'defendant'), participant('person:l', 'lawyer')],
        }),
      );
      await tx.create(
        'case',
        caseRecord('case:2', {
          participants: [participant('person:m', 'witness'), participant('person:m', 'witness')],
        }),
      );
    });
    assert.deepEqual(await store.reader.casesOfPerson('person:m'), ['case:1', 'case:2']);
    assert.deepEqual(await store.reader.casesOfPerson('person:m', 'defendant'), ['case:1']);
    assert.deepEqual(await store.reader.casesOfPerson('person:l', 'lawyer'), ['case:1']);
    const c1 = await store.reader.get('case', 'case:1');
    assert.ok(c1);
    await store.run(EDITOR, (tx) =>
      tx.update('case', { ...c1.data, participants: [participant('person:l', 'lawyer')] }, c1.version),
    );
    assert.deepEqual(await store.reader.casesOfPerson('person:m'), ['case:2']);
    await store.run(EDITOR, (tx) => tx.remove('case', 'case:2', 1));
    assert.deepEqual(await store.reader.casesOfPerson('person:m'), []);
  });

  test('createMany writes every record with a revision each, in one transaction', async () => {
    const store = getStore();
    const cases = Array.from({ length: 1000 }, (_, i) =>
      caseRecord(`case:${String(i).padStart(4, '0')}`, {
        participants: [{ person: `person:${i % 7}`, role: 'defendant', sources: [] }],
      }),
    );
    await store.run(EDITOR, (tx) => tx.createMany('case', cases), { reason: 'import' });
    assert.equal(await store.reader.count('case'), 1000);
    const [revision] = await store.reader.history('case', 'case:0500');
    assert.equal(revision?.action, 'create');
    assert.equal(revision?.reason, 'import');
    assert.equal((await store.reader.casesOfPerson('person:3')).length, 143);
    const page = await store.reader.list('case', { limit: 2, after: 'case:0998' });
    assert.deepEqual(
      page.map((s) => s.id),
      ['case:0999'],
    );
  });

  test('createMany with one invalid record in the middle writes nothing and names it', async () => {
    const store = getStore();
    await store.run(EDITOR, (tx) => tx.create('case', caseRecord('case:c')));
    const charges = Array.from({ length: 1000 }, (_, i) => chargeRecord(`charge:${i}`, 'case:c'));
    charges[500] = {
      ...chargeRecord('charge:500', 'case:c'),
      lifecycle: [{ kind: 'vanished' as 'brought', date: '2022-01-01', sources: [] }],
    };
    await assert.rejects(
      store.run(EDITOR, (tx) => tx.createMany('charge', charges)),
      (e: unknown) => {
        assert.ok(isDomainError(e, 'validation.invalid'));
        assert.equal(e.issues.length, 1);
        assert.equal(e.issues[0]?.row, 500);
        assert.equal(e.issues[0]?.path, '$[500].lifecycle[0].kind');
        assert.match(e.message, /charge charge:500/);
        return true;
      },
    );
    assert.equal(await store.reader.count('charge'), 0);
    assert.deepEqual(await store.reader.history('charge', 'charge:0'), []);
  });

  test('createMany refuses an id that exists, or one given twice, and writes nothing', async () => {
    const store = getStore();
    await store.run(EDITOR, (tx) => tx.create('person', personRecord('person:0600')));
    const persons = Array.from({ length: 3000 }, (_, i) =>
      personRecord(`person:${String(i).padStart(4, '0')}`),
    );
    await assert.rejects(
      store.run(EDITOR, (tx) => tx.createMany('person', persons)),
      (e: unknown) => {
        assert.ok(isDomainError(e, 'reference.duplicate'));
        assert.equal(e.issues[0]?.row, 600);
        assert.match(e.message, /person:0600/);
        return true;
      },
    );
    await assert.rejects(
      store.run(EDITOR, (tx) =>
        tx.createMany('person', [
          personRecord('person:x'),
          personRecord('person:y'),
          personRecord('person:x'),
        ]),
      ),
      (e: unknown) => isDomainError(e, 'reference.duplicate') && e.issues[0]?.row === 2,
    );
    assert.equal(await store.reader.count('person'), 1);
    assert.deepEqual(await store.reader.findPersonsByName('mamay'), ['person:0600']);
  });

  test('createRows stores prepared rows with their revisions and names, and refuses ids given twice', async () => {
    const store = getStore();
    const rows = [personRecord('person:v1'), personRecord('person:v2')].map((p) => toRecordRow('person', p));
    await store.run(EDITOR, (tx) => tx.createRows('person', rows));
    assert.equal(await store.reader.count('person'), 2);
    assert.equal((await store.reader.history('person', 'person:v2')).length, 1);
    assert.deepEqual((await store.reader.get('person', 'person:v2'))?.data, personRecord('person:v2'));
    assert.ok((await store.reader.findPersonsByName('mamay')).includes('person:v1'));
    const twice = toRecordRow('person', personRecord('person:v3'));
    await assert.rejects(
      store.run(EDITOR, (tx) => tx.createRows('person', [twice, twice])),
      (e: unknown) => isDomainError(e, 'reference.duplicate') && e.issues[0]?.row === 1,
    );
    await assert.rejects(
      store.run(EDITOR, (tx) => tx.createRows('person', [rows[0] as RecordRow])),
      (e: unknown) => isDomainError(e, 'reference.duplicate'),
    );
    assert.equal(await store.reader.count('person'), 2);
  });

  test('a caught createMany failure leaves the rest of the unit of work usable and lands nothing of it', async () => {
    const store = getStore();
    await store.run(EDITOR, (tx) => tx.create('case', caseRecord('case:0001')));
    await store.run(EDITOR, async (tx) => {
      const batch = Array.from({ length: 2500 }, (_, i) => caseRecord(`case:${String(i).padStart(4, '0')}`));
      await assert.rejects(tx.createMany('case', batch), (e: unknown) =>
        isDomainError(e, 'reference.duplicate'),
      );
      await tx.create('case', caseRecord('case:after'));
    });
    const ids = (await store.reader.list('case')).map((s) => s.id);
    assert.deepEqual(ids, ['case:0001', 'case:after']);
  });

  test('parked references: the missing ones come back in file order, and nothing outlives the transaction', async () => {
    const store = getStore();
    const ref = (kind: 'person' | 'case', id: string, fromKind: number, index: number) => ({
      kind,
      id,
      fromKind,
      index,
      path: index % 3,
    });
    await store.run(EDITOR, async (tx) => {
      await tx.parkReferences([ref('case', 'case:later', 5, 2), ref('person', 'person:gone', 5, 9)]);
      await tx.parkReferences([
        ref('person', 'person:gone', 3, 0),
        ref('case', 'case:never', 5, 1),
        ref('person', 'person:here', 7, 4),
      ]);
      await tx.create('case', caseRecord('case:later'));
      await tx.create('person', personRecord('person:here'));
      assert.deepEqual(await tx.takeMissingReferences(10), [
        ref('person', 'person:gone', 3, 0),
        ref('case', 'case:never', 5, 1),
        ref('person', 'person:gone', 5, 9),
      ]);
      assert.deepEqual(await tx.takeMissingReferences(10), [], 'taking empties the scratch space');
      await tx.parkReferences([ref('case', 'case:x', 1, 1), ref('case', 'case:y', 1, 0)]);
      assert.deepEqual(await tx.takeMissingReferences(1), [ref('case', 'case:y', 1, 0)]);
    });
    // A rolled-back transaction takes its parked references with it; the next one starts empty.
    await store
      .run(EDITOR, async (tx) => {
        await tx.parkReferences([ref('case', 'case:z', 1, 1)]);
        throw new Error('stop');
      })
      .catch(() => undefined);
    await store.run(EDITOR, async (tx) => {
      await tx.parkReferences([ref('person', 'person:q', 2, 0)]);
      assert.deepEqual(await tx.takeMissingReferences(10), [ref('person', 'person:q', 2, 0)]);
    });
    // References to records named in `except` (records that failed their schema) are left out.
    await store.run(EDITOR, async (tx) => {
      await tx.parkReferences([ref('person', 'person:bad', 2, 0), ref('person', 'person:gone', 2, 1)]);
      assert.deepEqual(await tx.takeMissingReferences(10, new Map([['person', ['person:bad']]])), [
        ref('person', 'person:gone', 2, 1),
      ]);
    });
  });

  test('case jurisdictions are read by id without loading the cases', async () => {
    const store = getStore();
    await store.run(EDITOR, async (tx) => {
      await tx.createMany('case', [caseRecord('case:kz'), caseRecord('case:zz', { jurisdiction: 'zz' })]);
      assert.deepEqual([...(await tx.caseJurisdictions(['case:zz', 'case:none', 'case:kz']))].sort(), [
        ['case:kz', 'kz'],
        ['case:zz', 'zz'],
      ]);
      assert.equal((await tx.caseJurisdictions([])).size, 0);
    });
  });

  test('concurrent units of work do not interleave', async () => {
    const store = getStore();
    await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        store.run(EDITOR, async (tx) => {
          await tx.create('case', caseRecord(`case:p${i}`));
          await new Promise((r) => setImmediate(r));
          await tx.create('person', personRecord(`person:p${i}`));
        }),
      ),
    );
    assert.equal(await store.reader.count('case'), 10);
    assert.equal(await store.reader.count('person'), 10);
  });

  test('refuses writes through a transaction after run has ended', async () => {
    const store = getStore();
    let escaped: Parameters<Parameters<typeof store.run>[1]>[0] | undefined;
    await store.run(EDITOR, (tx) => {
      escaped = tx;
      return Promise.resolve();
    });
    await assert.rejects(
      async () => escaped?.create('case', caseRecord('case:late')),
      /transaction has ended/,
    );
  });
});
