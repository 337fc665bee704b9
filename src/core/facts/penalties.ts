import { addDuration, type Day, type Duration } from '../dates/index.ts';
import type { Citation } from '../common/schemas.ts';
import type { Decision } from '../decision/decision.ts';
import type { SentenceType } from '../law/law.ts';
import { datedBounds, type DatedBounds, type Tri } from './fact-dates.ts';
import type { ReleaseFact } from './releases.ts';
import type { SentenceFact } from './status.ts';

/** Where an additional penalty's term is counted from, and so how sure its end is. */
export type PenaltyStartBasis = 'recorded' | 'entry_into_force' | 'release' | 'computed_end_of_principal';

/** An additional penalty of the sentence in force (a ban, a fine beside prison): what it is and when it ends. */
export interface PenaltyFact {
  decision: string;
  type: string;
  title: string;
  term?: Duration;
  amount?: { value: number; unit: string };
  /** The amount's unit as people write it: the jurisdiction's money unit by its abbreviation ('MCI'). */
  amountUnitTitle?: string;
  activity?: string;
  isSuspended: boolean;
  /** When its term starts counting, and from what. */
  start?: { earliest: Day; latest: Day; basis: PenaltyStartBasis };
  /** The first day free of it; absent when it has no term (a fine) or its start is unknown. */
  endsOn?: { earliest: Day; latest: Day };
  inEffect: Tri;
  /** The decision's sources. */
  sources: Citation[];
}

/**
 * The parts of the sentence in force other than its principal one, each with its end. A part whose type the law
 * data counts from the end of the principal term (a ban added to prison) starts at the recorded release, or
 * else at the computed end of that term, which the basis says is a computation.
 */
export function additionalPenalties(
  decisions: readonly Decision[],
  sentence: SentenceFact | undefined,
  release: ReleaseFact | undefined,
  types: readonly SentenceType[],
  asOf: Day,
  money?: { key: string; abbreviation: string },
): PenaltyFact[] {
  const d = sentence && decisions.find((x) => x.id === sentence.decision);
  if (!d || !sentence) return [];
  const principal =
    d.sentence.find((c) => c.isPrincipal === true) ??
    d.sentence.find((c) => c.term !== undefined) ??
    d.sentence[0];
  const isServed =
    !sentence.isSuspended && types.find((t) => t.key === sentence.type)?.deprivesLiberty === true;
  return d.sentence
    .filter((c) => c !== principal)
    .map((c): PenaltyFact => {
      const type = types.find((t) => t.key === c.type);
      const afterPrincipal = isServed && type?.additionalCountsFrom === 'end_of_principal';
      const released = release && release.date.earliest >= sentence.start.earliest ? release.date : undefined;
      const start: PenaltyFact['start'] = c.startedOn
        ? { ...bounds(datedBounds(c.startedOn)), basis: 'recorded' }
        : !afterPrincipal
          ? { ...bounds(sentence.enteredIntoForce), basis: 'entry_into_force' }
          : released
            ? { ...bounds(released), basis: 'release' }
            : sentence.endsOn
              ? { ...sentence.endsOn, basis: 'computed_end_of_principal' }
              : undefined;
      const endsOn =
        start && c.term
          ? { earliest: addDuration(start.earliest, c.term), latest: addDuration(start.latest, c.term) }
          : undefined;
      const inEffect: Tri = !endsOn
        ? 'possibly'
        : endsOn.latest <= asOf
          ? 'no'
          : endsOn.earliest <= asOf
            ? 'possibly'
            : 'yes';
      return {
        decision: d.id,
        type: c.type,
        title: type?.titles.en ?? c.type.replace(/_/g, ' '),
        ...(c.term ? { term: c.term } : {}),
        ...(c.amount
          ? {
              amount: c.amount,
              amountUnitTitle: c.amount.unit === money?.key ? money.abbreviation : c.amount.unit,
            }
          : {}),
        ...(c.activity ? { activity: c.activity } : {}),
        isSuspended: c.isSuspended === true,
        ...(start ? { start } : {}),
        ...(endsOn ? { endsOn } : {}),
        inEffect,
        sources: d.sources,
      };
    });
}

const bounds = (b: DatedBounds) => ({ earliest: b.earliest, latest: b.latest });
