import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadNameFolder } from '../../store/name-folding-file.ts';
import { PersonFinder, type KnownPerson } from './persons.ts';

const PEOPLE: KnownPerson[] = [
  {
    id: 'mamai',
    names: [
      { value: 'Мамай Жанболат Ахметжанович', family: 'Мамай' },
      { value: 'Мамай Жанболат', family: 'Мамай' },
      { value: 'Zhanbolat Mamai', family: 'Mamai' },
      { value: 'MAMAY Zhanbolat' },
    ],
  },
  { id: 'other-zhanbolat', names: [{ value: 'Жанболат Ермеков', family: 'Ермеков' }] },
  {
    id: 'sadykova',
    names: [
      { value: 'Инга Садыкова', family: 'Садыкова' },
      { value: 'Inga Sadykova', family: 'Sadykova' },
    ],
  },
];

const finder = new PersonFinder(loadNameFolder(), PEOPLE);

const ROWS: [string, [string, string][]][] = [
  ['обвиняемого Мамая Жанболата Ахметжановича', [['Мамая Жанболата Ахметжановича', 'mamai']]],
  ['допрошенный Мамаем Жанболатом', [['Мамаем Жанболатом', 'mamai']]],
  ['предъявлено Жанболату Мамаю обвинение', [['Жанболату Мамаю', 'mamai']]],
  ['защитник Ж. Мамай заявил', [['Ж. Мамай', 'mamai']]],
  ['Kazakh opposition politician Zhanbolat Mamai speaks', [['Zhanbolat Mamai', 'mamai']]],
  ['charged the opposition leader, Zhanbolat Mamay, with', [['Zhanbolat Mamay', 'mamai']]],
  ['Defendant: MAMAY Zh. (born 1988)', [['MAMAY Zh.', 'mamai']]],
  ['Mamay was placed under house arrest', [['Mamay', 'mamai']]],
  ['Жанболат Мамайдың ісі бойынша', [['Жанболат Мамайдың', 'mamai']]],
  ['свидетель Жанболат Ермеков показал', [['Жанболат Ермеков', 'other-zhanbolat']]],
  [
    'адвокат Садыкова И. и Мамай Ж.',
    [
      ['Садыкова И.', 'sadykova'],
      ['Мамай Ж.', 'mamai'],
    ],
  ],
  // not a known person: a shared first name, another surname, ordinary capitals
  ['свидетель Жанболат показал', []],
  ['свидетель Жанболат Мамаев показал', []],
  ['Алматинский городской суд, Democratic Party of Kazakhstan', []],
  ['Жанболат Иванов', []],
  ['Мамай. Жанболат', [['Мамай', 'mamai']]],
];

for (const [text, expected] of ROWS)
  test(`persons in «${text}»`, () => {
    const found = finder.find(text);
    assert.deepEqual(
      found.map((s) => [s.quote, s.value.personId]),
      expected,
    );
    for (const s of found) assert.equal(text.slice(s.start, s.end), s.quote);
  });

test('a person recorded only in Cyrillic is found in Latin text, and the other way round', () => {
  const cyrillic = new PersonFinder(loadNameFolder(), [
    { id: 'm', names: [{ value: 'Мамай Жанболат', family: 'Мамай' }] },
  ]);
  assert.deepEqual(
    cyrillic.find('opposition leader Zhanbolat Mamay said').map((s) => s.quote),
    ['Zhanbolat Mamay'],
  );
  const latin = new PersonFinder(loadNameFolder(), [
    { id: 'm', names: [{ value: 'Zhanbolat Mamai', family: 'Mamai' }] },
  ]);
  assert.deepEqual(
    latin.find('обвиняемого Мамая Жанболата').map((s) => s.quote),
    ['Мамая Жанболата'],
  );
});

test('a surname two known persons share is not enough alone, and the two full names still tell them apart', () => {
  const twins = new PersonFinder(loadNameFolder(), [
    { id: 'a', names: [{ value: 'Асет Мамай', family: 'Мамай' }] },
    { id: 'b', names: [{ value: 'Жанболат Мамай', family: 'Мамай' }] },
  ]);
  assert.deepEqual(
    twins.find('Мамай заявил').map((s) => s.value.personId),
    [],
  );
  assert.deepEqual(
    twins.find('Асета Мамая и Жанболата Мамая').map((s) => s.value.personId),
    ['a', 'b'],
  );
});
