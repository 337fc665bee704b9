import assert from 'node:assert/strict';
import { test } from 'node:test';
import { IdSchema } from '../../../../../src/core/common/schemas.ts';
import { newId } from '../components/record-defaults.ts';

test('ids drawn in turn sort in the order drawn, and are ids the core accepts', () => {
  const drawn = Array.from({ length: 50 }, () => newId('allegation'));
  assert.deepEqual([...drawn].sort(), drawn);
  assert.equal(new Set(drawn).size, drawn.length);
  for (const id of drawn) assert.ok(IdSchema.safeParse(id).success, id);
  assert.match(drawn[0] ?? '', /^allegation:[0-9a-z]{12,14}$/);
});
