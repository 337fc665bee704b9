import assert from 'node:assert/strict';
import { test } from 'node:test';
import { nameWriting } from './name-script.ts';

test('a Cyrillic name is Cyrillic; Kazakh letters make it Kazakh, others Russian', () => {
  assert.deepEqual(nameWriting('Жанболат Мамай'), { script: 'Cyrl', language: 'ru' });
  assert.deepEqual(nameWriting('Жанболат Мамайұлы'), { script: 'Cyrl', language: 'kk' });
  assert.deepEqual(nameWriting('Әйгерім Тәжі'), { script: 'Cyrl', language: 'kk' });
});

test('a stray Latin letter inside a Cyrillic name leaves it Cyrillic', () => {
  // The "е" of "Мамаев" typed on a Latin keyboard: the name is still written in Cyrillic.
  assert.deepEqual(nameWriting('Мамаeв'), { script: 'Cyrl', language: 'ru' });
});

test('a Latin name is an English spelling but for Kazakh Latin letters', () => {
  assert.deepEqual(nameWriting('Zhanbolat Mamay'), { script: 'Latn', language: 'en' });
  // One dotless ı is also Turkish or a typing slip: two Kazakh letters, or ū, are asked for.
  assert.deepEqual(nameWriting('Janbolat Mamaı'), { script: 'Latn', language: 'en' });
  assert.deepEqual(nameWriting('Äıgerım Täjı'), { script: 'Latn', language: 'kk' });
  assert.deepEqual(nameWriting('Nūrsūltan'), { script: 'Latn', language: 'kk' });
  // A capital I is every Latin alphabet's, not a sign of Kazakh (the dotless ı's capital is the same letter).
  assert.deepEqual(nameWriting('IBRAGIMOV ILYAS'), { script: 'Latn', language: 'en' });
});

test('no letter, no guess', () => {
  assert.equal(nameWriting(''), undefined);
  assert.equal(nameWriting('  12 '), undefined);
  assert.deepEqual(nameWriting('محمد'), { script: 'Arab' });
});
