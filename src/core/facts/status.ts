import { addDays, addDuration, maxDay, type Day, type Range } from '../dates/index.ts';
import type { Decision, SentenceComponent } from '../decision/decision.ts';
import type { SentenceType } from '../law/law.ts';
import { creditFor, type CreditFact } from './credit.ts';
import { datedBounds, happenedBy, triOr, type DatedBounds, type Tri } from './fact-dates.ts';
import { chainInEffect, measureChains } from './measure-chains.ts';
import type { MeasureFact } from './measures.ts';

/** Where a person stands on a date; 'released' means previously deprived of liberty and now not. */
export type PersonStatus =
  | 'in_custody'
  | 'under_house_arrest'
  | 'under_other_measure'
  | 'serving_sentence'
  | 'on_probation'
  | 'released'
  | 'at_liberty';

/** The sentence a status rests on: the decision, its principal part, and when release falls due. */
export interface SentenceFact {
  decision: string;
  type: string;
  term?: SentenceComponent['term'];
  regime?: string;
  isSuspended: boolean;
  enteredIntoForce: DatedBounds;
  /** Credit for time under measures, in days of this sentence type, taken off the term. */
  creditDays?: Range;
  /** The first day free of the sentence (or of probation), when the term is known and not for life. */
  endsOn?: { earliest: Day; latest: Day };
}

/** The person's status on the date, with every status partial dates leave open. */
export interface StatusFact {
  status: PersonStatus;
  isCertain: boolean;
  possible: PersonStatus[];
  /** The measures that are (or may be) in effect on the date. */
  measures: string[];
  sentence?: SentenceFact;
}

const ORDER: PersonStatus[] = [
  'serving_sentence',
  'in_custody',
  'under_house_arrest',
  'on_probation',
  'under_other_measure',
  'released',
  'at_liberty',
];

function measureStatus(m: MeasureFact): PersonStatus {
  if (m.kind === 'house_arrest') return 'under_house_arrest';
  return m.deprivesLiberty ? 'in_custody' : 'under_other_measure';
}

/** Whether a measure is in effect on the day: from its start up to (not including) its end step's day. */
function inEffectOn(m: MeasureFact, day: Day): Tri {
  const started = happenedBy(m.start, day);
  const ended: Tri = m.end ? happenedBy(m.end, day) : 'no';
  if (started === 'no' || ended === 'yes') return 'no';
  return started === 'yes' && ended === 'no' ? 'yes' : 'possibly';
}

/** A decision with a sentence that has entered (or may have entered) into force by the date. */
interface DecisionInForce {
  d: Decision;
  b: DatedBounds;
}

/** The person's decisions with a sentence whose entry into force can be on or before the date, earliest first. */
function decisionsInForce(decisions: readonly Decision[], person: string, asOf: Day): DecisionInForce[] {
  return decisions
    .filter(
      (d) =>
        d.defendant === person &&
        d.kind !== 'other' &&
        d.sentence.length > 0 &&
        d.enteredIntoForce !== undefined,
    )
    .map((d) => ({ d, b: datedBounds(d.enteredIntoForce ?? d.date) }))
    .filter(({ b }) => b.earliest <= asOf)
    .sort((a, b) => a.b.earliest.localeCompare(b.b.earliest));
}

/**
 * When the person's first sentence entered into force, if it can have by the date: measures of restraint
 * still running end then, and time under them stops earning credit.
 */
export function firstSentenceInForce(
  decisions: readonly Decision[],
  person: string,
  asOf: Day,
): DatedBounds | undefined {
  return decisionsInForce(decisions, person, asOf)[0]?.b;
}

/** The verdict (or ruling) in force whose sentence governs, with its principal component. */
function sentenceInForce(
  decisions: readonly Decision[],
  person: string,
  asOf: Day,
  credit: readonly CreditFact[],
): SentenceFact | undefined {
  const last = decisionsInForce(decisions, person, asOf).at(-1);
  if (!last) return undefined;
  const principal =
    last.d.sentence.find((c) => c.isPrincipal === true) ??
    last.d.sentence.find((c) => c.term !== undefined) ??
    last.d.sentence[0];
  if (!principal) return undefined;
  const isSuspended = principal.isSuspended === true;
  // Art. 62: time under measures is taken off any sentence with a rate in days (imprisonment, arrest,
  // restricted freedom…); a suspended sentence has nothing to take it off.
  const c = isSuspended ? undefined : creditFor(credit, principal.type, principal.regime);
  const creditDays = c?.unit === 'days' ? c.amount : undefined;
  const span = isSuspended ? (principal.probation ?? principal.term) : principal.term;
  // Credit beyond the term means the term was served by the day the sentence entered into force.
  const endsOn = span
    ? {
        earliest: maxDay(
          addDays(addDuration(last.b.earliest, span), -(creditDays?.max ?? 0)),
          last.b.earliest,
        ),
        latest: maxDay(addDays(addDuration(last.b.latest, span), -(creditDays?.min ?? 0)), last.b.latest),
      }
    : undefined;
  return {
    decision: last.d.id,
    type: principal.type,
    ...(principal.term ? { term: principal.term } : {}),
    ...(principal.regime ? { regime: principal.regime } : {}),
    isSuspended,
    enteredIntoForce: last.b,
    ...(creditDays ? { creditDays } : {}),
    ...(endsOn ? { endsOn } : {}),
  };
}

