import assert from 'node:assert/strict';
import { test } from 'node:test';
import { newRecordValues } from '../components/record-defaults.ts';

test('a record made from a picker that did not find it starts with the words typed there', () => {
  const typed = new URLSearchParams({ name: 'Democratic Party of Kazakhstan' });
  const party = newRecordValues('organisation', undefined, typed);
  // A body's name in English letters is its translation; a person's, a transliteration; Cyrillic, the native form.
  assert.deepEqual(party.names, [
    { value: 'Democratic Party of Kazakhstan', script: 'Latn', language: 'en', kind: 'translation' },
  ]);
  const person = newRecordValues('person', undefined, new URLSearchParams({ name: 'Жанболат Мамай' }));
  assert.deepEqual(person.names, [
    { value: 'Жанболат Мамай', script: 'Cyrl', language: 'ru', kind: 'native' },
  ]);
  const latin = newRecordValues('person', undefined, new URLSearchParams({ name: 'Zhanbolat Mamay' }));
  assert.deepEqual(latin.names, [
    { value: 'Zhanbolat Mamay', script: 'Latn', language: 'en', kind: 'transliteration' },
  ]);
  assert.equal(newRecordValues('source', undefined, typed).title, 'Democratic Party of Kazakhstan');
  assert.equal(newRecordValues('event', undefined, typed).title, 'Democratic Party of Kazakhstan');
  // With nothing typed, a name starts empty, written as the interface's language writes (Cyrillic unless English).
  assert.deepEqual(newRecordValues('person', undefined).names, [
    { value: '', script: 'Cyrl', language: 'ru', kind: 'native' },
  ]);
  const blank = (language: string) => newRecordValues('organisation', undefined, undefined, language).names;
  assert.deepEqual(blank('en'), [{ value: '', script: 'Latn', language: 'en', kind: 'native' }]);
  assert.deepEqual(blank('kk'), [{ value: '', script: 'Cyrl', language: 'kk', kind: 'native' }]);
});
