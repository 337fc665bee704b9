import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ResolvedArticle } from '../core/law/legal-knowledge.ts';
import { loadLegalKnowledge, readLawPack } from './law-files.ts';

// Sanctions of the Kazakh Criminal Code as read from the texts of kazakhstan-law/codes (zan.gov.kz doc 81097).
const law = loadLegalKnowledge('data/law');
const kz = (article: string, part?: string) => ({
  jurisdiction: 'kz',
  code: 'cc',
  article,
  ...(part ? { part } : {}),
});
const brief = (a: ResolvedArticle | undefined) =>
  a?.penalties.map(
    (p) => `${p.type}${p.min ? ` ${p.min.value}` : ''}${p.max ? `..${p.max.value} ${p.max.unit}` : ''}`,
  );
const at = (article: string, part: string | undefined, day: string) =>
  brief(law.articleVersion(kz(article, part), day));

test('174(1): up to 7 years throughout; the fine of 2,000-7,000 MCI only after the 2020 amendment', () => {
  // Text of 13.11.2015: "ограничением свободы на срок от двух до семи лет либо лишением свободы на тот же срок".
  assert.deepEqual(at('174', '1', '2019-06-01'), [
    'restricted_freedom 2..7 years',
    'imprisonment 2..7 years',
  ]);
  // Texts of 26.06.2020 and 16.09.2025: "штрафом в размере от двух тысяч до семи тысяч МРП либо ...".
  assert.deepEqual(at('174', '1', '2022-01-26'), [
    'fine 2000..7000 mci',
    'restricted_freedom 2..7 years',
    'imprisonment 2..7 years',
  ]);
  assert.equal(law.articleVersion(kz('174', '1'), '2022-01-26')?.gravity, 'grave');
  assert.deepEqual(at('174', '3', '2022-01-26'), ['imprisonment 12..20 years']);
});

test('405(1) and 405(2): fine, correctional labour, restricted freedom or imprisonment up to 6 and 2 years', () => {
  assert.deepEqual(at('405', '1', '2022-01-26'), [
    'fine..6000 mci',
    'correctional_labour..6000 mci',
    'restricted_freedom..6 years',
    'imprisonment..6 years',
  ]);
  assert.deepEqual(at('405', '2', '2022-01-26'), [
    'fine..2000 mci',
    'correctional_labour..2000 mci',
    'restricted_freedom..2 years',
    'imprisonment..2 years',
  ]);
  assert.equal(law.articleVersion(kz('405', '1'), '2022-01-26')?.gravity, 'grave');
  assert.equal(law.articleVersion(kz('405', '2'), '2022-01-26')?.gravity, 'minor');
});

test('274 has four parts, up to 1, 3, 5 and 3-7 years, each with non-custodial alternatives but the last', () => {
  const parts = law.articleParts(kz('274'), '2022-01-26');
  assert.deepEqual(
    parts.map((p) => [p.ref.part, p.maxImprisonment]),
    [
      ['1', { life: false, value: 1, unit: 'years' }],
      ['2', { life: false, value: 3, unit: 'years' }],
      ['3', { life: false, value: 5, unit: 'years' }],
      ['4', { life: false, value: 7, unit: 'years' }],
    ],
  );
  assert.deepEqual(at('274', '1', '2022-01-26'), [
    'fine..1000 mci',
    'correctional_labour..1000 mci',
    'public_works..400 hours',
    'restricted_freedom..1 years',
    'imprisonment..1 years',
  ]);
  assert.deepEqual(at('274', '4', '2022-01-26'), [
    'restricted_freedom 3..7 years',
    'imprisonment 3..7 years',
  ]);
});

test('274 was harsher until the 2018 amendment: part 4 was 5-10 years, part 3 up to 7', () => {
  // Text of 01.07.2018 (original wording): part 3 "ограничением свободы на срок от трех до семи лет ...",
  // part 4 "лишением свободы на срок от пяти до десяти лет".
  assert.deepEqual(at('274', '4', '2018-01-01'), ['imprisonment 5..10 years']);
  assert.deepEqual(at('274', '3', '2018-01-01'), [
    'fine..7000 mci',
    'correctional_labour..7000 mci',
    'restricted_freedom 3..7 years',
    'imprisonment 3..7 years',
  ]);
  assert.equal(law.articleVersion(kz('274', '3'), '2018-01-01')?.gravity, 'grave');
  assert.equal(law.articleVersion(kz('274', '3'), '2022-01-26')?.gravity, 'medium');
});

