import type { LiabilityReleaseGround } from '../charge/charge.ts';
import type { ReleaseReason } from '../case/release.ts';
import type { Decision } from '../decision/decision.ts';
import type { PenaltyStartBasis } from '../facts/penalties.ts';
import type { PersonStatus } from '../facts/status.ts';

/**
 * The words shown for the record's own codes, in one table so that no screen prints a raw key. Codes the law
 * data defines (sentence types, regimes, measure kinds) take their titles from the law data instead.
 */
export const LABELS = {
  status: {
    in_custody: 'in custody',
    under_house_arrest: 'under house arrest',
    under_other_measure: 'under another measure of restraint',
    convicted_not_in_force: 'convicted, verdict not yet in force',
    serving_sentence: 'serving a sentence',
    on_probation: 'on probation',
    released: 'released',
    measure_ended: 'no measure in effect, no release recorded',
    at_liberty: 'at liberty',
  } satisfies Record<PersonStatus, string>,
  releaseReason: {
    end_of_term: 'end of term',
    conditional_early_release: 'conditional early release',
    pardon: 'pardon',
    amnesty: 'amnesty',
    acquittal: 'acquittal',
    measure_lifted: 'measure of restraint lifted',
    exchange: 'exchange',
    deportation: 'deportation',
    other: 'other reason',
  } satisfies Record<ReleaseReason, string>,
  penaltyBasis: {
    recorded: 'as recorded',
    entry_into_force: 'counted from entry into force',
    release: 'counted from the release',
    computed_end_of_principal:
      'counted from the computed end of the principal term, not from a recorded release',
  } satisfies Record<PenaltyStartBasis, string>,
  decisionKind: {
    verdict: 'verdict',
    appeal_ruling: 'appeal ruling',
    cassation_ruling: 'cassation ruling',
    other: 'decision',
  } satisfies Record<Decision['kind'], string>,
  outcome: {
    convicted: 'convicted',
    acquitted: 'acquitted',
    dismissed: 'dismissed',
    returned: 'returned for further investigation',
    released_from_liability: 'found guilty, released from liability',
    unknown: 'outcome not known',
  } satisfies Record<Decision['outcomes'][number]['outcome'], string>,
  liabilityReleaseGround: {
    limitation_expired: 'limitation period expired',
    amnesty: 'amnesty',
    reconciliation: 'reconciliation with the victim',
    other: 'other ground',
  } satisfies Record<LiabilityReleaseGround, string>,
  appealBy: {
    defence: 'the defence',
    prosecution: 'the prosecution',
    victim: 'the victim',
    other: 'another party',
  } satisfies Record<Decision['appeals'][number]['by'], string>,
  appealOutcome: {
    pending: 'pending',
    upheld: 'upheld',
    overturned: 'overturned',
    modified: 'modified',
    withdrawn: 'withdrawn',
  } satisfies Record<Decision['appeals'][number]['outcome'], string>,
} as const;

/** The label of a code in one of the tables, or the code with its underscores as spaces if it is not there. */
export function labelOf(table: keyof typeof LABELS, code: string): string {
  const labels: Record<string, string> = LABELS[table];
  return labels[code] ?? code.replace(/_/g, ' ');
}
