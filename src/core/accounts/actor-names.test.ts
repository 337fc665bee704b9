import assert from 'node:assert/strict';
import { test } from 'node:test';
import { PUBLIC_ACTOR, SYSTEM_ACTOR, type Actor } from '../actor.ts';
import type { AccountLabel } from './account-ports.ts';
import { actorNames, withActorNames } from './actor-names.ts';

const LABELS: AccountLabel[] = [
  { id: 'Sf-1', name: 'aigerim', displayName: 'Aigerim Sultanova' },
  { id: 'Sf-2', name: 'dana', displayName: 'dana' },
];

/** The accounts port over a list, counting the lookups it is asked. */
function accounts() {
  const asked: { ids: readonly string[]; names: readonly string[] }[] = [];
  return {
    asked,
    accountLabels(keys: { ids: readonly string[]; names: readonly string[] }) {
      asked.push(keys);
      return Promise.resolve(LABELS.filter((l) => keys.ids.includes(l.id) || keys.names.includes(l.name)));
    },
  };
}

const VIEWER: Actor = { id: 'user:Sf-9', roles: ['viewer'] };
const IDS = ['user:Sf-1', 'user:Sf-2', 'cli:aigerim', 'cli:tester', 'user:Sf-gone', 'system', 'public'];

test('a reader who may read internal records is shown display names; the command line by account or name', async () => {
  const port = accounts();
  const names = await actorNames(VIEWER, port, IDS);
  assert.deepEqual(Object.fromEntries(names), {
    'user:Sf-1': 'Aigerim Sultanova',
    'user:Sf-2': 'dana',
    'cli:aigerim': 'Aigerim Sultanova',
    'cli:tester': 'tester',
    system: 'Casewatch',
  });
  assert.deepEqual(port.asked, [{ ids: ['Sf-1', 'Sf-2', 'Sf-gone'], names: ['aigerim', 'tester'] }]);
});

test('the public is never shown a staff member’s name, and asks the accounts nothing', async () => {
  const port = accounts();
  const names = await actorNames(PUBLIC_ACTOR, port, IDS);
  assert.deepEqual(Object.fromEntries(names), { system: SYSTEM_ACTOR.name });
  assert.deepEqual(port.asked, []);
});

test('many entries by few actors are named with one lookup of the distinct ids', async () => {
  const port = accounts();
  const entries = Array.from({ length: 500 }, (_, i) => ({
    seq: i,
    actor: i % 2 === 0 ? 'user:Sf-1' : 'system',
  }));
  const named = await withActorNames(VIEWER, port, entries);
  assert.equal(port.asked.length, 1);
  assert.deepEqual(port.asked[0]?.ids, ['Sf-1']);
  assert.deepEqual(named.slice(0, 2), [
    { seq: 0, actor: 'user:Sf-1', actorName: 'Aigerim Sultanova' },
    { seq: 1, actor: 'system', actorName: 'Casewatch' },
  ]);
  const unnamed = await withActorNames(PUBLIC_ACTOR, port, [{ actor: 'user:Sf-1' }]);
  assert.deepEqual(unnamed, [{ actor: 'staff' }], 'the public is not even shown the account id');
});