/** Whether the sentence's term (or probation) is over by the date; 'no' when its end is not known. */
function sentenceOver(sentence: SentenceFact, asOf: Day): Tri {
  if (!sentence.endsOn) return 'no';
  if (sentence.endsOn.latest <= asOf) return 'yes';
  return sentence.endsOn.earliest <= asOf ? 'possibly' : 'no';
}

/**
 * The person's status on the date. A sentence in force comes first (real imprisonment or arrest: serving;
 * suspended or restricted freedom: probation); else the most severe measure in effect; else released
 * (if ever deprived of liberty) or at liberty. Uncertain dates add every other status they allow.
 */
export function personStatus(
  measures: readonly MeasureFact[],
  decisions: readonly Decision[],
  person: string,
  asOf: Day,
  types: readonly SentenceType[],
  credit: readonly CreditFact[],
): StatusFact {
  const sentence = sentenceInForce(decisions, person, asOf, credit);
  const candidates: { status: PersonStatus; certainty: Tri }[] = [];
  if (sentence) {
    const deprives = types.find((t) => t.key === sentence.type)?.deprivesLiberty === true;
    const status: PersonStatus | undefined =
      deprives && !sentence.isSuspended
        ? 'serving_sentence'
        : sentence.isSuspended || sentence.type === 'restricted_freedom'
          ? 'on_probation'
          : undefined;
    const over = sentenceOver(sentence, asOf);
    const began = happenedBy(sentence.enteredIntoForce, asOf);
    if (status && over !== 'yes')
      candidates.push({ status, certainty: began === 'yes' && over === 'no' ? 'yes' : 'possibly' });
  }
  const active = measures.map((m) => ({ m, on: inEffectOn(m, asOf) })).filter(({ on }) => on !== 'no');
  for (const { m, on } of active) candidates.push({ status: measureStatus(m), certainty: on });
  const servedTime: Tri =
    sentence && !sentence.isSuspended && types.find((t) => t.key === sentence.type)?.deprivesLiberty === true
      ? happenedBy(sentence.enteredIntoForce, asOf)
      : 'no';
  const everDeprived = measures
    .filter((m) => m.deprivesLiberty)
    .reduce<Tri>((t, m) => triOr(t, happenedBy(m.start, asOf)), servedTime);
  // Released needs a deprivation of liberty that can have ended by the day, not only one that may have begun.
  const canHaveEnded =
    everDeprived === 'yes' ||
    measures.some((m) => m.deprivesLiberty && m.end !== undefined && m.end.earliest <= asOf) ||
    (sentence !== undefined && servedTime !== 'no' && sentenceOver(sentence, asOf) !== 'no');
  const fallback: PersonStatus[] = [];
  if (everDeprived !== 'no' && canHaveEnded) fallback.push('released');
  if (everDeprived !== 'yes') fallback.push('at_liberty');
  const rank = (s: PersonStatus) => ORDER.indexOf(s);
  const certain = candidates
    .filter((c) => c.certainty === 'yes')
    .sort((a, b) => rank(a.status) - rank(b.status))[0];
  const possible = new Set<PersonStatus>(candidates.map((c) => c.status));
  const isCovered = measureChains(measures).some((chain) => chainInEffect(chain, asOf) === 'yes');
  if (!certain && !isCovered) fallback.forEach((s) => possible.add(s));
  const ordered = [...possible]
    .filter((s) => !certain || rank(s) <= rank(certain.status))
    .sort((a, b) => rank(a) - rank(b));
  const status = ordered[0] ?? 'at_liberty';
  return {
    status,
    isCertain: ordered.length === 1,
    possible: ordered,
    measures: active.map(({ m }) => m.id),
    ...(sentence ? { sentence } : {}),
  };
}
