import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { test } from 'node:test';
import { textDigest } from './text-digest.ts';

test('a text is digested as its UTF-8 bytes, as a file of it would be', async () => {
  const text = 'Жанболат Мамай — “organizing mass riots”\n';
  assert.equal(await textDigest(text), createHash('sha256').update(text, 'utf8').digest('hex'));
  assert.notEqual(await textDigest(text), await textDigest(text.trim()));
});
