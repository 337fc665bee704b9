import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findCitations } from '../../core/search/search-text.ts';
import { readLawPack } from '../../store/law-files.ts';
import { extractCitations } from './citations.ts';
import { citationLawFromPack, mergeCitationLaw } from './law-context.ts';

const kz = citationLawFromPack(readLawPack('data/law/kz'));
const law = mergeCitationLaw([kz]);
const assumingKz = mergeCitationLaw([kz], { jurisdiction: 'kz', code: 'cc' });

/** article/part/point code@jurisdiction held|reason, one string per citation, as a row reads it. */
function brief(text: string, l = law): string[] {
  return extractCitations(text, l).map((s) => {
    const v = s.value;
    const ref = [v.article, v.part ?? '', v.point ?? ''].join('/').replace(/\/+$/, '');
    const where = `${v.code.code ?? '?'}@${v.code.jurisdiction ?? '?'}`;
    return `${ref} ${where} ${v.resolution.status === 'held' ? 'held' : v.resolution.reason}`;
  });
}

const ROWS: [string, string[]][] = [
  // Russian, Kazakhstan
  ['обвиняется в совершении преступления, предусмотренного ч. 1 ст. 272 УК РК', ['272/1 cc@kz held']],
  [
    'по признакам преступления, предусмотренного частью 1 статьи 272 Уголовного кодекса Республики Казахстан',
    ['272/1 cc@kz held'],
  ],
  ['квалифицировал его действия по части второй? нет: по ч.2 ст.274 УК РК', ['274/2 cc@kz held']],
  ['в соответствии со статьей 400 УК РК', ['400 cc@kz held']],
  ['предусмотренного статьёй 378 частью 2 УК РК', ['378/2 cc@kz held']],
  ['согласно статье 24 УК РК', ['24 cc@kz held']],
  ['по ст.ст. 174, 274 УК РК', ['174 cc@kz held', '274 cc@kz held']],
  ['по ч.ч. 1 и 2 ст. 272 УК РК', ['272/1 cc@kz held', '272/2 cc@kz held']],
  ['по ч. 3 ст. 24, ч. 1 ст. 272 УК РК', ['24/3 cc@kz held', '272/1 cc@kz held']],
  ['ч.3 ст.24 - ч.1 ст.272 УК РК', ['24/3 cc@kz held', '272/1 cc@kz held']],
  ['пунктом 2 части 2 статьи 293 УК РК', ['293/2/2 cc@kz held']],
  ['Arts. 28 and 272 of the Criminal Code of Kazakhstan', ['28 cc@kz held', '272 cc@kz held']],
  ['по ч. 1 ст. 272 УК РК и ст. 400 КоАП РК', ['272/1 cc@kz held', '400 aoc@kz article_not_in_code']],
  ['ст. 488 Кодекса Республики Казахстан об административных правонарушениях', ['488 aoc@kz held']],
  ['в порядке ст. 147 УПК РК', ['147 cpc@kz code_not_held']],
  ['статьи 255–258 УК РК', ['255 cc@kz held', '256 cc@kz held', '257 cc@kz held', '258 cc@kz held']],
  ['ст. 405-1 УК РК', ['405-1 cc@kz article_not_in_code']],
  // Russian, Russia: no data held, still extracted
  ['по ст. 158 ч. 2 п. «б» УК РФ', ['158/2/б cc@ru code_not_held']],
  ['по п. «д» ч. 2 ст. 207.3 УК РФ', ['207.3/2/д cc@ru code_not_held']],
  ['пп. «а», «б» ч. 2 ст. 158 УК РФ', ['158/2/а cc@ru code_not_held', '158/2/б cc@ru code_not_held']],
  ['по ст. 272 (без указания кодекса)', ['272 ?@? no_code']],
  // Codes that number their parts and points in the article's number (Azerbaijan's, Tajikistan's): kept whole
  ['under Article 206.3.2 of the Criminal Code', ['206.3.2 cc@? no_code']],
  ['Article 307.1(2) of the Criminal Code', ['307.1/2 cc@? no_code']],
  // The part after the article and a comma, as English reports write it
  ['under Article 174, Part 1, of the Criminal Code', ['174/1 cc@? no_code']],
  // Kazakh
  ['ҚР ҚК-нің 272-бабының 1-бөлігімен', ['272/1 cc@kz held']],
  ['Қылмыстық кодексінің 272-баптың 1-бөлігі бойынша', ['272/1 cc@kz held']],
  ['272-бабы 1-бөлігінің 2-тармағы', ['272/1/2 ?@? no_code']],
  ['ҚК-нің 174 және 274-баптары', ['174 cc@kz held', '274 cc@kz held']],
  // English
  ['charged under Article 272(1) of the Criminal Code of the Republic of Kazakhstan', ['272/1 cc@kz held']],
  ['Article 272(1) of the Criminal Code', ['272/1 cc@? no_code']],
  [
    'under Part 1 of Article 13 and Article 293 of the Criminal Code of Kazakhstan',
    ['13/1 cc@kz held', '293 cc@kz held'],
  ],
  ['Articles 174 and 274 of the Criminal Code of Kazakhstan', ['174 cc@kz held', '274 cc@kz held']],
  [
    'paragraph (b) of Part 2 of Article 158 of the Criminal Code of the Russian Federation',
    ['158/2/b cc@ru code_not_held'],
  ],
  // not citations
  ['At least 238 people died; 272 people were detained', []],
  ['звоните по телефону 8 (727) 272-11-22', []],
  ['в 2022 году, 59-страничное обвинительное заключение', []],
  ['по ст. 272, 15 января 2022 года', ['272 ?@? no_code']],
  ['задержан в 14 ч. 30 мин. ст. лейтенантом полиции в п. Шамалган', []],
  ['see Part 2 of the report and page 272', []],
  ['уголовное дело № 227500031000017, 59 томов', []],
];

