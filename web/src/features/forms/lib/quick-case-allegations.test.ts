import assert from 'node:assert/strict';
import { test } from 'node:test';
import { claimEnds } from './quick-case-allegations.ts';

test('a long claim is shown by its first words and its last, whole words only, what is left out marked', () => {
  const claim =
    'Mamay acted on people’s heightened emotions to call for a fair government, a fair election, political reform, the dissolution of Parliament, in order to organize mass riots';
  const shown = claimEnds(claim);
  assert.equal(
    shown,
    'Mamay acted on people’s heightened emotions to call for a fair government, a fair … in order to organize mass riots',
  );
  // Every word shown is one of the claim's, whole, and its purpose, at its end, is kept.
  for (const word of shown.replace(' … ', ' ').split(' ')) assert.ok(claim.split(' ').includes(word), word);
  assert.ok(shown.length < claim.length);
});

test('a claim short enough for its line is shown whole', () => {
  const claim =
    'Mamay uploaded videos to Facebook calling on Almaty residents to join the peaceful protest on January 4, in order to organize mass riots';
  assert.equal(claimEnds(claim), claim);
  assert.equal(claimEnds(''), '');
});
