import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { isDomainError } from '../src/core/errors.ts';
import { parseFoldingTables } from '../src/core/names/folding-tables.ts';
import { NAME_FOLDING_FILE } from '../src/data-dirs.ts';
import { loadNameFolder } from '../src/store/name-folding-file.ts';
import { namePairs } from './support/name-pairs.ts';
import { RUSSIAN_LOOKALIKES, SCHEMES_FROM_KAZAKH } from './support/name-schemes.ts';

const folder = loadNameFolder();
const DEFENDANT = 'Жанболат Мамай';

test('every form the seed and its readers use finds the defendant, and none finds another man', () => {
  for (const query of [
    'Mamai',
    'Mamay',
    'Mamaı',
    'Мамай',
    'Мамая',
    'Мамаю',
    'Мамаем',
    'Мамае',
    'MAMAY Zhanbolat',
  ])
    assert.ok(folder.matches(query, DEFENDANT), query);
  for (const query of ['Mamyrov', 'Мамин', 'Zhanbolat Tokayev', 'Маман'])
    assert.equal(folder.matches(query, DEFENDANT), false, query);
  assert.equal(folder.match('Mamay', DEFENDANT), 'exact');
});

test('each Kazakh letter folds as its Russian look-alike does, in Cyrillic and in every scheme', () => {
  for (const [letter, russian] of Object.entries(RUSSIAN_LOOKALIKES)) {
    const word = `Ба${letter}тар`;
    const plain = word.replace(letter, russian);
    assert.deepEqual(folder.foldWord(word), folder.foldWord(plain), `${word} ~ ${plain}`);
    for (const [scheme, write] of Object.entries(SCHEMES_FROM_KAZAKH))
      assert.ok(
        folder.matches(write(`Ерлан|${word}`), `Ерлан ${plain}`),
        `${scheme}: ${write(`Ерлан|${word}`)}`,
      );
  }
});

test("the schemes' letters for ж, й, ш, ч, ц, щ, я and ю meet in one key", () => {
  const forms = [
    ['Жанар', 'Zhanar', 'Janar', 'Žanar', 'Schanar'],
    ['Қайрат', 'Kairat', 'Qaırat', 'Qairat', 'Kajrat', 'Kayrat'],
    ['Шынар', 'Shynar', 'Şynar', 'Šynar', "S'ynar", 'Schynar'],
    ['Чингиз', 'Chingiz', 'Çingiz', 'Čingiz', 'Tschingis'],
    ['Цой', 'Tsoi', 'Tsoy', 'Coj', 'Zoi'],
    ['Ящук', 'Yashchuk', 'Iashchuk', 'Âŝuk', 'Jaschtschuk'],
    ['Юлия', 'Yuliya', 'Iuliia', 'Ûliâ', 'Julija'],
  ];
  for (const [cyrillic, ...latin] of forms)
    for (const form of latin) assert.ok(folder.matches(form, cyrillic ?? ''), `${form} ~ ${cyrillic}`);
});

test('patronymics meet across -ұлы, -ович, -uly, -ovich, written together or apart, and in Russian cases', () => {
  const son = 'Жанболат Тоқтарұлы';
  for (const form of [
    'Zhanbolat Toktarovich',
    'Жанболат Токтарович',
    'Zhanbolat Toktaruly',
    'Жанболат Тоқтар ұлы',
    'Жанболата Токтаровича',
  ])
    assert.ok(folder.matches(form, son), form);
  const daughter = 'Айгүл Серікқызы';
  for (const form of ['Aigul Serikovna', 'Айгуль Сериковна', 'Aigul Serikkyzy', 'Айгуль Сериковной'])
    assert.ok(folder.matches(form, daughter), form);
});

test('Russian case forms of surnames and given names meet their nominative', () => {
  const cases: [string, string[]][] = [
    ['Карим Масимов', ['Карима Масимова', 'Кариму Масимову', 'Каримом Масимовым', 'Кариме Масимове']],
    ['Наталья Садыкова', ['Натальи Садыковой', 'Наталье Садыковой', 'Натальей Садыковой']],
    ['Алия Токаева', ['Алии Токаевой', 'Алией Токаевой']],
    ['Асель Нурланова', ['Асели Нурлановой', 'Асель Нурлановой']],
    ['Георгий Ким', ['Георгия Кима', 'Георгием Кимом']],
  ];
  for (const [nominative, forms] of cases)
    for (const form of forms) assert.ok(folder.matches(form, nominative), `${form} ~ ${nominative}`);
});

test('the defects of real lists: a Latin letter in Cyrillic, a space lost, capitals, a dotless ı', () => {
  assert.ok(folder.matches('Мамaй', DEFENDANT), 'a Latin a inside');
  assert.ok(folder.matches('CАДЫКОВ Айдос', 'Айдос Садыков'), 'a Latin C inside');
  assert.ok(folder.matches('ZhanbolatMamay', DEFENDANT), 'camel case');
  assert.ok(folder.matches('Жанболатмамай', DEFENDANT), 'a space lost');
  assert.ok(folder.matches('MAMAY ZHANBOLAT', DEFENDANT), 'capitals');
  assert.ok(folder.matches('Qasym-Jomart Toqaıev', 'Қасым-Жомарт Тоқаев'), 'dotless ı');
  assert.ok(folder.matches('Zh. Mamay', DEFENDANT), 'an initial');
  assert.equal(folder.matches('A. Mamay', DEFENDANT), false, 'another initial');
});

test('short names that differ in a vowel stay apart: the loose key is for long words', () => {
  assert.equal(folder.matches('Марат', 'Мұрат'), false);
  assert.equal(folder.matches('Асан', 'Есен'), false);
  assert.equal(folder.match('Тургумбаев', 'Тұрғымбаев'), 'loose');
});

test("the labelled set: at least 99 % of each scheme's pairs meet, and no two different people do", (t) => {
  const pairs = namePairs();
  assert.ok(pairs.filter((p) => p.isSamePerson).length >= 300, 'at least 300 variant pairs');
  const byScheme = new Map<string, { pairs: number; met: number }>();
  for (const p of pairs) {
    const entry = byScheme.get(p.scheme) ?? { pairs: 0, met: 0 };
    entry.pairs++;
    if (folder.matches(p.a, p.b) && folder.matches(p.b, p.a)) entry.met++;
    byScheme.set(p.scheme, entry);
  }
  for (const [scheme, { pairs: n, met }] of byScheme) {
    t.diagnostic(`${scheme}: ${met}/${n}`);
    if (scheme === 'different-people') assert.equal(met, 0, 'false merges');
    else assert.ok(met / n >= 0.99, `${scheme}: ${met}/${n}`);
  }
});

test('bad tables are refused with the place of what is wrong', () => {
  const tables = JSON.parse(readFileSync(NAME_FOLDING_FILE, 'utf8')) as Record<string, unknown>;
  assert.throws(
    () => parseFoldingTables({ ...tables, latinSpellings: [['sch', []]] }, 'folding.json'),
    (e: unknown) =>
      isDomainError(e, 'validation.invalid') &&
      /latinSpellings/.test(e.message) &&
      /folding\.json/.test(e.message),
  );
  assert.throws(
    () => parseFoldingTables({ ...tables, skeleton: { rewrites: [['(', '']] } }, 'folding.json'),
    (e: unknown) => isDomainError(e, 'validation.invalid') && /skeleton\.rewrites\[0\]/.test(e.message),
  );
});
