import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createIntl } from 'react-intl';
import { intlLocale, languageOf } from './locale.ts';
import en from '../locales/en.json' with { type: 'json' };
import kk from '../locales/kk.json' with { type: 'json' };
import ru from '../locales/ru.json' with { type: 'json' };
import {
  formatAlternatives,
  formatDay,
  formatDays,
  formatDaysLater,
  formatDuration,
  formatPartialDate,
  formatSpanShort,
  formatTerm,
  formatTermBounds,
  firstWords,
  noteLead,
} from './format.ts';

const english = createIntl({ locale: 'en', messages: en });
const russian = createIntl({ locale: 'ru', messages: ru });
const kazakh = createIntl({ locale: 'kk', messages: kk });

test('a partial date reads as precise as it was recorded, never as a day it does not name', () => {
  assert.equal(formatPartialDate(english, '2023-01-26'), 'January 26, 2023');
  assert.equal(formatPartialDate(english, '2022-11'), 'November 2022');
  assert.equal(formatPartialDate(english, '2022'), '2022');
  assert.equal(formatPartialDate(english, '2023-21'), 'spring 2023');
  assert.equal(formatPartialDate(english, '2022-11~'), 'about November 2022');
  assert.equal(formatPartialDate(english, '2022?'), '2022 (uncertain)');
  assert.equal(formatPartialDate(english, '2022%'), 'about 2022 (uncertain)');
  assert.equal(
    formatPartialDate(english, '[2022-09..2023-01-26]'),
    'between September 2022 and January 26, 2023',
  );
  assert.equal(formatPartialDate(english, 'not a date'), 'not a date', 'shown as written rather than hidden');
});

test("dates are in the reader's language and calendar words", () => {
  assert.equal(formatDay(russian, '2023-01-26'), '26 января 2023 г.');
  assert.equal(
    formatPartialDate(russian, '2022-11~'),
    `${formatPartialDate(russian, '2022-11')} (приблизительно)`,
  );
  assert.equal(formatPartialDate(russian, '2022-11'), 'ноябрь 2022 г.');
  assert.equal(formatPartialDate(russian, '2023-24'), 'зима 2023 г.');
  // Kazakh in the catalogue's words, whatever month names the browser has.
  assert.equal(formatDay(kazakh, '2023-01-26'), '2023 жылғы 26 қаңтар');
  assert.equal(formatPartialDate(kazakh, '2022-11~'), '2022 жылғы қараша (шамамен)');
  assert.equal(formatAlternatives(kazakh, ['а', 'б']), 'а немесе б');
});

test('counts of days take the plural of the language, and a range is counted by its upper end', () => {
  assert.equal(formatDays(russian, { min: 94, max: 94 }), '94 дня');
  assert.equal(formatDays(russian, { min: 242, max: 276 }), '242–276 дней');
  assert.equal(formatDays(english, { min: 1, max: 1 }), '1 day');
  assert.equal(formatDays(english, { min: 1, max: 1554 }), '1–1,554 days');
  assert.equal(formatDaysLater(russian, { min: 94, max: 94 }), 'спустя 94 дня');
  assert.equal(formatDaysLater(russian, { min: 26, max: 117 }), 'спустя 26–117 дней');
});

test('terms of law read in words; life imprisonment by name; an unknown unit as given', () => {
  assert.equal(formatTerm(russian, { value: 10, unit: 'years' }), '10 лет');
  assert.equal(formatTerm(russian, { value: 2, unit: 'years' }), '2 года');
  assert.equal(formatTerm(english, { life: true }), 'life imprisonment');
  assert.equal(formatTerm(english, { value: 5360, unit: 'mci' }), '5,360 mci');
  // The jurisdiction's money unit by its abbreviation in the reader's language, else in English.
  const mci = { key: 'mci', abbreviations: { en: 'MCI', ru: 'МРП' } };
  assert.equal(formatTerm(russian, { value: 5360, unit: 'mci' }, mci), `${russian.formatNumber(5360)} МРП`);
  assert.equal(formatTerm(english, { value: 5360, unit: 'mci' }, mci), '5,360 MCI');
  assert.equal(formatTerm(russian, { value: 20, unit: 'KZT' }, mci), '20 KZT');
});

