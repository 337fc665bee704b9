import assert from 'node:assert/strict';
import { test } from 'node:test';
import { titleIn } from './titles.ts';

test('a title in the reader’s language, else the one its reader reads next, else English, else any', () => {
  const all = {
    en: 'crime of medium gravity',
    ru: 'преступление средней тяжести',
    kk: 'орташа ауырлықтағы қылмыс',
  };
  assert.equal(titleIn(all, 'kk'), 'орташа ауырлықтағы қылмыс');
  // The law data lacks Kazakh words: a Kazakh reader gets Russian, the other language of the country's courts.
  const { kk: _kk, ...noKazakh } = all;
  assert.equal(titleIn(noKazakh, 'kk'), 'преступление средней тяжести');
  assert.equal(titleIn({ en: 'fine' }, 'kk'), 'fine');
  assert.equal(titleIn(noKazakh, 'ru'), 'преступление средней тяжести');
  assert.equal(titleIn({ ru: 'штраф', kk: 'айыппұл' }, 'en'), 'штраф');
  assert.equal(titleIn({}, 'en'), undefined);
  assert.equal(titleIn(undefined, 'en'), undefined);
});
