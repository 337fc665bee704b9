import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LawPackSchema, CodeIndexFileSchema, type ArticleRef } from './law.ts';
import { LegalKnowledge, articleKnowledgeGap } from './legal-knowledge.ts';
import kzJurisdiction from '../../../data/law/kz/jurisdiction.json' with { type: 'json' };
import kzGravity from '../../../data/law/kz/gravity.json' with { type: 'json' };
import kzCode from '../../../data/law/kz/criminal-code.json' with { type: 'json' };
import kzIndex from '../../../data/law/kz/code-index.json' with { type: 'json' };

const pack = { jurisdiction: kzJurisdiction, gravity: kzGravity, criminalCode: kzCode, codeIndex: kzIndex };
const law = new LegalKnowledge([LawPackSchema.parse(pack)]);
const kz = (article: string, part?: string, code = 'cc'): ArticleRef => ({
  jurisdiction: 'kz',
  code,
  article,
  ...(part !== undefined ? { part } : {}),
});
const issues = (value: unknown) => {
  const result = LawPackSchema.safeParse(value);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

test('the Kazakh index lists every article of the code once, the three added later and the six excluded', () => {
  const index = CodeIndexFileSchema.parse(kzIndex);
  const numbers = index.articles.map((a) => a.article);
  assert.equal(numbers.length, 479);
  assert.equal(new Set(numbers).size, numbers.length);
  assert.deepEqual(
    index.articles.filter((a) => a.added).map((a) => a.article),
    ['217-1', '269-1', '295-1'],
  );
  assert.deepEqual(
    index.articles.filter((a) => a.excluded).map((a) => a.article),
    ['108', '109', '130', '215', '240', '393'],
  );
  for (const a of kzCode.articles) assert.ok(numbers.includes(a.article), `${a.article} is indexed`);
  // Numbered in order, as the code is: 217, 217-1, 218.
  assert.deepEqual(numbers.slice(numbers.indexOf('217'), numbers.indexOf('217') + 3), [
    '217',
    '217-1',
    '218',
  ]);
});

test('what the law data knows of an article: its sanction, its title only, that it was excluded, or nothing', () => {
  assert.deepEqual(law.articleKnowledge(kz('272', '1')), { kind: 'sanctioned' });
  assert.deepEqual(law.articleKnowledge(kz('400')), { kind: 'sanctioned' });
  assert.deepEqual(law.articleKnowledge(kz('272', '9')), { kind: 'unknown', reason: 'part' });
  const indexed = law.articleKnowledge(kz('294', '1'));
  assert.equal(indexed.kind, 'indexed');
  assert.equal(indexed.kind === 'indexed' ? indexed.entry.titles.ru : undefined, 'Вандализм');
  const added = law.articleKnowledge(kz('269-1', '2'));
  assert.equal(
    added.kind === 'indexed' ? added.entry.titles.ru : added.kind,
    'Незаконное проникновение на охраняемый объект',
  );
  const excluded = law.articleKnowledge(kz('130'));
  assert.equal(excluded.kind, 'excluded');
  assert.equal(excluded.kind === 'excluded' ? excluded.entry.titles.ru : undefined, 'Клевета');
  assert.deepEqual(law.articleKnowledge(kz('999', '1')), { kind: 'unknown', reason: 'article' });
  assert.deepEqual(law.articleKnowledge(kz('488', '6', 'coao')), { kind: 'unknown', reason: 'code' });
  assert.deepEqual(law.articleKnowledge({ ...kz('212'), jurisdiction: 'ru' }), {
    kind: 'unknown',
    reason: 'jurisdiction',
  });
  // The index gives a title, never a sanction: the article stays without parts or penalties.
  assert.deepEqual(law.articleParts(kz('294', '1'), '2022-01-10'), []);
  assert.equal(law.hasArticle(kz('294', '1')), false);
});

test('the words for what the law data lacks say "penalty unknown", never "no imprisonment"', () => {
  const gap = (ref: ArticleRef) => articleKnowledgeGap(ref, law.articleKnowledge(ref));
  assert.equal(gap(kz('272', '1')), undefined);
  assert.equal(
    gap(kz('294', '1')),
    "penalty unknown: the law data has the article's title, not its sanction",
  );
  assert.equal(
    gap(kz('999', '1')),
    'penalty unknown: not in the law data (neither its sanction nor its title)',
  );
  assert.match(
    gap(kz('130')) ?? '',
    /^the article was excluded from the code by Закон РК от 26\.06\.2020 № 349-VI .*penalty unknown: not in the law data$/,
  );
  for (const ref of [kz('294', '1'), kz('999'), kz('130'), kz('272', '9'), kz('1', '1', 'coao')])
    assert.doesNotMatch(gap(ref) ?? '', /no imprisonment/);
});

test('an English title is used where the index gives one, else the first it has', () => {
  assert.equal(law.indexTitle(kz('293')), 'Hooliganism');
  assert.equal(law.indexTitle(kz('272', '1')), 'Mass riots');
  assert.equal(law.indexTitle(kz('294')), 'Vandalism');
  // An article of the general part has its Russian title alone.
  assert.equal(law.indexTitle(kz('2')), 'Задачи Уголовного кодекса');
  assert.equal(law.indexTitle(kz('999')), undefined);
  assert.equal(law.indexTitle({ ...kz('294'), jurisdiction: 'ru' }), undefined);
});

test('every article whose sanction is known must be in the index, and the index must be of the same code', () => {
  const missing = { ...kzIndex, articles: kzIndex.articles.filter((a) => a.article !== '274') };
  const at = kzCode.articles.findIndex((a) => a.article === '274');
  assert.deepEqual(issues({ ...pack, codeIndex: missing }), [
    `criminalCode.articles.${at}.article: article 274 is not in the code's index (code-index.json): add it there with its title`,
  ]);
  assert.deepEqual(issues({ ...pack, codeIndex: { ...kzIndex, code: 'cpc' } }), [
    'codeIndex.code: the index is of code "cpc" but criminal-code.json is of "cc": they must be the same code',
  ]);
  // Without an index nothing is asked of it (test/fixtures/law/zz has none).
  const { codeIndex: _none, ...withoutIndex } = pack;
  assert.deepEqual(issues(withoutIndex), []);
});

test('an index entry is checked: number, a title in some language, no duplicate, not both added and excluded', () => {
  const entry = { article: '1', titles: { ru: 'Уголовное законодательство' }, division: 'general' };
  const file = (articles: object[]) => ({ ...kzIndex, articles });
  const errors = (value: unknown) => {
    const result = CodeIndexFileSchema.safeParse(value);
    return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  };
  assert.deepEqual(errors(file([entry])), []);
  assert.deepEqual(errors(file([entry, entry])), ['articles.1.article: duplicate article 1']);
  assert.deepEqual(errors(file([{ ...entry, titles: {} }])), [
    'articles.0.titles: give the title in at least one language',
  ]);
  assert.match(errors(file([{ ...entry, titles: { Russian: 'x' } }]))[0] ?? '', /language code/);
  assert.match(errors(file([{ ...entry, article: '12a' }]))[0] ?? '', /article number/);
  assert.deepEqual(errors(file([{ ...entry, added: { law: 'A' }, excluded: { law: 'B' } }])), [
    'articles.0.excluded: an article marked both added and excluded: record the one the index version shows',
  ]);
  assert.match(errors(file([{ ...entry, division: 'other' }]))[0] ?? '', /^articles\.0\.division/);
});
