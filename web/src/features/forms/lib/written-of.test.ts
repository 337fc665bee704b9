import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createIntl } from 'react-intl';
import en from '../../../locales/en.json' with { type: 'json' };
import kk from '../../../locales/kk.json' with { type: 'json' };
import ru from '../../../locales/ru.json' with { type: 'json' };
import { writtenOf } from './written-of.ts';

const readers = {
  en: createIntl({ locale: 'en', messages: en }),
  ru: createIntl({ locale: 'ru', messages: ru }),
  kk: createIntl({ locale: 'kk', messages: kk }),
};

test('a date set from elsewhere is written in words that read back as the same date, in every language', () => {
  const dates = [
    '2023-01-26',
    '2022-11',
    '2022',
    '2022-11~',
    '2023-01-26~',
    '2022~',
    '2022-11?',
    '2022-11%',
    '2022-21',
    '[2022-01-01..2022-11-30]',
    '[2022-09..2023-01-26]',
  ];
  for (const [language, intl] of Object.entries(readers))
    for (const date of dates) assert.notEqual(writtenOf(intl, date), undefined, `${language} ${date}`);
});

test('an approximate or uncertain date reads as the words people write', () => {
  assert.equal(writtenOf(readers.en, '2022-11~'), 'about November 2022');
  assert.equal(writtenOf(readers.en, '2022-11?'), 'November 2022?');
  assert.equal(writtenOf(readers.en, '[2022-01-01..2022-11-30]'), 'January 1, 2022 – November 30, 2022');
});

test('nothing is written for an empty value or one that is not a date', () => {
  assert.equal(writtenOf(readers.en, ''), undefined);
  assert.equal(writtenOf(readers.en, undefined), undefined);
  assert.equal(writtenOf(readers.en, 'soon'), undefined);
});
