import { writeFileSync } from 'node:fs';
import type { Case } from '../src/core/case/case.ts';
import { BUNDLE_FORMAT, BUNDLE_FORMAT_VERSION } from '../src/exchange/bundle-schema.ts';
import { caseRecords, type CaseRecords } from './case-records.ts';
import { sharedRecords } from './shared-records.ts';

/** The id of the one large case `writeBigCaseBundle` writes. */
export const BIG_CASE_ID = 'case:kz-000000';

/**
 * Writes a bundle holding one case of about `records` records: the records of as many generated cases as it
 * takes, all moved into the first one (its participants the union of theirs), as a mass trial of many defendants
 * with their charges, measures, hearings and decisions. Returns how many records the case and its own hold.
 */
export function writeBigCaseBundle(file: string, seed: number, records: number): number {
  const shared = sharedRecords(seed);
  const merged: CaseRecords = {
    sources: [],
    persons: [],
    cases: [],
    charges: [],
    measures: [],
    hearings: [],
    decisions: [],
  };
  let count = 0;
  for (let n = 0; count < records; n++) {
    const one = caseRecords(seed, n);
    const into = <T extends { case: string }>(list: T[]) => list.map((r) => ({ ...r, case: BIG_CASE_ID }));
    merged.sources.push(...one.sources);
    merged.persons.push(...one.persons);
    merged.charges.push(...into(one.charges));
    merged.measures.push(...into(one.measures));
    merged.hearings.push(...into(one.hearings));
    merged.decisions.push(...into(one.decisions));
    const [kase] = one.cases;
    if (kase === undefined) continue;
    if (merged.cases.length === 0) merged.cases.push({ ...kase, id: BIG_CASE_ID, visibility: 'public' });
    else {
      const first = merged.cases[0] as Case;
      const seen = new Set(first.participants.map((p) => `${p.person} ${p.role}`));
      for (const p of kase.participants) if (!seen.has(`${p.person} ${p.role}`)) first.participants.push(p);
    }
    count =
      1 +
      merged.charges.length +
      merged.measures.length +
      merged.hearings.length +
      merged.decisions.length +
      merged.sources.length +
      merged.persons.length;
  }
  const bundle = {
    format: BUNDLE_FORMAT,
    formatVersion: BUNDLE_FORMAT_VERSION,
    description: `Synthetic benchmark bundle: one case of ${count} records, seed ${seed}`,
    ...shared,
    ...merged,
    sources: [...shared.sources, ...merged.sources],
    persons: [...shared.persons, ...merged.persons],
  };
  writeFileSync(file, JSON.stringify(bundle));
  return count;
}
