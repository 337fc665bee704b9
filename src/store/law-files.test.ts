import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isDomainError, type DomainError } from '../core/errors.ts';
import { creditRate, type ResolvedArticle } from '../core/law/legal-knowledge.ts';
import { loadLegalKnowledge, readLawPack } from './law-files.ts';

const KZ = 'data/law/kz';
const ZZ = 'test/fixtures/law/zz';
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

// A temp copy of a law folder with one value in one file replaced; the folder keeps the jurisdiction's name.
function brokenCopy(
  from: string,
  code: string,
  file: string,
  path: (string | number)[],
  value: unknown,
): string {
  const root = mkdtempSync(join(tmpdir(), 'casewatch-law-'));
  const dir = join(root, code);
  cpSync(from, dir, { recursive: true });
  const json = JSON.parse(readFileSync(join(dir, file), 'utf8')) as unknown;
  const parent = path
    .slice(0, -1)
    .reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], json);
  (parent as Record<string | number, unknown>)[path.at(-1)!] = value;
  writeFileSync(join(dir, file), JSON.stringify(json, null, 2));
  return dir;
}

function lawError(fn: () => unknown): DomainError {
  try {
    fn();
  } catch (error) {
    if (isDomainError(error, 'law.invalid_data')) return error;
    throw error;
  }
  assert.fail('expected law.invalid_data');
}

test('kz loads, and 272(1) on 2022-01-26 is 4-10 years, grave, 10-year limitation', () => {
  assert.ok(law.jurisdictions().includes('kz'));
  const a = law.articleVersion(kz('272', '1'), '2022-01-26');
  assert.deepEqual(brief(a), ['imprisonment 4..10 years']);
  assert.equal(a?.gravity, 'grave');
  assert.deepEqual(a?.limitationPeriod, { value: 10, unit: 'years' });
  assert.deepEqual(a?.maxImprisonment, { life: false, value: 10, unit: 'years' });
  assert.equal(a?.label, 'kz CC 272(1)');
});

test('400 has no parts: fine, correctional labour, public works or arrest up to 50 days, a misdemeanour', () => {
  const a = law.articleVersion(kz('400'), '2022-01-26');
  // CC Art. 400 as amended in 2018: "штрафом ... до двухсот МРП либо исправительными работами в том же размере,
  // либо привлечением к общественным работам на срок до двухсот часов, либо арестом на срок до пятидесяти суток".
  assert.deepEqual(brief(a), [
    'fine..200 mci',
    'correctional_labour..200 mci',
    'public_works..200 hours',
    'arrest..50 days',
  ]);
  assert.equal(a?.gravity, 'misdemeanour');
  assert.deepEqual(a?.limitationPeriod, { value: 1, unit: 'years' });
  assert.equal(a?.maxImprisonment, undefined);
});

test('378 without a part gives both parts; 255(4) allows life; 380(1) in 2022 is uncertain', () => {
  const parts = law.articleParts(kz('378'), '2022-01-26');
  assert.deepEqual(
    parts.map((p) => p.ref.part),
    ['1', '2'],
  );
  assert.ok(parts.every((p) => p.gravity === 'misdemeanour'));
  assert.equal(law.articleVersion(kz('378'), '2022-01-26'), undefined);
  assert.deepEqual(law.articleVersion(kz('255', '4'), '2022-01-26')?.maxImprisonment, { life: true });
  // The 2017-2022 wording of CC Art. 380 was read in one text only (30.12.2020), before an unread 2018 amendment.
  assert.equal(law.articleVersion(kz('380', '1'), '2022-01-26')?.certainty, 'uncertain');
  assert.equal(law.articleVersion(kz('272', '1'), '2014-12-31'), undefined);
});

test('kz gravities follow Art. 11: the imprisonment ceiling decides the category', () => {
  const categories = ['minor', 'medium', 'grave', 'especially_grave'].map((c) =>
    law.gravity('kz', c, '2022-01-26')!,
  );
  const articles = [
    '147',
    '155',
    '174',
    '179',
    '180',
    '182',
    '255',
    '256',
    '257',
    '258',
    '259',
    '272',
    '274',
  ];
  articles.push('293', '373', '375', '378', '380', '400', '404', '405', '423', '434');
  for (const day of ['2016-06-01', '2022-01-26', '2025-10-01']) {
    for (const a of articles.flatMap((article) => law.articleParts(kz(article), day))) {
      const max = a.maxImprisonment;
      // Art. 10: a criminal misdemeanour carries no imprisonment.
      if (max === undefined) {
        assert.equal(a.gravity, 'misdemeanour', a.label);
        continue;
      }
      assert.ok(!(!max.life && max.unit !== 'years'), a.label);
      const expected = max.life
        ? 'especially_grave'
        : categories.find((c) => c.imprisonmentUpTo === undefined || max.value <= c.imprisonmentUpTo.value)
            ?.key;
      assert.equal(a.gravity, expected, a.label);
    }
  }
});

test('kz credit: custody to medium-security prison 1.5, house arrest to prison 0.5', () => {
  const rules = law.creditRules('kz', '2022-01-26');
  assert.ok(rules);
  assert.equal(creditRate(rules, 'custody', 'imprisonment', 'medium')?.ratio, 1.5);
  assert.equal(creditRate(rules, 'custody', 'imprisonment', 'minimum')?.ratio, 2);
  assert.equal(creditRate(rules, 'custody', 'imprisonment'), undefined);
  assert.equal(creditRate(rules, 'house_arrest', 'imprisonment', 'maximum')?.ratio, 0.5);
  assert.equal(creditRate(rules, 'house_arrest', 'public_works')?.ratio, 2);
  assert.equal(rules.rules.find((r) => r.measure === 'administrative_detention')?.certainty, 'uncertain');
});

