import assert from 'node:assert/strict';
import { test } from 'node:test';
import { asSentence, holdsSentence, withSentence, withoutSentence } from './quick-case-context.ts';

test('a stretch counts as a sentence where it ends as one, its spaces made single', () => {
  assert.equal(
    asSentence(' The authorities have failed to ensure\n accountability. '),
    'The authorities have failed to ensure accountability.',
  );
  assert.equal(asSentence('Он сказал: «Это не преступление.»'), 'Он сказал: «Это не преступление.»');
  assert.equal(asSentence('Was it?'), 'Was it?');
  // A photograph's credit and a button's leftover words are no sentences.
  assert.equal(asSentence('© 2022 Pavel Mikheyev/REUTERS'), undefined);
  assert.equal(asSentence('Click to expand Image'), undefined);
  assert.equal(asSentence('   '), undefined);
});

test('a sentence is added to the summary on a line of its own, once, and taken out again', () => {
  const first = 'Most of them died in Almaty.';
  const second = 'No independent parties are allowed.';
  assert.equal(withSentence('', first), first);
  const both = withSentence(withSentence('', first), second);
  assert.equal(both, `${first}\n${second}`);
  // Added again, nothing changes; typed with other line breaks, it is still found.
  assert.equal(withSentence(both, second), both);
  assert.ok(holdsSentence('No independent\nparties are  allowed.', second));
  assert.ok(!holdsSentence(both, 'Another sentence.'));
  assert.equal(withoutSentence(both, first), second);
  assert.equal(withoutSentence(both, second), first);
  assert.equal(withoutSentence(`Typed first.\n${first}\nTyped after.`, first), 'Typed first.\nTyped after.');
  assert.equal(withoutSentence('Typed first. Most of them\ndied in Almaty.', first), 'Typed first.');
  // Given the text, a sentence is kept in the text's order among those kept from it; typed lines stay where they are.
  const text = `Most of them died in Almaty. He was charged.\nNo independent parties are allowed. It rained.`;
  assert.equal(withSentence(`Typed first.\n${second}`, first, text), `Typed first.\n${first}\n${second}`);
  assert.equal(
    withSentence(`${first}\nTyped after.`, 'It rained.', text),
    `${first}\nTyped after.\nIt rained.`,
  );
  assert.equal(withSentence(`Typed.\nIt rained.`, second, text), `Typed.\n${second}\nIt rained.`);
  // A sentence the summary does not hold leaves the summary as it is.
  assert.equal(withoutSentence(both, 'Not in it.'), both);
});
