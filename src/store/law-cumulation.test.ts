import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { isDomainError } from '../core/errors.ts';
import { loadLegalKnowledge, readLawPack } from './law-files.ts';

/** The message of loading a copy of the Kazakh pack with one value of cumulation.json replaced. */
function loadBroken(path: (string | number)[], value: unknown): string {
  const root = mkdtempSync(join(tmpdir(), 'casewatch-law-'));
  const dir = join(root, 'kz');
  cpSync('data/law/kz', dir, { recursive: true });
  const json = JSON.parse(readFileSync(join(dir, 'cumulation.json'), 'utf8')) as Record<string, unknown>;
  const parent = path
    .slice(0, -1)
    .reduce<unknown>((n, k) => (n as Record<string | number, unknown>)[k], json);
  (parent as Record<string | number, unknown>)[path.at(-1) as string | number] = value;
  writeFileSync(join(dir, 'cumulation.json'), JSON.stringify(json, null, 2));
  try {
    readLawPack(dir);
  } catch (error) {
    if (isDomainError(error, 'law.invalid_data')) return error.message;
    throw error;
  } finally {
    rmSync(root, { recursive: true });
  }
  return assert.fail('expected law.invalid_data');
}

const RULES = ['versions', 0, 'rules'];

test('the Kazakh rules for several offences load: four rules, the first that fits applies', () => {
  const rules = loadLegalKnowledge('data/law', ['kz']).cumulationRules('kz', '2022-01-05');
  assert.deepEqual(
    rules?.rules.map((r) => `${r.key} ${r.method} ${r.basis.article}(${r.basis.part ?? ''})`),
    [
      'misdemeanours_only addition 58(2)',
      'up_to_medium absorption 58(2)',
      'with_especially_grave_of_twenty_years addition 58(4)',
      'with_grave addition 58(3)',
    ],
  );
  assert.equal(loadLegalKnowledge('data/law', ['kz']).cumulationRules('kz', '2014-12-31'), undefined);
});

test('a cap in a unit that does not fit its sentence type names cumulation.json and the path', () => {
  assert.match(
    loadBroken([...RULES, 3, 'caps', 0, 'max', 'unit'], 'hours'),
    /cumulation\.json \$\.versions\[0\]\.rules\[3\]\.caps\[0\]\.max\.unit: a cap in "hours" does not fit imprisonment/,
  );
});

test('an unknown gravity, sentence type or method is refused', () => {
  assert.match(
    loadBroken([...RULES, 1, 'upToGravity'], 'petty'),
    /rules\[1\]\.upToGravity: unknown gravity category "petty"/,
  );
  assert.match(
    loadBroken([...RULES, 0, 'caps', 1, 'type'], 'community_service'),
    /rules\[0\]\.caps\[1\]\.type: unknown sentence type "community_service"/,
  );
  assert.match(loadBroken([...RULES, 2, 'method'], 'concurrent'), /rules\[2\]\.method/);
});