test('a term as the bound of a range is worded as the language wants: "до 3 лет", "4 жылдан 10 жылға дейін"', () => {
  const upTo = (intl: typeof russian, value: number, unit: string) =>
    formatTermBounds(intl, { max: { value, unit } });
  const range = (
    intl: typeof russian,
    min: { value?: number; life?: boolean },
    max: { value?: number; life?: boolean },
  ) => formatTermBounds(intl, { min, max });
  // Russian: the genitive after до and от, singular for 1 and 21, plural for the rest.
  assert.equal(upTo(russian, 3, 'years'), 'до 3 лет');
  assert.equal(upTo(russian, 1, 'years'), 'до 1 года');
  assert.equal(upTo(russian, 21, 'years'), 'до 21 года');
  assert.equal(upTo(russian, 5, 'years'), 'до 5 лет');
  assert.equal(upTo(russian, 6, 'months'), 'до 6 месяцев');
  assert.equal(upTo(russian, 800, 'hours'), 'до 800 часов');
  assert.equal(upTo(russian, 2, 'days'), 'до 2 дней');
  assert.equal(range(russian, { value: 4 }, { life: true }), 'от 4 лет до пожизненного лишения свободы');
  // Kazakh, as the Criminal Code words it: the lower bound in the ablative, the upper in the dative, then дейін.
  assert.equal(upTo(kazakh, 5, 'years'), '5 жылға дейін');
  assert.equal(range(kazakh, { value: 3 }, { value: 8 }), '3 жылдан 8 жылға дейін');
  assert.equal(upTo(kazakh, 800, 'hours'), '800 сағатқа дейін');
  assert.equal(upTo(kazakh, 6, 'months'), '6 айға дейін');
  // On its own a term keeps its count form; English words a bound as it words a term.
  assert.equal(formatTerm(russian, { value: 3, unit: 'years' }), '3 года');
  assert.equal(formatTerm(kazakh, { value: 3, unit: 'years' }), '3 жыл');
  assert.equal(upTo(english, 3, 'years'), 'up to 3 years');
  assert.equal(range(english, { value: 4 }, { value: 10 }), '4 years to 10 years');
  // A money unit whose abbreviation Kazakh declines takes the law data's forms as a bound ("20 АЕК-тен 100
  // АЕК-ке дейін"); on its own, and in Russian, the abbreviation stays as it is.
  const mci = {
    key: 'mci',
    abbreviations: { en: 'MCI', ru: 'МРП', kk: 'АЕК' },
    boundForms: { kk: { from: 'АЕК-тен', to: 'АЕК-ке' } },
  };
  const money = (intl: typeof russian, min: number | undefined, max: number) =>
    formatTermBounds(
      intl,
      {
        ...(min === undefined ? {} : { min: { value: min, unit: 'mci' } }),
        max: { value: max, unit: 'mci' },
      },
      mci,
    );
  assert.equal(money(kazakh, undefined, 100), `${kazakh.formatNumber(100)} АЕК-ке дейін`);
  assert.equal(
    money(kazakh, 20, 100),
    `${kazakh.formatNumber(20)} АЕК-тен ${kazakh.formatNumber(100)} АЕК-ке дейін`,
  );
  assert.equal(formatTerm(kazakh, { value: 100, unit: 'mci' }, mci), `${kazakh.formatNumber(100)} АЕК`);
  assert.equal(money(russian, undefined, 3000), `до ${russian.formatNumber(3000)} МРП`);
  assert.equal(money(english, 20, 100), '20 MCI to 100 MCI');
});

