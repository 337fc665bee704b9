import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { emptyQuickCharge, type QuickCaseValues } from '../../web/src/features/forms/lib/quick-case.ts';

/** The seed's dispatch, the text the form of one source is filled from in these tests. */
export const SEED = join(
  process.env['CASEWATCH_SEED_DIR'] ?? join('..', 'shared', 'seed'),
  '000_2ce4c6fe6cc542de.txt',
);

/** The seed's text. */
export const seedText = () => readFileSync(SEED, 'utf8');

/** The form of one source as it opens, before anything is typed or drafted. */
export function emptyForm(): QuickCaseValues {
  return {
    visibility: 'internal',
    jurisdiction: 'kz',
    title: '',
    summary: '',
    confirmedOn: '',
    source: { existing: '', title: '', publisher: '', publishedOn: '', url: '', accessedOn: '' },
    person: { existing: '', name: '', otherNames: '' },
    charges: [emptyQuickCharge('charge:empty')],
    measures: [],
    hearings: [],
    decisions: [],
    allegations: [],
    authorities: [],
  };
}

/** Ids drawn in turn, as the form draws them, so a test can name the records (`charge:d1`, `measure:d2`…). */
export function counter() {
  const n = {
    charge: 0,
    measure: 0,
    hearing: 0,
    decision: 0,
    allegation: 0,
    organisation: 0,
    event: 0,
    evidence: 0,
    source: 0,
  };
  return (kind: keyof typeof n) => `${kind}:d${String(++n[kind])}`;
}

/**
 * Whether the seed's text is there to read; without it the test is skipped (a failure under CI, where it must be).
 */
export function hasSeed(t: { skip: (why: string) => void }): boolean {
  if (existsSync(SEED)) return true;
  if (process.env['CI'] === 'true') assert.fail(`no seed text ${SEED}`);
  t.skip(`no seed text ${SEED}`);
  return false;
}
