import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { loadNameFolder } from '../../store/name-folding-file.ts';
import { readLawPack } from '../../store/law-files.ts';
import {
  citationLawFromPack,
  extractFromPages,
  extractSuggestions,
  mergeCitationLaw,
  PersonFinder,
  SuggestionSchema,
  type Suggestion,
} from './index.ts';

const law = mergeCitationLaw([citationLawFromPack(readLawPack('data/law/kz'))], {
  jurisdiction: 'kz',
  code: 'cc',
});
const persons = new PersonFinder(loadNameFolder(), [
  {
    id: 'mamai',
    names: [
      { value: 'Мамай Жанболат Ахметжанович', family: 'Мамай' },
      { value: 'Zhanbolat Mamai', family: 'Mamai' },
    ],
  },
  { id: 'sadykova', names: [{ value: 'Садыкова Инга Тимуровна', family: 'Садыкова' }] },
]);
const pages = (file: string): string[] => readFileSync(`test/fixtures/documents/${file}`, 'utf8').split('\f');
const context = { law, persons, languages: ['ru', 'kk', 'en'] };

function of<T extends Suggestion['type']>(found: Suggestion[], type: T): Extract<Suggestion, { type: T }>[] {
  return found.filter((s): s is Extract<Suggestion, { type: T }> => s.type === type);
}

test('the indictment: its charge on page 3 in full words, resolved to the article title', () => {
  const page3 = extractSuggestions(pages('indictment-ru.txt')[2] ?? '', context);
  const full = of(page3, 'citation').find((s) => s.quote.startsWith('частью 1 статьи 272'));
  assert.ok(full);
  assert.equal(full.quote, 'частью 1 статьи 272 Уголовного кодекса Республики Казахстан');
  assert.deepEqual(full.value.resolution, { status: 'held', title: 'Массовые беспорядки', language: 'ru' });
  // "от четырёх до десяти лет" is the article's range, not a sentence.
  assert.deepEqual(of(page3, 'sentence'), []);
  assert.ok(
    of(page3, 'citation').some(
      (s) => s.value.code.code === 'cpc' && s.value.resolution.status === 'not_held',
    ),
  );
});

test('the indictment: dates, the person under every form, the posts, and no phone number', () => {
  const all = pages('indictment-ru.txt').flatMap((p) => extractSuggestions(p, context));
  const dates = of(all, 'date').map((s) =>
    s.value.until ? `${s.value.date}..${s.value.until}` : s.value.date,
  );
  for (const d of [
    '2023-01-26',
    '2022-01-03..2022-01-05',
    '2022-11-07',
    '2022-01',
    '2022-02-28',
    '2022-03-03',
  ])
    assert.ok(dates.includes(d), `${d} among ${dates.join(' ')}`);
  const names = of(all, 'person')
    .filter((s) => s.value.personId === 'mamai')
    .map((s) => s.quote);
  for (const n of [
    'Мамая Жанболата Ахметжановича',
    'Мамай Ж.А.',
    'Мамаю Ж.А.',
    'МАМАЙ Жанболат Ахметжанович',
  ])
    assert.ok(names.includes(n), `${n} among ${names.join(' | ')}`);
  assert.ok(of(all, 'person').some((s) => s.value.personId === 'sadykova'));
  const posts = of(all, 'link').map((s) => [s.value.platform, s.value.handle, s.value.postId]);
  assert.deepEqual(posts.slice(0, 3), [
    ['facebook', 'zhanbolat.mamai', '3145926535897932'],
    ['telegram', 'demparty_kz', undefined],
    ['telegram', 'demparty_kz', '1520'],
  ]);
  assert.ok(!all.some((s) => s.quote.includes('272-11-22')));
  const kazakh = of(all, 'citation').find((s) => s.quote.includes('бабының'));
  assert.equal(kazakh?.value.article, '272');
  assert.equal(kazakh?.value.part, '1');
});

test('the verdict: the attempt links art. 24 to hooliganism, and the sentence is read with its regime', () => {
  const page2 = extractSuggestions(pages('verdict-ru.txt')[1] ?? '', context);
  const attempt = of(page2, 'citation').find((s) => s.value.article === '24');
  assert.deepEqual(attempt?.value.qualifies, { article: '293', part: '2', as: 'attempt' });
  const sentences = of(page2, 'sentence').flatMap((s) => s.value.components);
  assert.deepEqual(sentences, [
    { type: 'imprisonment', term: { years: 5 } },
    { type: 'restricted_freedom', term: { years: 2 } },
    {
      type: 'imprisonment',
      term: { years: 5, months: 6 },
      regime: 'medium',
      isSuspended: true,
      probation: { years: 3 },
    },
    { type: 'fine', amount: { value: 100, unit: 'mci' } },
  ]);
});

test('suggestions come in the order written, each quoting its range, with keys unique on the page', () => {
  for (const page of [...pages('indictment-ru.txt'), ...pages('verdict-ru.txt')]) {
    const found = extractSuggestions(page, context);
    for (const s of found) {
      assert.equal(page.slice(s.start, s.end), s.quote);
      assert.deepEqual(SuggestionSchema.parse(s), s, 'the wire schema keeps every suggestion as it is');
    }
    assert.deepEqual(
      found.map((s) => s.start),
      [...found.map((s) => s.start)].sort((a, b) => a - b),
    );
    assert.equal(new Set(found.map((s) => s.key)).size, found.length);
  }
});

test('only the types asked for are extracted, and nothing is found in an empty page', () => {
  const text = 'по ч. 1 ст. 272 УК РК 7 ноября 2022 года';
  assert.deepEqual(
    extractSuggestions(text, { types: ['date'] }).map((s) => s.type),
    ['date'],
  );
  assert.deepEqual(extractSuggestions('', context), []);
});

const SEED = process.env['CASEWATCH_SEED_DIR'] ?? join('..', 'shared', 'seed');

test('the seed dispatch: the defendant under both spellings, its dates, and no citation or sentence in its prose', (t) => {
  const file = join(SEED, '000_2ce4c6fe6cc542de.txt');
  if (!existsSync(file)) {
    if (process.env['CI'] === 'true') assert.fail(`no seed text ${file}`);
    t.skip(`no seed text ${file}`);
    return;
  }
  const found = extractSuggestions(readFileSync(file, 'utf8'), context);
  const quotes = (type: Suggestion['type']): string[] =>
    found.filter((s) => s.type === type).map((s) => s.quote);
  assert.ok(quotes('person').includes('Zhanbolat Mamai'));
  assert.ok(quotes('person').includes('Zhanbolat Mamay'));
  assert.ok(quotes('person').filter((q) => q === 'Mamay').length >= 5);
  assert.deepEqual(
    found.filter((s) => s.type === 'date').map((s) => s.value),
    [
      { date: '2022-01-28' },
      { date: '2022-01' },
      { date: '2022-11-07' },
      { date: '2022-01' },
      { date: '2022-01-03', until: '2022-01-04' },
    ],
  );
  assert.deepEqual(quotes('citation'), []);
  assert.deepEqual(quotes('sentence'), []);
});

test('a document read page by page: each suggestion carries its page, and its key names the page', () => {
  const found = extractFromPages(pages('indictment-ru.txt'), context);
  const charge = found.filter((s) => s.type === 'citation' && s.quote.startsWith('частью 1 статьи 272'));
  assert.deepEqual(
    charge.map((s) => s.page),
    [3],
  );
  assert.ok(charge[0]?.key.startsWith('p3:citation:'));
  assert.equal(new Set(found.map((s) => s.key)).size, found.length);
});
