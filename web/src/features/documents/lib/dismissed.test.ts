import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dismiss, readDismissed } from './dismissed.ts';

function memoryStorage(): Pick<Storage, 'getItem' | 'setItem'> & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v) };
}

test('a dismissed suggestion stays dismissed for its document only', () => {
  const storage = memoryStorage();
  dismiss(storage, 'source:a', 'citation:3:10');
  dismiss(storage, 'source:a', 'date:3:40');
  assert.deepEqual([...readDismissed(storage, 'source:a')], ['citation:3:10', 'date:3:40']);
  assert.equal(readDismissed(storage, 'source:b').size, 0);
});

test('a stored value that is not a list of keys hides nothing', () => {
  const storage = memoryStorage();
  storage.data.set('casewatch.dismissed.source:a', '{oops');
  assert.equal(readDismissed(storage, 'source:a').size, 0);
  storage.data.set('casewatch.dismissed.source:a', '[1, "k"]');
  assert.deepEqual([...readDismissed(storage, 'source:a')], ['k']);
});
