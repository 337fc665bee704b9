import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { SentenceComponent } from '../../core/decision/decision.ts';
import { numberWord, readNumberAt } from './number-words.ts';
import { extractSentences } from './sentences.ts';

const ROWS: [string, SentenceComponent[]][] = [
  // Russian verdicts
  [
    'назначить наказание в виде лишения свободы: к 5 годам 6 месяцам лишения свободы в колонии общего режима',
    [{ type: 'imprisonment', term: { years: 5, months: 6 }, regime: 'medium' }],
  ],
  ['приговорил к 7 (семи) годам лишения свободы', [{ type: 'imprisonment', term: { years: 7 } }]],
  [
    'осуждён к семи годам лишения свободы с отбыванием в колонии строгого режима',
    [{ type: 'imprisonment', term: { years: 7 }, regime: 'maximum' }],
  ],
  [
    'к 3 годам лишения свободы условно с испытательным сроком 2 года',
    [{ type: 'imprisonment', term: { years: 3 }, isSuspended: true, probation: { years: 2 } }],
  ],
  [
    'к 5 годам лишения свободы. В соответствии со ст. 63 УК РК назначенное наказание считать условным с испытательным сроком 3 (три) года.',
    [{ type: 'imprisonment', term: { years: 5 }, isSuspended: true, probation: { years: 3 } }],
  ],
  [
    '2 жыл бас бостандығын шектеу шартты түрде, 1 жыл сынақ мерзімімен',
    [{ type: 'restricted_freedom', term: { years: 2 }, isSuspended: true, probation: { years: 1 } }],
  ],
  ['назначить ограничение свободы сроком на 3 года', [{ type: 'restricted_freedom', term: { years: 3 } }]],
  ['к пяти годам ограничения свободы', [{ type: 'restricted_freedom', term: { years: 5 } }]],
  ['к полутора годам лишения свободы', [{ type: 'imprisonment', term: { years: 1, months: 6 } }]],
  ['назначить штраф в размере 1000 МРП', [{ type: 'fine', amount: { value: 1000, unit: 'mci' } }]],
  ['штраф в сумме 500 000 тенге', [{ type: 'fine', amount: { value: 500000, unit: 'KZT' } }]],
  ['200 часов общественных работ', [{ type: 'public_works', amount: { value: 200, unit: 'hours' } }]],
  ['подвергнуть аресту сроком на 10 суток', [{ type: 'arrest', term: { days: 10 } }]],
  [
    'к двадцати годам лишения свободы в учреждении максимальной безопасности',
    [{ type: 'imprisonment', term: { years: 20 }, regime: 'maximum' }],
  ],
  [
    'к 4 годам лишения свободы с лишением права занимать государственные должности сроком на 3 года',
    [
      { type: 'imprisonment', term: { years: 4 } },
      { type: 'deprivation_of_right', term: { years: 3 } },
    ],
  ],
  ['приговорён к пожизненному лишению свободы', [{ type: 'life_imprisonment' }]],
  [
    'наказывается лишением свободы на срок от пятнадцати до двадцати лет либо пожизненным лишением свободы',
    [],
  ],
  // Kazakh
  ['5 жылға бас бостандығынан айыру жазасы тағайындалсын', [{ type: 'imprisonment', term: { years: 5 } }]],
  ['бес жыл алты айға бас бостандығынан айыру', [{ type: 'imprisonment', term: { years: 5, months: 6 } }]],
  ['1000 АЕК мөлшерінде айыппұл салынсын', [{ type: 'fine', amount: { value: 1000, unit: 'mci' } }]],
  // English
  [
    'he was sentenced to five years and six months in a general-regime colony',
    [{ type: 'imprisonment', term: { years: 5, months: 6 }, regime: 'medium' }],
  ],
  [
    'приговорён к 10 годам колонии строгого режима',
    [{ type: 'imprisonment', term: { years: 10 }, regime: 'maximum' }],
  ],
  ['получил 6 лет заключения', [{ type: 'imprisonment', term: { years: 6 } }]],
  ['handed a five-year prison sentence', [{ type: 'imprisonment', term: { years: 5 } }]],
  ['was sentenced to life imprisonment', [{ type: 'life_imprisonment' }]],
  ['sentenced to seven years’ imprisonment', [{ type: 'imprisonment', term: { years: 7 } }]],
  [
    'a suspended sentence of two years of restricted freedom',
    [{ type: 'restricted_freedom', term: { years: 2 }, isSuspended: true }],
  ],
  ['fined 100 MCI', [{ type: 'fine', amount: { value: 100, unit: 'mci' } }]],
  // Not a sentence given: a maximum, a term of something else, a bare number
  ['The charge carries a maximum 10-year prison sentence.', []],
  ['грозит до 10 лет лишения свободы', []],
  ['наказывается лишением свободы на срок от четырех до десяти лет', []],
  ['проживал в Алматы пять лет', []],
  ['в течение 5 лет. Заключение эксперта № 1123', []],
  ['содержался под домашним арестом 8 месяцев', []],
  ['At least 238 people died', []],
];

for (const [text, expected] of ROWS)
  test(`sentences in «${text}»`, () => {
    const found = extractSentences(text);
    assert.deepEqual(
      found.flatMap((s) => s.value.components),
      expected,
    );
    for (const s of found) assert.equal(text.slice(s.start, s.end), s.quote);
  });

const NUMBERS: [string, number][] = [
  ['пять лет', 5],
  ['пяти', 5],
  ['пятью', 5],
  ['семи', 7],
  ['восьми', 8],
  ['одного', 1],
  ['двух', 2],
  ['двадцать пять', 25],
  ['тридцати', 30],
  ['бір', 1],
  ['екі', 2],
  ['үш', 3],
  ['он екі', 12],
  ['жиырма бес', 25],
  ['one', 1],
  ['twelve', 12],
  ['twenty-five', 25],
  ['twenty five', 25],
  ['five-year', 5],
  ['7 (семи)', 7],
  ['1 000', 1000],
  ['1,000', 1000],
];

for (const [text, value] of NUMBERS)
  test(`the number in «${text}» is ${value}`, () => assert.equal(readNumberAt(text, 0)?.value, value));

test('a word that only begins like a number is not one', () => {
  assert.equal(numberWord('пятница'), undefined);
  assert.equal(readNumberAt('пятница', 0), undefined);
  assert.equal(readNumberAt('онлайн', 0), undefined);
});
