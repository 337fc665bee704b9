import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { readWrittenDate } from './written-date.ts';

describe('a date as people write it', () => {
  test('a day, in English, Russian and Kazakh, in any order of its parts', () => {
    for (const written of [
      '26 January 2023',
      '26 Jan 2023',
      'Jan. 26, 2023',
      'January 26th, 2023',
      '26th of January 2023',
      '26 января 2023 г.',
      '26 января 2023 года',
      '26 ЯНВАРЯ 2023',
      '2023 жылғы 26 қаңтар',
      '26 қаңтар 2023 ж.',
      '26 qańtar 2023',
      '26.01.2023',
      '26/01/2023',
      '2023-01-26',
      '  26\u00a0January   2023 ',
    ]) {
      assert.equal(readWrittenDate(written), '2023-01-26', written);
    }
  });

  test('each month by its name in every language it is written in', () => {
    const names = [
      ['January', 'январь', 'қаңтар', 'qańtar'],
      ['February', 'февраля', 'ақпан', 'aqpan'],
      ['March', 'марта', 'наурыз', 'naýryz'],
      ['April', 'апреле', 'сәуір', 'sáýir'],
      ['May', 'мая', 'мамыр', 'mamyr'],
      ['June', 'июнь', 'маусым', 'maýsym'],
      ['July', 'июля', 'шілде', 'shilde'],
      ['August', 'августа', 'тамыз', 'tamyz'],
      ['September', 'сентября', 'қыркүйек', 'qyrkúiek'],
      ['October', 'октябрь', 'қазан', 'qazan'],
      ['November', 'ноября', 'қараша', 'qarasha'],
      ['December', 'декабре', 'желтоқсан', 'jeltoqsan'],
    ];
    names.forEach((forms, i) => {
      const month = `2022-${String(i + 1).padStart(2, '0')}`;
      for (const form of forms) assert.equal(readWrittenDate(`${form} 2022`), month, form);
    });
    assert.equal(readWrittenDate('май 2022'), '2022-05');
    assert.equal(readWrittenDate('в мае 2022 года'), '2022-05');
    assert.equal(
      readWrittenDate('в кануне мая 2022 года'),
      undefined,
      'a word it does not know ("кануне") reads nothing',
    );
  });

  test('a month, a year, a season: never a day it was not given', () => {
    assert.equal(readWrittenDate('January 2023'), '2023-01');
    assert.equal(readWrittenDate('01.2023'), '2023-01');
    assert.equal(readWrittenDate('2022'), '2022');
    assert.equal(readWrittenDate('spring 2022'), '2022-21');
    assert.equal(readWrittenDate('весной 2022 года'), '2022-21');
    assert.equal(readWrittenDate('осень 2022'), '2022-23');
    assert.equal(readWrittenDate('2022 жылғы күз'), '2022-23');
    assert.equal(readWrittenDate('winter 2022'), '2022-24');
    assert.equal(readWrittenDate('fall 2021'), '2021-23');
  });

  test('approximate and uncertain, by a word or a sign', () => {
    assert.equal(readWrittenDate('about May 2022'), '2022-05~');
    assert.equal(readWrittenDate('c. 2020'), '2020~');
    assert.equal(readWrittenDate('~2020'), '2020~');
    assert.equal(readWrittenDate('примерно в'), undefined);
    assert.equal(readWrittenDate('около 2021 года'), '2021~');
    assert.equal(readWrittenDate('шамамен 2021 жылы'), '2021~');
    assert.equal(readWrittenDate('2021?'), '2021?');
    assert.equal(readWrittenDate('probably 3 March 2022'), '2022-03-03?');
    assert.equal(readWrittenDate('about March 2022?'), '2022-03%');
  });

  test('a range, its first end taking the year and month it leaves out from the second', () => {
    assert.equal(readWrittenDate('Sep 2022 – 26 Jan 2023'), '[2022-09..2023-01-26]');
    assert.equal(readWrittenDate('Sep 2022 - 26 Jan 2023'), '[2022-09..2023-01-26]');
    assert.equal(readWrittenDate('between September 2022 and January 2023'), '[2022-09..2023-01]');
    assert.equal(readWrittenDate('с сентября 2022 по 26 января 2023 года'), '[2022-09..2023-01-26]');
    assert.equal(readWrittenDate('Sep – Nov 2022'), '[2022-09..2022-11]');
    assert.equal(readWrittenDate('3–4 January 2022'), '[2022-01-03..2022-01-04]');
    assert.equal(readWrittenDate('3-4 January 2022'), '[2022-01-03..2022-01-04]');
    assert.equal(readWrittenDate('2022-09..2023-01-26'), '[2022-09..2023-01-26]');
  });

  test('reads nothing it would have to guess', () => {
    for (const written of [
      '',
      'soon',
      'late',
      'end of 26 January 2023',
      'до 2023',
      '01/26/2023',
      '30 February 2023',
      '26 January',
      '26 2023',
      'spring 3 2022',
      '2023 – 2022',
      'Jan Feb 2022',
      '2022 2023',
      '0 January 2022',
      'Dec 2022 – Feb',
    ]) {
      assert.equal(readWrittenDate(written), undefined, written);
    }
  });

  test('the part of a month or year a source names is its first, middle or last third', () => {
    for (const [written, read] of [
      ['late January 2023', '[2023-01-21..2023-01-31]'],
      ['mid-January 2023', '[2023-01-11..2023-01-20]'],
      ['in early March 2022', '[2022-03-01..2022-03-10]'],
      ['at the end of February 2024', '[2024-02-21..2024-02-29]'],
      ['early 2022', '[2022-01..2022-04]'],
      ['mid-2022', '[2022-05..2022-08]'],
      ['в конце января 2023 года', '[2023-01-21..2023-01-31]'],
      ['в начале 2022 года', '[2022-01..2022-04]'],
      ['2023 жылғы қаңтардың аяғында', '[2023-01-21..2023-01-31]'],
    ] as const) {
      assert.equal(readWrittenDate(written), read, written);
    }
  });
});
