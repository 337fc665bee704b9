import assert from 'node:assert/strict';
import { test } from 'node:test';
import { pickLocale } from './locale.ts';

test("the language chosen before wins, then the browser's first language we speak, then English", () => {
  assert.equal(pickLocale('kk', ['ru-RU']), 'kk');
  assert.equal(pickLocale(null, ['de-DE', 'ru-RU', 'en']), 'ru');
  assert.equal(pickLocale('xx', ['KK']), 'kk');
  assert.equal(pickLocale(null, ['de', 'fr']), 'en');
  assert.equal(pickLocale(null, []), 'en');
});
