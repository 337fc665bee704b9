import type { Withheld } from '../case/case-file.ts';
import type { RecordKind } from '../record/record-kinds.ts';
import type { PersonStatus } from './status.ts';

/** What of a case its reader may not see, and which computed facts it leaves uncertain. */
export interface WithheldFact {
  /** How many records of each kind are withheld (counts only, never ids). */
  records: { kind: RecordKind; count: number }[];
  /** The facts a withheld record could change: none of them is stated as certain. */
  uncertain: string[];
  note: string;
}

/** Which computed facts a withheld record of each kind could change. */
const AFFECTS: Partial<Record<RecordKind, readonly string[]>> = {
  measure: [
    'status',
    'measures',
    'deprivedOfLiberty',
    'deprivedOfLibertyBy',
    'credit',
    'custodyLimits',
    'detentionLimits',
  ],
  decision: ['status', 'credit', 'sentence', 'exposure'],
  charge: ['charges', 'lineage', 'exposure', 'custodyLimits'],
  hearing: ['upcomingHearings', 'custodyLimits'],
  person: ['defendants'],
};

/** Statuses a withheld record of the kind could put a person in, so they stay among the possible ones. */
const STATUSES: Partial<Record<RecordKind, readonly PersonStatus[]>> = {
  measure: ['in_custody', 'under_house_arrest', 'under_other_measure'],
  decision: ['serving_sentence', 'convicted_not_in_force', 'on_probation', 'released'],
};

/** The withheld part of a case as facts state it; undefined when the reader sees the whole case. */
export function withheldFact(withheld: Withheld | undefined): WithheldFact | undefined {
  const records = Object.entries(withheld ?? {})
    .filter(([, n]) => n > 0)
    // In the order the case file counted them: the kinds' order (case-file.ts).
    .map(([kind, count]) => ({ kind: kind as RecordKind, count }));
  if (records.length === 0) return undefined;
  const uncertain = [...new Set(records.flatMap((r) => AFFECTS[r.kind] ?? []))].sort();
  return {
    records,
    uncertain,
    note:
      'Part of this case is withheld at your access level. Facts it could change are computed from what you may see ' +
      'and are not certain: a withheld measure, decision or charge may lengthen, end or add to them.',
  };
}

/** The statuses withheld records could add to a person's possible statuses. */
export function statusesWithheldCouldAdd(withheld: Withheld | undefined): PersonStatus[] {
  return Object.entries(withheld ?? {})
    .filter(([, n]) => n > 0)
    .flatMap(([kind]) => STATUSES[kind as RecordKind] ?? []);
}
