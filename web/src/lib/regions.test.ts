import assert from 'node:assert/strict';
import { test } from 'node:test';
import { countryCodeOf } from './regions.ts';

test("a country typed by its code or its full name, in the reader's language or English, is its code", () => {
  assert.equal(countryCodeOf('en-GB', 'KZ'), 'kz');
  assert.equal(countryCodeOf('en-GB', ' Kazakhstan '), 'kz');
  assert.equal(countryCodeOf('ru', 'Казахстан'), 'kz');
  assert.equal(countryCodeOf('ru', 'kyrgyzstan'), 'kg');
  assert.equal(countryCodeOf('kk', 'Қазақстан'), 'kz');
  // A part of a name, or words that name no country, are no code: the box keeps them, and the form says why.
  assert.equal(countryCodeOf('en-GB', 'Kaz'), undefined);
  assert.equal(countryCodeOf('en-GB', 'Almaty'), undefined);
  assert.equal(countryCodeOf('en-GB', ''), undefined);
});
