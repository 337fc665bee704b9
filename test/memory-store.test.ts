import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { scopeOf } from '../src/core/access/policy.ts';
import { PUBLIC_ACTOR, type Actor } from '../src/core/actor.ts';
import { isDomainError } from '../src/core/errors.ts';
import type { Store } from '../src/core/ports.ts';
import { openSqliteStore } from '../src/store/sqlite.ts';
import { createMemoryStore } from './support/memory-store.ts';
import { caseRecord, chargeRecord, personRecord } from './support/record-fixtures.ts';
import { countingIds, steppingClock } from './support/stores.ts';

// The fake store must behave as the real one where the core relies on it: each scenario runs on both, and both
// must give the same outcome, which is also the one written here.

const EDITOR: Actor = { id: 'user:aigerim', user: 'aigerim', roles: ['editor'] };
const ALICE: Actor = { id: 'user:alice', user: 'alice', roles: ['viewer'] };
const BOB: Actor = { id: 'user:bob', user: 'bob', roles: ['viewer'] };

/** What a failed step threw, or what it returned. */
async function outcome(step: () => Promise<unknown>): Promise<unknown> {
  try {
    return await step();
  } catch (error) {
    if (isDomainError(error)) return { code: error.code, message: error.message };
    throw error;
  }
}

const scenarios: Record<string, { run: (store: Store) => Promise<unknown>; expected: unknown }> = {
  'scoped reads: a restricted record is read by admins and the users it names, nobody else': {
    async run(store) {
      await store.run(EDITOR, async (tx) => {
        await tx.create('person', personRecord('person:open', { visibility: 'public' }));
        await tx.create('person', personRecord('person:inside'));
        await tx.create('person', personRecord('person:closed', { visibility: 'restricted' }));
        await tx.create(
          'person',
          personRecord('person:alices', { visibility: 'restricted', readers: ['user:alice'] }),
        );
        const participants = ['person:open', 'person:alices'].map((person) => ({
          person,
          role: 'defendant' as const,
          sources: [],
        }));
        await tx.create('case', caseRecord('case:c', { participants }));
        await tx.create('charge', chargeRecord('charge:open', 'case:c'));
        await tx.create(
          'charge',
          chargeRecord('charge:alices', 'case:c', { visibility: 'restricted', readers: ['user:alice'] }),
        );
      });
      const as = async (actor: Actor) => {
        const scope = scopeOf(actor);
        return {
          list: (await store.reader.list('person', { scope })).map((s) => s.id),
          get: (await store.reader.get('person', 'person:alices', scope))?.id ?? null,
          outside: await store.reader.countOutside('charge', 'case:c', scope),
          byName: await store.reader.findPersonsByName('MAMAY', scope),
          cases: await store.reader.casesOfPerson('person:alices', 'defendant', scope),
        };
      };
      return {
        alice: await as(ALICE),
        bob: await as(BOB),
        public: await as(PUBLIC_ACTOR),
        everything: (await store.reader.list('person')).map((s) => s.id),
        page: (await store.reader.list('person', { after: 'person:closed', limit: 2 })).map((s) => s.id),
      };
    },
    expected: {
      alice: {
        list: ['person:alices', 'person:inside', 'person:open'],
        get: 'person:alices',
        outside: 0,
        byName: ['person:alices', 'person:inside', 'person:open'],
        cases: ['case:c'],
      },
      bob: {
        list: ['person:inside', 'person:open'],
        get: null,
        outside: 1,
        byName: ['person:inside', 'person:open'],
        cases: ['case:c'],
      },
      public: { list: ['person:open'], get: null, outside: 2, byName: ['person:open'], cases: [] },
      everything: ['person:alices', 'person:closed', 'person:inside', 'person:open'],
      page: ['person:inside', 'person:open'],
    },
  },

  'an update with a stale version is a conflict and writes nothing': {
    async run(store) {
      const created = await store.run(EDITOR, (tx) => tx.create('case', caseRecord('case:x')));
      const updated = await store.run(EDITOR, (tx) =>
        tx.update('case', { ...created.data, title: 'Renamed' }, 1),
      );
      const stale = await outcome(() =>
        store.run(BOB, (tx) => tx.update('case', { ...created.data, title: 'Lost edit' }, 1)),
      );
      const missing = await outcome(() =>
        store.run(BOB, (tx) => tx.update('case', caseRecord('case:none'), 1)),
      );
      const twice = await outcome(() => store.run(EDITOR, (tx) => tx.create('case', caseRecord('case:x'))));
      const now = await store.reader.get('case', 'case:x');
      const history = await store.reader.history('case', 'case:x');
      return {
        created: [created.version, created.createdAt, created.updatedBy],
        updated: [updated.version, updated.createdAt, updated.updatedAt],
        stale,
        missing,
        twice,
        now: [now?.version, now?.data.title],
        history: history.map((r) => [r.action, r.version, r.actor, r.at, r.txId]),
      };
    },
    expected: {
      created: [1, '2024-01-01T00:00:00.000Z', 'user:aigerim'],
      updated: [2, '2024-01-01T00:00:00.000Z', '2024-01-01T00:00:01.000Z'],
      stale: {
        code: 'record.conflict',
        message:
          'case case:x was changed by someone else: expected version 1, but it is at version 2; reload it and try again',
      },
      missing: { code: 'record.not_found', message: 'case case:none does not exist' },
      twice: { code: 'reference.duplicate', message: 'case case:x already exists' },
      now: [2, 'Renamed'],
      history: [
        ['create', 1, 'user:aigerim', '2024-01-01T00:00:00.000Z', 'tx-1'],
        ['update', 2, 'user:aigerim', '2024-01-01T00:00:01.000Z', 'tx-2'],
      ],
    },
  },

  'a record deleted and created again continues its versions': {
    async run(store) {
      const versions: number[] = [];
      const person = personRecord('person:again');
      await store.run(EDITOR, async (tx) => {
        versions.push(await tx.lastVersion('person', 'person:again'));
        await tx.create('person', person);
        await tx.update('person', { ...person, occupation: 'journalist' }, 1);
        await tx.remove('person', 'person:again', 2);
        versions.push(await tx.lastVersion('person', 'person:again'));
      });
      const gone = await store.reader.get('person', 'person:again');
      const again = await store.run(EDITOR, (tx) => tx.create('person', person), { reason: 'restored' });
      const lastVersion = await store.run(EDITOR, (tx) => tx.lastVersion('person', 'person:again'));
      const history = await store.reader.history('person', 'person:again');
      return {
        versions,
        gone: gone ?? null,
        again: again.version,
        lastVersion,
        history: history.map((r) => [
          r.action,
          r.version,
          r.reason ?? null,
          r.before === null,
          r.after === null,
        ]),
      };
    },
    expected: {
      versions: [0, 3],
      gone: null,
      again: 4,
      lastVersion: 4,
      history: [
        ['create', 1, null, true, false],
        ['update', 2, null, false, false],
        ['delete', 3, null, false, true],
        ['create', 4, 'restored', true, false],
      ],
    },
  },
};

describe('the memory store agrees with the SQLite store', () => {
  for (const [name, scenario] of Object.entries(scenarios)) {
    test(name, async () => {
      const fake = await scenario.run(createMemoryStore({ clock: steppingClock(), newId: countingIds() }));
      const sqlite = await openSqliteStore({
        file: ':memory:',
        clock: steppingClock(),
        newId: countingIds(),
      });
      try {
        const real = await scenario.run(sqlite);
        assert.deepEqual(fake, real);
        assert.deepEqual(real, scenario.expected);
      } finally {
        await sqlite.close();
      }
    });
  }
});