test('255(4) allowed the death penalty until the Law of 29.12.2021 No 89-VII, life imprisonment throughout', () => {
  const before = law.articleVersion(kz('255', '4'), '2021-06-01');
  assert.equal(before?.isDeathPenalty, true);
  assert.deepEqual(before?.maxImprisonment, { life: true });
  const after = law.articleVersion(kz('255', '4'), '2023-01-01');
  assert.equal(after?.isDeathPenalty, false);
  assert.deepEqual(after?.maxImprisonment, { life: true });
});

test('272(3) was up to 3 years in January 2022; 3-5 years and a new part 4 only since the 2023 amendment', () => {
  // Text of 11.09.2022: part 3 "ограничением свободы на срок до трех лет либо лишением свободы на тот же срок", no part 4.
  assert.deepEqual(at('272', '3', '2022-01-26'), ['restricted_freedom..3 years', 'imprisonment..3 years']);
  assert.equal(law.articleVersion(kz('272', '3'), '2022-01-26')?.gravity, 'medium');
  assert.equal(law.articleVersion(kz('272', '4'), '2022-01-26'), undefined);
  // Law of 17.03.2023 No 212-VII: part 3 from 3 to 5 years, part 4 from 3 to 7 years.
  assert.deepEqual(at('272', '3', '2024-01-01'), [
    'restricted_freedom 3..5 years',
    'imprisonment 3..5 years',
  ]);
  assert.deepEqual(at('272', '4', '2024-01-01'), [
    'restricted_freedom 3..7 years',
    'imprisonment 3..7 years',
  ]);
});

test('380 is judged by its wording of the day: 2015, 2017 (as in 2020) and 2022', () => {
  assert.deepEqual(at('380', '1', '2016-06-01'), [
    'fine..2000 mci',
    'correctional_labour..2000 mci',
    'restricted_freedom..2 years',
    'imprisonment..2 years',
  ]);
  assert.deepEqual(at('380', '1', '2022-01-26'), [
    'fine..3000 mci',
    'correctional_labour..3000 mci',
    'public_works..800 hours',
    'restricted_freedom..3 years',
    'imprisonment..3 years',
  ]);
  assert.deepEqual(at('380', '3', '2022-01-26'), ['imprisonment 7..12 years']);
  assert.equal(law.articleVersion(kz('380', '6'), '2022-01-26'), undefined);
  assert.deepEqual(at('380', '6', '2023-01-01'), ['imprisonment 10..15 years']);
});

test('182 was raised after 2016 and 373 is not in force after its repeal in 2023', () => {
  assert.deepEqual(at('182', '1', '2016-06-01'), ['imprisonment 8..15 years']);
  assert.deepEqual(at('182', '1', '2022-01-26'), ['imprisonment 10..17 years']);
  assert.equal(law.articleVersion(kz('182', '1'), '2022-01-26')?.gravity, 'especially_grave');
  assert.deepEqual(at('373', '1', '2022-01-26'), [
    'fine..2000 mci',
    'correctional_labour..2000 mci',
    'restricted_freedom..2 years',
    'imprisonment..2 years',
  ]);
  assert.deepEqual(law.articleParts(kz('373'), '2024-01-01'), []);
});

test('every version of the articles read from the codes names the text it was read from', () => {
  const pack = readLawPack('data/law/kz');
  for (const article of pack.criminalCode.articles)
    for (const part of article.parts)
      for (const version of part.versions) {
        const where = `${article.article}(${part.part ?? '-'}) from ${version.effectiveFrom}`;
        assert.ok(
          version.sources?.some((s) => s.url?.startsWith('https://github.com/kazakhstan-law/codes/blob/')),
          where,
        );
      }
});

test('every titled part reads in the three languages; the Kazakh in Kazakh letters, as the Code words it', () => {
  const pack = readLawPack('data/law/kz');
  let parts = 0;
  for (const article of pack.criminalCode.articles)
    for (const part of article.parts) {
      if (part.titles === undefined) continue;
      parts++;
      const where = `${article.article}(${part.part ?? '-'})`;
      assert.ok(part.titles.ru, `${where}: Russian`);
      const kk = part.titles.kk ?? '';
      assert.match(
        kk,
        /^[А-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі0-9 ,.;:()«»"–-]+$/u,
        `${where}: Kazakh in Cyrillic, no Latin letter`,
      );
    }
  assert.ok(parts > 40, `${parts} titled parts`);
  // 272(1) as the Code's Kazakh text words it (the singular "жаппай тәртіпсіздік").
  const riots = pack.criminalCode.articles
    .find((a) => a.article === '272')
    ?.parts.find((p) => p.part === '1');
  assert.equal(riots?.titles?.kk, 'Жаппай тәртіпсіздікті ұйымдастыру');
});
