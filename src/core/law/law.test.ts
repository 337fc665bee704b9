import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LawPackSchema, lawPackSchemaFor } from './law.ts';
import zzJurisdiction from '../../../test/fixtures/law/zz/jurisdiction.json' with { type: 'json' };
import zzGravity from '../../../test/fixtures/law/zz/gravity.json' with { type: 'json' };
import zzCode from '../../../test/fixtures/law/zz/criminal-code.json' with { type: 'json' };
import zzMeasures from '../../../test/fixtures/law/zz/measures.json' with { type: 'json' };
import zzCredit from '../../../test/fixtures/law/zz/credit.json' with { type: 'json' };

// A fresh, mutable copy of the fictional zz pack for each test to break one field of.
function zzPack() {
  return structuredClone({
    jurisdiction: zzJurisdiction,
    gravity: zzGravity,
    criminalCode: zzCode,
    measures: zzMeasures,
    credit: zzCredit,
  });
}

function issues(raw: unknown, schema = LawPackSchema): string[] {
  const result = schema.safeParse(raw);
  assert.equal(result.success, false, 'expected the pack to be rejected');
  return result.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`) ?? [];
}

const penalties = (pack: ReturnType<typeof zzPack>) =>
  pack.criminalCode.articles[0]!.parts[0]!.versions[0]!.penalties as Record<string, unknown>[];

test('the zz fixture is a valid pack', () => {
  assert.equal(LawPackSchema.safeParse(zzPack()).success, true);
});

test('a wrong type is reported at its path', () => {
  const pack = zzPack();
  (pack.criminalCode.articles[0]!.parts[0]!.versions[0]! as Record<string, unknown>).gravity = 3;
  assert.match(issues(pack).join('\n'), /criminalCode\.articles\.0\.parts\.0\.versions\.0\.gravity/);
});

test('min above max is rejected', () => {
  const pack = zzPack();
  penalties(pack)[1] = {
    type: 'imprisonment',
    min: { value: 5, unit: 'years' },
    max: { value: 2, unit: 'years' },
  };
  assert.match(issues(pack).join('\n'), /penalties\.1\.max: max 2 years is below min 5 years/);
});

test('an unknown sentence type and an unknown gravity are rejected', () => {
  const pack = zzPack();
  penalties(pack)[0] = { type: 'flogging', max: { value: 10, unit: 'hours' } };
  pack.criminalCode.articles[0]!.parts[0]!.versions[0]!.gravity = 'dire';
  const all = issues(pack).join('\n');
  assert.match(all, /penalties\.0\.type: unknown sentence type "flogging"/);
  assert.match(all, /versions\.0\.gravity: unknown gravity category "dire"/);
});

test('a penalty in the wrong unit for its sentence type is rejected', () => {
  const pack = zzPack();
  penalties(pack)[0] = { type: 'fine', max: { value: 10, unit: 'days' } };
  assert.match(issues(pack).join('\n'), /penalties\.0\.max\.unit: fine is measured in mci, not days/);
});

test('overlapping versions and an end before the start are rejected', () => {
  const pack = zzPack();
  const versions = pack.criminalCode.articles[0]!.parts[0]!.versions as Record<string, unknown>[];
  versions[1]!.effectiveFrom = '2019-06-01';
  assert.match(issues(pack).join('\n'), /versions\.1\.effectiveFrom: version overlaps version 0/);
  versions[1]!.effectiveFrom = '2020-01-01';
  versions[0]!.effectiveTo = '2009-01-01';
  assert.match(
    issues(pack).join('\n'),
    /versions\.0\.effectiveTo: effectiveTo 2009-01-01 is before effectiveFrom/,
  );
});

test('an uncertain fact without a note is rejected', () => {
  const pack = zzPack();
  delete (pack.criminalCode.articles[0]!.parts[0]!.versions[1] as Record<string, unknown>).note;
  assert.match(issues(pack).join('\n'), /versions\.1\.note: an uncertain fact needs a note/);
});

test('credit rules naming an unknown measure, sentence type or regime are rejected', () => {
  const pack = zzPack();
  const rule = pack.credit.versions[0]!.rules[0]! as { measure: string; rates: Record<string, unknown>[] };
  rule.measure = 'exile';
  rule.rates[0]!.regime = 'spa';
  rule.rates[1]!.sentenceType = 'exile';
  const all = issues(pack).join('\n');
  assert.match(
    all,
    /credit\.versions\.0\.rules\.0\.measure: unknown measure kind \(measures\.json\) "exile"/,
  );
  assert.match(all, /rates\.0\.regime: unknown imprisonment regime "spa"/);
  assert.match(all, /rates\.1\.sentenceType: unknown sentence type "exile"/);
});

test('a file of another jurisdiction, or a folder that does not match, is rejected', () => {
  const pack = zzPack();
  pack.measures.jurisdiction = 'kz';
  assert.match(
    issues(pack).join('\n'),
    /measures\.jurisdiction: jurisdiction "kz" does not match jurisdiction\.json \("zz"\)/,
  );
  assert.match(
    issues(zzPack(), lawPackSchemaFor('zy')).join('\n'),
    /jurisdiction\.jurisdiction: jurisdiction "zz" does not match its folder "zy"/,
  );
});

test('a part null beside numbered parts is rejected', () => {
  const pack = zzPack();
  (pack.criminalCode.articles[0]!.parts[1] as { part: string | null }).part = null;
  assert.match(issues(pack).join('\n'), /cannot also have a part null/);
});
