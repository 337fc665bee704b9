import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isDomainError } from '../errors.ts';
import { LawPackSchema, type ArticleRef } from './law.ts';
import { LegalKnowledge, creditRate, formatArticleRef, isTierOpen } from './legal-knowledge.ts';
import zzJurisdiction from '../../../test/fixtures/law/zz/jurisdiction.json' with { type: 'json' };
import zzGravity from '../../../test/fixtures/law/zz/gravity.json' with { type: 'json' };
import zzCode from '../../../test/fixtures/law/zz/criminal-code.json' with { type: 'json' };
import zzMeasures from '../../../test/fixtures/law/zz/measures.json' with { type: 'json' };
import zzCredit from '../../../test/fixtures/law/zz/credit.json' with { type: 'json' };

const law = new LegalKnowledge([
  LawPackSchema.parse({
    jurisdiction: zzJurisdiction,
    gravity: zzGravity,
    criminalCode: zzCode,
    measures: zzMeasures,
    credit: zzCredit,
  }),
]);
const ref = (article: string, part?: string): ArticleRef => ({
  jurisdiction: 'zz',
  code: 'pc',
  article,
  ...(part ? { part } : {}),
});

test('a versioned part gives the penalties in force on the day', () => {
  const before = law.articleVersion(ref('10', '1'), '2019-12-31');
  const after = law.articleVersion(ref('10', '1'), '2020-01-01');
  assert.deepEqual(
    before?.penalties.map((p) => p.type),
    ['fine', 'imprisonment'],
  );
  assert.deepEqual(before?.maxImprisonment, { life: false, value: 2, unit: 'years' });
  assert.equal(before?.gravity, 'lesser');
  assert.deepEqual(before?.limitationPeriod, { value: 3, unit: 'years' });
  assert.deepEqual(after?.maxImprisonment, { life: false, value: 6, unit: 'years' });
  assert.equal(after?.gravity, 'serious');
  assert.deepEqual(after?.limitationPeriod, { value: 12, unit: 'years' });
  assert.equal(after?.certainty, 'uncertain');
});

test('the limitation period follows the gravity version in force on the day', () => {
  assert.deepEqual(law.articleVersion(ref('10', '2'), '2015-01-01')?.limitationPeriod, {
    value: 8,
    unit: 'years',
  });
  assert.deepEqual(law.articleVersion(ref('10', '2'), '2021-01-01')?.limitationPeriod, {
    value: 12,
    unit: 'years',
  });
});

test('nothing is in force before the law existed or for unknown articles', () => {
  assert.equal(law.articleVersion(ref('10', '1'), '2009-01-01'), undefined);
  assert.equal(law.articleVersion(ref('99', '1'), '2020-01-01'), undefined);
  assert.equal(law.articleVersion({ ...ref('10', '1'), code: 'cc' }, '2020-01-01'), undefined);
  assert.equal(law.articleVersion({ ...ref('10', '1'), jurisdiction: 'xx' }, '2020-01-01'), undefined);
  assert.equal(law.hasArticle(ref('99')), false);
  assert.equal(law.hasArticle(ref('10', '3')), false);
  assert.equal(law.hasArticle(ref('10', '2')), true);
});

test('an omitted part: undefined for one version, all parts for the range', () => {
  assert.equal(law.articleVersion(ref('10'), '2020-01-01'), undefined);
  assert.deepEqual(
    law.articleParts(ref('10'), '2020-01-01').map((a) => a.ref.part),
    ['1', '2'],
  );
  assert.deepEqual(
    law.articleParts(ref('10', '2'), '2020-01-01').map((a) => a.label),
    ['zz PC 10(2)'],
  );
});

test('an article without parts resolves with the part omitted', () => {
  const a = law.articleVersion(ref('11-1'), '2020-01-01');
  assert.equal(a?.ref.part, undefined);
  assert.equal(a?.label, 'zz PC 11-1');
  assert.equal(law.articleVersion(ref('11-1', '1'), '2020-01-01'), undefined);
  assert.equal(law.articleVersion(ref('11-1'), '2015-02-28'), undefined);
});

test('an unknown jurisdiction throws a DomainError that names what is loaded', () => {
  assert.throws(
    () => law.jurisdiction('xx'),
    (e) => isDomainError(e, 'law.unknown_article') && /unknown jurisdiction "xx"; loaded: zz/.test(e.message),
  );
  assert.equal(law.jurisdiction('zz').names.en, 'Zedland');
  assert.deepEqual(law.jurisdictions(), ['zz']);
});

test('a malformed day is refused, not compared as text', () => {
  assert.throws(
    () => law.articleVersion(ref('10', '1'), '2020-1-1'),
    (e) => isDomainError(e, 'validation.invalid'),
  );
});

test('measures come most severe first; optional files give undefined', () => {
  assert.deepEqual(
    law.measures('zz').map((m) => m.key),
    ['custody', 'bail'],
  );
  assert.equal(law.measure('zz', 'custody')?.isCustodial, true);
  assert.equal(law.measure('zz', 'house_arrest'), undefined);
  assert.equal(law.custodyLimits('zz', '2020-01-01'), undefined);
  assert.deepEqual(law.amnesties('zz'), []);
});

test('credit rates: a regime-free rate applies to any regime', () => {
  const rules = law.creditRules('zz', '2020-01-01');
  assert.ok(rules);
  assert.equal(creditRate(rules, 'custody', 'imprisonment', 'general')?.ratio, 1);
  assert.equal(creditRate(rules, 'custody', 'fine')?.ratio, 3);
  assert.equal(creditRate(rules, 'bail', 'fine'), undefined);
  assert.equal(law.creditRules('zz', '2009-01-01'), undefined);
});

test('formatArticleRef renders full and short citations', () => {
  const r: ArticleRef = { jurisdiction: 'kz', code: 'cc', article: '272', part: '1' };
  assert.equal(formatArticleRef(r), 'kz CC 272(1)');
  assert.equal(formatArticleRef(r, 'short'), 'Art. 272(1)');
  assert.equal(formatArticleRef({ ...r, paragraph: '2' }, 'short'), 'Art. 272(1)(2)');
});

test('a custody tier opens by gravity or by a case feature', () => {
  const tier = {
    upTo: { value: 12, unit: 'months' as const },
    decidedBy: 'judge',
    conditions: [],
    minGravity: 'serious',
    caseFeatures: ['group' as const],
  };
  assert.equal(isTierOpen(tier, 1, { gravityRank: 1 }), true);
  assert.equal(isTierOpen(tier, 1, { gravityRank: 0 }), false);
  assert.equal(isTierOpen(tier, 1, { gravityRank: 0, features: ['group'] }), true);
  assert.equal(isTierOpen({ ...tier, minGravity: undefined, caseFeatures: undefined }, undefined, {}), true);
});