test("the language of the law data a reader gets is the interface's, even where Russian formats Kazakh", () => {
  assert.equal(languageOf('ru-KZ'), 'kk');
  assert.equal(languageOf('kk'), 'kk');
  assert.equal(languageOf('ru'), 'ru');
  assert.equal(languageOf('en'), 'en');
  assert.equal(languageOf('de-AT'), 'en');
  const mci = { key: 'mci', abbreviations: { en: 'MCI', ru: 'МРП', kk: 'АЕК' } };
  const kazakhInRussianDigits = createIntl({ locale: 'ru-KZ', messages: kk });
  assert.equal(
    formatTerm(kazakhInRussianDigits, { value: 500, unit: 'mci' }, mci),
    `${kazakhInRussianDigits.formatNumber(500)} АЕК`,
  );
});

test('dates are written as the reader’s browser writes the interface’s language', () => {
  assert.equal(intlLocale('en', ['en-GB', 'en']), 'en-GB');
  assert.equal(intlLocale('en', ['ru-RU', 'en-US']), 'en-US');
  assert.equal(intlLocale('en', ['ru-RU']), 'en');
  assert.equal(intlLocale('ru', ['en-GB', 'ru-RU']), 'ru-RU');
  assert.equal(intlLocale('ru', ['en-GB']), 'ru');
  const british = createIntl({ locale: intlLocale('en', ['en-GB']), messages: {} });
  assert.equal(
    british.formatDate(Date.UTC(2023, 0, 26), { dateStyle: 'long', timeZone: 'UTC' }),
    '26 January 2023',
  );
  assert.equal(languageOf(intlLocale('en', ['en-GB'])), 'en');
});

test('a length of several units reads as one, each unit with its own plural', () => {
  assert.equal(formatDuration(english, { years: 7 }), '7 years');
  assert.match(formatDuration(english, { years: 2, months: 6 }), /^2 years,? 6 months$/);
  assert.match(formatDuration(russian, { years: 5, months: 1 }), /^5 лет,? 1 месяц$/);
});

test('a long note is folded under its lead: its words up to an early colon or stop, or its first words', () => {
  assert.equal(
    noteLead('Worked out, not given by the source: Start: not in the text. No earlier than 1 January 2022.'),
    'Worked out, not given by the source…',
  );
  assert.equal(
    noteLead('Вычислено, в источнике нет: начало не указано в тексте; не раньше 1 января 2022 года.'),
    'Вычислено, в источнике нет…',
  );
  // No stop early: its first words, cut at a space, not inside a word.
  const long =
    'The defence lawyer told us in a telephone call on the evening of the hearing that the judge had refused every motion';
  assert.equal(noteLead(long), 'The defence lawyer told us in a telephone call on the…');
  // A stop inside a number or an abbreviation followed by no space is no end of the lead.
  assert.equal(
    noteLead('Art.272 was cited by the investigator in the decree of 12.03.2022 and again later on in court'),
    'Art.272 was cited by the investigator in the decree of…',
  );
});

test('first words cut after a comma or colon end with the ellipsis alone', () => {
  const claim =
    'Mamay decided to “organize mass riots, accompanied by violence, pogroms, arson, destruction”';
  assert.equal(firstWords(claim, 70), 'Mamay decided to “organize mass riots, accompanied by violence…');
  assert.equal(firstWords('Short enough.', 70), 'Short enough.');
});

test('a span of days is said in few words; any other date, and any date in Kazakh, as in full', () => {
  // The year said once where both ends share it, twice where they do not.
  assert.equal(formatSpanShort(english, '[2022-01-01..2022-11-07]'), 'Jan 1 – Nov 7, 2022');
  const british = createIntl({ locale: 'en-GB', messages: en });
  assert.equal(formatSpanShort(british, '[2022-01-01..2022-11-07]'), '1 Jan – 7 Nov 2022');
  assert.equal(formatSpanShort(british, '[2022-09-01..2023-01-26]'), '1 Sept 2022 – 26 Jan 2023');
  assert.match(formatSpanShort(russian, '[2022-01-01..2022-11-07]'), /^1 янв\. – 7 нояб\. 2022 г\.$/);
  assert.equal(formatSpanShort(english, '2022-11'), formatPartialDate(english, '2022-11'));
  assert.equal(
    formatSpanShort(kazakh, '[2022-01-01..2022-11-07]'),
    formatPartialDate(kazakh, '[2022-01-01..2022-11-07]'),
  );
});
