import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { compareArticleNumbers, LawPackSchema, type LawPack } from './law.ts';
import { readLawPack } from '../../store/law-files.ts';

const KZ = fileURLToPath(new URL('../../../data/law/kz', import.meta.url));

function issues(edit: (pack: LawPack) => void): string[] {
  const pack: LawPack = structuredClone(readLawPack(KZ));
  edit(pack);
  const result = LawPackSchema.safeParse(pack);
  assert.equal(result.success, false, 'expected the pack to be rejected');
  return result.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`) ?? [];
}

test("Kazakhstan's law in time: the act's law, a milder later one reaching back, limitation until the verdict", () => {
  const pack = readLawPack(KZ);
  assert.equal(pack.lawInTime?.rule.governingDay, 'act');
  assert.equal(pack.lawInTime?.rule.milderLaterLawApplies, true);
  assert.deepEqual(pack.lawInTime?.limitation[0]?.runs, { from: 'act', until: 'verdict_in_force' });
  assert.deepEqual(pack.lawInTime?.limitation[0]?.neverSuspended, ['misdemeanour']);
});

test('a limitation group naming an unknown gravity or code is reported at its path', () => {
  const found = issues((pack) => {
    const group = pack.lawInTime?.limitation[0]?.noLimitation[5];
    if (!group) throw new Error('fixture changed');
    group.minGravity = 'heinous';
    const ranges = group.ranges ?? [];
    if (ranges[0]) ranges[0].code = 'xx';
  });
  assert.equal(found.length, 2);
  assert.match(
    found[0] ?? '',
    /^lawInTime\.limitation\.0\.noLimitation\.5\.minGravity: unknown gravity category "heinous"/,
  );
  assert.match(
    found[1] ?? '',
    /^lawInTime\.limitation\.0\.noLimitation\.5\.ranges\.0\.code: unknown code "xx"; known: cc/,
  );
});

test('a limitation group with neither articles nor ranges, and overlapping versions, are rejected', () => {
  const found = issues((pack) => {
    const file = pack.lawInTime;
    const first = file?.limitation[0];
    if (!file || !first) throw new Error('fixture changed');
    first.noLimitation.push({ group: 'nothing', basis: { code: 'cc' } });
    file.limitation.push({ ...first, effectiveFrom: '2020-01-01' });
  }).join('\n');
  assert.match(found, /noLimitation\.6\.articles: a group needs articles or ranges/);
  assert.match(found, /lawInTime\.limitation\.1\.effectiveFrom: version overlaps version 0/);
});

test('article numbers order as the code does: 405 < 405-1 < 406', () => {
  assert.ok(compareArticleNumbers('405', '405-1') < 0);
  assert.ok(compareArticleNumbers('405-1', '406') < 0);
  assert.ok(compareArticleNumbers('99', '131') < 0);
  assert.equal(compareArticleNumbers('272', '272'), 0);
});
