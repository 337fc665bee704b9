import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isDomainError } from '../core/errors.ts';
import { deprivationOf, shortTermHours } from '../core/law/law.ts';
import { creditRate } from '../core/law/legal-knowledge.ts';
import { loadLegalKnowledge, readLawPack } from './law-files.ts';

const law = loadLegalKnowledge('data/law', ['kz']);
const aoc = (article: string, part?: string) => ({
  jurisdiction: 'kz',
  code: 'aoc',
  article,
  ...(part ? { part } : {}),
});

/** A temp copy of the kz folder with one file changed by `edit`; the issues loading it reports. */
function issuesAfter(file: string, edit: (json: Record<string, unknown>) => void): string[] {
  const root = mkdtempSync(join(tmpdir(), 'casewatch-law-'));
  try {
    const dir = join(root, 'kz');
    cpSync('data/law/kz', dir, { recursive: true });
    const json = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Record<string, unknown>;
    edit(json);
    writeFileSync(join(dir, file), JSON.stringify(json));
    readLawPack(dir);
  } catch (error) {
    if (isDomainError(error, 'law.invalid_data'))
      return error.issues.map((i) => `${i.file?.replace(root, '') ?? ''} ${i.path ?? ''}: ${i.message}`);
    throw error;
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
  return [];
}

const measures = (json: Record<string, unknown>) => json.measures as Record<string, unknown>[];

test("a suspect's detention is law data: 72 hours at most, 48 ordinarily, credited like custody", () => {
  const kind = law.measure('kz', 'suspect_detention');
  assert.ok(kind?.limit);
  assert.equal(shortTermHours(kind.limit.max), 72);
  assert.equal(kind.limit.ordinary && shortTermHours(kind.limit.ordinary), 48);
  assert.ok(kind.limit.ordinaryConditions?.includes('crimes committed during mass riots'));
  assert.equal(deprivationOf(kind), 'detention');
  const rules = law.creditRules('kz', '2022-01-26');
  assert.ok(rules);
  assert.equal(creditRate(rules, 'suspect_detention', 'imprisonment', 'medium')?.ratio, 1.5);
  assert.equal(rules.rules.find((r) => r.measure === 'suspect_detention')?.certainty, 'verified');
});

test('administrative arrest cites the administrative code, counts apart, and has no credit rate', () => {
  const kind = law.measure('kz', 'administrative_arrest');
  assert.equal(kind?.articleCode, 'aoc');
  assert.equal(kind && deprivationOf(kind), 'administrative_arrest');
  assert.equal(kind?.certainty, 'uncertain');
  const rules = law.creditRules('kz', '2022-01-26');
  assert.equal(
    rules?.rules.some((r) => r.measure === 'administrative_arrest'),
    false,
  );
  // The old key still reads, as administrative detention counted with the arrests.
  const old = law.measure('kz', 'administrative_detention');
  assert.equal(old && deprivationOf(old), 'administrative_arrest');
  // Custody and house arrest count as their kinds without saying so; bail deprives of nothing.
  const bail = law.measure('kz', 'bail');
  assert.equal(bail && deprivationOf(bail), undefined);
});

test('CoAO 488 parts 1-12 and 489 parts 9-11 are in the administrative code file', () => {
  const parts = law.articleParts(aoc('488'), '2022-01-05').map((p) => p.ref.part);
  assert.deepEqual(parts, ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12']);
  const p6 = law.articleVersion(aoc('488', '6'), '2022-01-05');
  assert.deepEqual(
    p6?.penalties.map((p) => `${p.type} ${p.max?.value ?? ''} ${p.max?.unit ?? ''}`),
    ['fine 30 mci', 'administrative_arrest 15 days'],
  );
  assert.equal(p6?.gravity, undefined);
  assert.equal(law.articleVersion(aoc('488', '12'), '2022-01-05')?.penalties[1]?.max?.value, 25);
  assert.equal(law.articleVersion(aoc('489', '10'), '2022-01-05')?.penalties[0]?.max?.value, 50);
  assert.equal(law.hasArticle(aoc('489', '2')), false);
  // The criminal code's 272 is not found under the administrative code's id, nor 488 under the criminal code's.
  assert.equal(law.hasArticle(aoc('272')), false);
  assert.equal(law.hasArticle({ jurisdiction: 'kz', code: 'cc', article: '488' }), false);
});

test('bad measure data is reported with its file and path', () => {
  assert.deepEqual(
    issuesAfter('measures.json', (j) => {
      const bail = measures(j).find((m) => m.key === 'bail');
      if (bail) bail.deprivation = 'detention';
    }),
    [
      '/kz/measures.json $.measures[5].deprivation: only a measure that deprives of liberty counts as a kind of deprivation',
    ],
  );
  const longer = issuesAfter('measures.json', (j) => {
    const limit = measures(j).find((m) => m.key === 'suspect_detention')?.limit as Record<string, unknown>;
    limit.ordinary = { value: 4, unit: 'days' };
  });
  assert.deepEqual(longer, [
    '/kz/measures.json $.measures[1].limit.ordinary: the ordinary limit cannot be longer than the maximum',
  ]);
  const unknownCode = issuesAfter('measures.json', (j) => {
    const arrest = measures(j).find((m) => m.key === 'administrative_arrest');
    if (arrest) arrest.articleCode = 'coao';
  });
  assert.equal(unknownCode.length, 1);
  assert.match(unknownCode[0] ?? '', /measures\[3\]\.articleCode: unknown code "coao"/);
});

test('the administrative code must be a known code other than the criminal code, with known sanctions', () => {
  assert.match(
    issuesAfter('administrative-code.json', (j) => (j.code = 'cc')).join('\n'),
    /administrative-code\.json \$\.code: "cc" is the criminal code, not an administrative one/,
  );
  const unknownType = issuesAfter('administrative-code.json', (j) => {
    const [article] = j.articles as { parts: { versions: { penalties: { type: string }[] }[] }[] }[];
    const penalty = article?.parts[0]?.versions[0]?.penalties[0];
    if (penalty) penalty.type = 'flogging';
  });
  assert.match(
    unknownType.join('\n'),
    /administrative-code\.json \$\.articles\[0\]\.parts\[0\]\.versions\[0\]\.penalties\[0\]\.type: unknown sentence type "flogging"/,
  );
});