for (const [text, expected] of ROWS)
  test(`citations in «${text}»`, () => assert.deepEqual(brief(text), expected));

test('a phrase that names no code is read as the case code when one is assumed, and says so', () => {
  const [s] = extractCitations('по ч. 1 ст. 272', assumingKz);
  assert.deepEqual(s?.value.code, { jurisdiction: 'kz', code: 'cc', source: 'assumed' });
  assert.equal(s?.value.resolution.status, 'held');
});

test('a held article carries its title; the range and quote cover the phrase with its code', () => {
  const text = 'обвиняется по ч. 1 ст. 272 УК РК.';
  const [s] = extractCitations(text, law, ['ru', 'kk', 'en']);
  assert.ok(s);
  assert.equal(s.quote, 'ч. 1 ст. 272 УК РК');
  assert.equal(text.slice(s.start, s.end), s.quote);
  assert.deepEqual(s.value.resolution, { status: 'held', title: 'Массовые беспорядки', language: 'ru' });
});

test('article 24 qualifies the offence it is cited with, as the attempt its words name', () => {
  const [general, offence] = extractCitations(
    'покушение на организацию массовых беспорядков (ч. 3 ст. 24, ч. 1 ст. 272 УК РК)',
    law,
  );
  assert.deepEqual(general?.value.qualifies, { article: '272', part: '1', as: 'attempt' });
  assert.deepEqual(offence?.value.qualifiedBy, [{ article: '24', part: '3', as: 'attempt' }]);
});

test('article 24 qualifies the offence cited after it, not the one before it in the same phrase', () => {
  const found = extractCitations(
    'по ч. 2 ст. 272, ч. 3 ст. 24, п. 2 ч. 2 ст. 293 УК РК как покушение на хулиганство',
    law,
  );
  const [riots, general, hooliganism] = found.map((s) => s.value);
  assert.deepEqual(general?.qualifies, { article: '293', part: '2', as: 'attempt' });
  assert.equal(riots?.qualifiedBy, undefined);
  assert.deepEqual(hooliganism?.qualifiedBy, [{ article: '24', part: '3', as: 'attempt' }]);
});

test('article 28 is complicity; "attempted" alone qualifies the article it precedes', () => {
  const [c28] = extractCitations('ст. 28, ч. 1 ст. 272 УК РК', law);
  assert.equal(c28?.value.qualifies?.as, 'complicity');
  const [only] = extractCitations(
    'attempted organisation of mass riots under Article 272(1) of the Criminal Code of Kazakhstan',
    law,
  );
  assert.deepEqual(only?.value.qualifiedBy, [{ as: 'attempt' }]);
});

test('keys are stable and differ between the citations of one phrase', () => {
  const a = extractCitations('по ст.ст. 174, 274 УК РК', law).map((s) => s.key);
  const b = extractCitations('по ст.ст. 174, 274 УК РК', law).map((s) => s.key);
  assert.deepEqual(a, b);
  assert.equal(new Set(a).size, 2);
});

test('the search parser reads no article or part that extraction does not', () => {
  // On the rows that are citations: the search also reads bare "272 ч. 1" in a query, and so "14 ч. 30 мин.".
  for (const [text] of ROWS.filter(([, expected]) => expected.length > 0)) {
    const ours = extractCitations(text, law).map((s) => s.value);
    // The search may read fewer parts ("ч.ч. 1 и 2" as the article alone), never other ones.
    for (const c of findCitations(text).citations)
      assert.ok(
        ours.some((o) => o.article === c.article && (c.part === undefined || o.part === c.part)),
        `${text}: search reads ${c.article}/${c.part ?? ''}`,
      );
  }
});