test('kz measures, custody limits and gravity are data', () => {
  assert.deepEqual(
    law
      .measures('kz')
      .slice(0, 6)
      .map((m) => m.key),
    [
      'custody',
      'suspect_detention',
      'detention_unstated',
      'administrative_arrest',
      'administrative_detention',
      'house_arrest',
    ],
  );
  assert.equal(law.measure('kz', 'detention_unstated')?.isCodeMeasure, false);
  assert.equal(law.measure('kz', 'administrative_detention')?.basis.code, 'aoc');
  assert.equal(law.measure('kz', 'house_arrest')?.allowsElectronicTag, true);
  const limits = law.custodyLimits('kz', '2022-01-26');
  assert.deepEqual(limits?.baseTerm, { value: 2, unit: 'months' });
  assert.deepEqual(
    limits?.tiers.map((t) => t.upTo.value),
    [3, 9, 12, 18],
  );
  assert.equal(limits?.tiers[2]?.minGravity, 'especially_grave');
  assert.ok(limits?.preQualification?.extendedFor.some((r) => r.article === '272'));
  assert.equal(law.amnesties('kz')[0]?.offencesFrom, '2022-01-04');
});

test('zz loads from the fixtures by data alone, beside kz', () => {
  const both = loadLegalKnowledge('test/fixtures/law');
  assert.ok(both.jurisdictions().includes('zz'));
  const zz = { jurisdiction: 'zz', code: 'pc', article: '10', part: '1' };
  assert.notDeepEqual(
    both.articleVersion(zz, '2019-12-31')?.penalties,
    both.articleVersion(zz, '2020-01-01')?.penalties,
  );
  assert.equal(both.hasArticle({ ...zz, article: '12' }), false);
  assert.equal(readLawPack(ZZ).jurisdiction.jurisdiction, 'zz');
  assert.deepEqual(loadLegalKnowledge('data/law', ['kz']).jurisdictions(), ['kz']);
});

test('a broken field is reported with its file and JSON path', () => {
  const at = ['articles', 3, 'parts', 0, 'versions', 0, 'penalties', 1, 'max'];
  const dir = brokenCopy(KZ, 'kz', 'criminal-code.json', at, { value: 'two hundred', unit: 'hours' });
  const error = lawError(() => readLawPack(dir));
  assert.match(
    error.message,
    /criminal-code\.json \$\.articles\[3\]\.parts\[0\]\.versions\[0\]\.penalties\[1\]\.max\.value: /,
  );
  assert.equal(error.issues[0]?.file, join(dir, 'criminal-code.json'));
  rmSync(join(dir, '..'), { recursive: true });
});

test('overlapping versions are rejected at load', () => {
  const at = ['articles', 0, 'parts', 0, 'versions', 1, 'effectiveFrom'];
  const dir = brokenCopy(ZZ, 'zz', 'criminal-code.json', at, '2019-01-01');
  assert.match(
    lawError(() => readLawPack(dir)).message,
    /criminal-code\.json \$\.articles\[0\]\.parts\[0\]\.versions\[1\]\.effectiveFrom: version overlaps/,
  );
  rmSync(join(dir, '..'), { recursive: true });
});

test('a credit rule for an unknown measure names credit.json', () => {
  const dir = brokenCopy(KZ, 'kz', 'credit.json', ['versions', 0, 'rules', 1, 'measure'], 'exile');
  assert.match(
    lawError(() => readLawPack(dir)).message,
    /credit\.json \$\.versions\[0\]\.rules\[1\]\.measure: unknown measure kind/,
  );
  rmSync(join(dir, '..'), { recursive: true });
});

test('a folder whose name differs from the jurisdiction is rejected', () => {
  const root = mkdtempSync(join(tmpdir(), 'casewatch-law-'));
  cpSync(ZZ, join(root, 'zy'), { recursive: true });
  assert.match(
    lawError(() => loadLegalKnowledge(root)).message,
    /zy\/jurisdiction\.json \$\.jurisdiction: jurisdiction "zz" does not match its folder "zy"/,
  );
  rmSync(root, { recursive: true });
});

test('invalid JSON, a missing required file, a stray file and an unknown code are reported', () => {
  const dir = brokenCopy(ZZ, 'zz', 'gravity.json', ['sources'], []);
  writeFileSync(join(dir, 'gravity.json'), '{\n  "jurisdiction": "zz",\n  oops\n}');
  rmSync(join(dir, 'criminal-code.json'));
  writeFileSync(join(dir, 'criminal_code.json'), '{}');
  const message = lawError(() => readLawPack(dir)).message;
  assert.match(message, /gravity\.json line 3:\d+: invalid JSON/);
  assert.match(message, /criminal-code\.json: required law file is missing/);
  assert.match(message, /criminal_code\.json: unexpected file/);
  assert.match(
    lawError(() => loadLegalKnowledge('data/law', ['xx'])).message,
    /no law folder for jurisdiction "xx"/,
  );
  rmSync(join(dir, '..'), { recursive: true });
});
