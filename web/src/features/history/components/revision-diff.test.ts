import assert from 'node:assert/strict';
import { test } from 'node:test';
import { diffRevision, pathWords, referenceKindOf } from './revision-diff.ts';

test('a changed field is shown with its text before and after, and unchanged fields are left out', () => {
  const before = { id: 'person:a', version: 1, gender: 'male', names: [{ value: 'Иванов', script: 'Cyrl' }] };
  const after = { id: 'person:a', version: 2, gender: 'male', names: [{ value: 'Ivanov', script: 'Cyrl' }] };
  assert.deepEqual(diffRevision(before, after), [
    { path: 'names[0].value', change: 'changed', before: 'Иванов', after: 'Ivanov' },
  ]);
});

test('an added name and a removed field are told apart', () => {
  const before = { names: [{ value: 'A' }], notes: 'old' };
  const after = { names: [{ value: 'A' }, { value: 'Б', script: 'Cyrl' }] };
  assert.deepEqual(diffRevision(before, after), [
    { path: 'notes', change: 'removed', before: 'old' },
    { path: 'names[1].value', change: 'added', after: 'Б' },
    { path: 'names[1].script', change: 'added', after: 'Cyrl' },
  ]);
});

test('a created record lists its fields as added, without the bookkeeping of versions', () => {
  assert.deepEqual(diffRevision(null, { id: 'x', version: 1, updatedAt: 't', isPublic: true, tags: [] }), [
    { path: 'id', change: 'added', after: 'x' },
    { path: 'isPublic', change: 'added', after: 'true' },
    { path: 'tags', change: 'added', after: '—' },
  ]);
});

test('a deleted record lists its fields as removed', () => {
  assert.deepEqual(diffRevision({ title: 'T' }, null), [{ path: 'title', change: 'removed', before: 'T' }]);
});

test('a field is named in words, its places counted from 1, and a field naming a record by its id says its kind', () => {
  assert.equal(pathWords('steps[0].sources[1].source'), 'steps 1 › sources 2 › source');
  assert.equal(pathWords('title'), 'title');
  assert.equal(referenceKindOf('steps[0].sources[1].source', 'source:0mx9sfdmo02lmq'), 'source');
  assert.equal(referenceKindOf('lifecycle[1].successors[0]', 'charge:b'), 'charge');
  assert.equal(referenceKindOf('origin.from[0]', 'charge:a'), 'charge');
  assert.equal(referenceKindOf('participants[0].person', 'person:zhanbolat-mamay'), 'person');
  // A value that is no id, or a field that names no record, is its own.
  assert.equal(referenceKindOf('steps[0].sources[1].source', 'a title'), undefined);
  assert.equal(referenceKindOf('title', 'case:kz-mamay-2022'), undefined);
  assert.equal(referenceKindOf('steps[1].successor', 'measure:house-arrest'), undefined);
});
