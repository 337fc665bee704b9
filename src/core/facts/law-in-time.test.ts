import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { computeCaseFacts } from './case-facts.ts';
import { isMilder, severityOf } from './law-in-time.ts';
import { LegalKnowledge } from '../law/legal-knowledge.ts';
import { LawPackSchema, type ArticleVersion, type LawPack } from '../law/law.ts';
import { readLawPack } from '../../store/law-files.ts';
import { cc, kzLaw, makeCharge, makeFile, step } from '../../../test/support/facts-factory.ts';

const KZ_DIR = fileURLToPath(new URL('../../../data/law/kz', import.meta.url));

/** Kazakh law with one part of an article reworded from `from`: the wording in force until then ends the day before. */
function kzLawWithChange(article: string, part: string, from: string, max: number): LegalKnowledge {
  const pack: LawPack = structuredClone(readLawPack(KZ_DIR));
  const versions = pack.criminalCode.articles
    .find((a) => a.article === article)
    ?.parts.find((p) => p.part === part)?.versions as ArticleVersion[];
  const old = versions.find((v) => v.effectiveTo === undefined) as ArticleVersion;
  const day = new Date(`${from}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() - 1);
  old.effectiveTo = day.toISOString().slice(0, 10);
  versions.push({
    ...old,
    effectiveFrom: from,
    effectiveTo: undefined,
    penalties: [{ type: 'imprisonment', max: { value: max, unit: 'years' } }],
  });
  return new LegalKnowledge([LawPackSchema.parse(pack)]);
}

const act = (date: string) => ({ actDate: { date, sources: [] } });

test('an act before a milder wording: the milder later one applies (Art. 6), and the exposure follows it', () => {
  const law = kzLawWithChange('272', '2', '2023-01-01', 6);
  const file = makeFile({
    charges: [makeCharge('charge:riots', cc('272', '2'), '2022-02-01', [], act('2022-01-05'))],
  });
  const before = computeCaseFacts(file, law, '2022-12-31');
  assert.equal(before.charges[0]?.lawDate, '2022-01-05');
  assert.equal(before.exposure.charges[0]?.maxImprisonment?.text, '8 years');

  const after = computeCaseFacts(file, law, '2023-03-01');
  const h = after.charges[0];
  assert.equal(h?.lawDate, '2023-01-01');
  assert.equal(h?.lawInTime?.isMilderLater, true);
  assert.match(h?.lawInTime?.reason ?? '', /milder later wording, in force from 2023-01-01, applies/);
  assert.equal(after.exposure.charges[0]?.maxImprisonment?.text, '6 years');
});

test('an act before a harsher wording: the law of the act stays', () => {
  const law = kzLawWithChange('274', '1', '2023-01-01', 3);
  const file = makeFile({
    charges: [makeCharge('charge:info', cc('274', '1'), '2022-02-01', [], act('2022-01-05'))],
  });
  const facts = computeCaseFacts(file, law, '2023-03-01');
  const h = facts.charges[0];
  assert.equal(h?.lawDate, '2022-01-05');
  assert.equal(h?.lawInTime?.basis, 'act');
  assert.equal(h?.lawInTime?.isMilderLater, false);
  assert.deepEqual(
    h?.lawInTime?.versions.map((v) => [v.from, v.isLater, v.isApplied]),
    [
      ['2022-01-05', false, true],
      ['2023-01-01', true, false],
    ],
  );
  assert.equal(facts.exposure.charges[0]?.maxImprisonment?.text, '1 year');
});

test('an act date range across a change of the wording: the milder of the two applies, and says why', () => {
  const law = kzLawWithChange('274', '1', '2022-01-06', 3);
  const file = makeFile({
    charges: [makeCharge('charge:info', cc('274', '1'), '2022-03-01', [], act('[2022-01-04..2022-01-07]'))],
  });
  const h = computeCaseFacts(file, law, '2022-06-01').charges[0];
  assert.equal(h?.lawDate, '2022-01-04');
  assert.equal(h?.lawInTime?.spansChange, true);
  assert.deepEqual(h?.actDate, {
    date: '[2022-01-04..2022-01-07]',
    earliest: '2022-01-04',
    latest: '2022-01-07',
    isExact: false,
  });
  assert.match(
    h?.lawInTime?.reason ?? '',
    /spans a change of the wording: the milder one, in force from 2022-01-04/,
  );
});

test('without an act date the day the charge was brought judges it, and the facts say so', () => {
  const facts = computeCaseFacts(
    makeFile({ charges: [makeCharge('charge:riots', cc('272', '1'), '2022-02-01')] }),
    kzLaw(),
    '2022-06-01',
  );
  const h = facts.charges[0];
  assert.equal(h?.lawDate, '2022-02-01');
  assert.equal(h?.lawInTime?.basis, 'charge_brought');
  assert.equal(
    h?.lawInTime?.reason,
    'the act date is not recorded: the law in force when the charge was brought stands in for the law in force when the act was committed (CC Art. 5)',
  );
});

test('milder: a lower maximum prison term, then a lower minimum; an unknown sanction is not compared', () => {
  assert.equal(isMilder({ maxDays: 100, minDays: 50 }, { maxDays: 200, minDays: 0 }), true);
  assert.equal(isMilder({ maxDays: 200, minDays: 10 }, { maxDays: 200, minDays: 20 }), true);
  assert.equal(isMilder({ maxDays: 200, minDays: 20 }, { maxDays: 200, minDays: 20 }), false);
  assert.equal(isMilder({ maxDays: 300, minDays: 0 }, { maxDays: 200, minDays: 20 }), false);
  const law = kzLaw();
  assert.equal(severityOf([]), undefined);
  const riots = severityOf(law.articleParts(cc('272', '1'), '2022-01-05'));
  const insult = severityOf(law.articleParts(cc('378', '1'), '2022-01-05'));
  assert.ok(riots && insult && isMilder(insult, riots));
});

test('a charge judged by the law of its judgment keeps the day of the conviction', () => {
  const file = makeFile({
    charges: [
      makeCharge(
        'charge:riots',
        cc('272', '1'),
        '2022-02-01',
        [step('convicted', '2022-09-01')],
        act('2022-01-05'),
      ),
    ],
  });
  // Kazakhstan's rule is the act's: a conviction does not move it.
  assert.equal(computeCaseFacts(file, kzLaw(), '2022-10-01').charges[0]?.lawDate, '2022-01-05');
});
