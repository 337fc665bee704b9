import assert from 'node:assert/strict';
import { test } from 'node:test';
import { PUBLIC_ACTOR, SYSTEM_ACTOR, type Actor } from '../actor.ts';
import { isDomainError } from '../errors.ts';
import { assertAllowed, canRead, isAllowed } from './policy.ts';

const viewer: Actor = { id: 'v', roles: ['viewer'] };

test('the public reads only published records', () => {
  assert.equal(canRead(PUBLIC_ACTOR, 'public'), true);
  assert.equal(canRead(PUBLIC_ACTOR, 'internal'), false);
  assert.equal(canRead(PUBLIC_ACTOR, 'restricted'), false);
});

test('a viewer reads internal records but not restricted ones; an admin reads all', () => {
  assert.equal(canRead(viewer, 'internal'), true);
  assert.equal(canRead(viewer, 'restricted'), false);
  assert.equal(canRead(SYSTEM_ACTOR, 'restricted'), true);
});

test('only writers may write or import; only an admin may export everything', () => {
  assert.equal(isAllowed(viewer, 'write'), false);
  assert.equal(isAllowed(viewer, 'export'), false);
  assert.equal(isAllowed({ id: 'e', roles: ['editor'] }, 'export'), false);
  assert.equal(isAllowed(SYSTEM_ACTOR, 'export'), true);
  assert.equal(isAllowed(PUBLIC_ACTOR, 'export'), false);
  assert.throws(
    () => assertAllowed(viewer, 'import'),
    (e) => isDomainError(e, 'auth.forbidden'),
  );
  assert.doesNotThrow(() => assertAllowed({ id: 'r', roles: ['researcher'] }, 'import'));
});
