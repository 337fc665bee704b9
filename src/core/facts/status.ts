import { addDays, addDuration, maxDay, type Day, type Range } from '../dates/index.ts';
import type { Decision, SentenceComponent } from '../decision/decision.ts';
import type { SentenceType } from '../law/law.ts';
import { creditFor, type CreditFact } from './credit.ts';
import { datedBounds, happenedBy, triAnd, triOr, type DatedBounds, type Tri } from './fact-dates.ts';
import { chainInEffect, measureChains } from './measure-chains.ts';
import type { MeasureFact } from './measures.ts';
import { releaseEnds, type ReleaseFact } from './releases.ts';
import { statusReason } from './status-reasons.ts';

/**
 * Where a person stands on a date. 'released' needs a recorded release or a term that has certainly ended;
 * 'measure_ended' is a measure that ended with no release recorded; 'convicted_not_in_force' is a verdict not
 * yet in force, while the measure of restraint continues.
 */
export type PersonStatus =
  | 'in_custody'
  | 'under_house_arrest'
  | 'under_other_measure'
  | 'convicted_not_in_force'
  | 'serving_sentence'
  | 'on_probation'
  | 'released'
  | 'measure_ended'
  | 'at_liberty';

/** The sentence a status rests on: the decision, its principal part, and when release falls due. */
export interface SentenceFact {
  decision: string;
  type: string;
  /** The sentence type's title in the law data. */
  title: string;
  term?: SentenceComponent['term'];
  regime?: string;
  isSuspended: boolean;
  enteredIntoForce: DatedBounds;
  /** When the term began: recorded on the sentence, or taken to be its entry into force. */
  start: DatedBounds & { basis: 'recorded' | 'entry_into_force' };
  /** Credit for time under measures, in days of this sentence type, taken off the term. */
  creditDays?: Range;
  /** The first day free of the sentence (or of probation), when the term is known and not for life. */
  endsOn?: { earliest: Day; latest: Day };
}

/** One status the person may be in on the date: how sure it is and why. */
export interface StatusReason {
  status: PersonStatus;
  certainty: 'certain' | 'possible';
  reason: string;
}

/** The person's status on the date, with every status partial dates leave open. */
export interface StatusFact {
  status: PersonStatus;
  isCertain: boolean;
  possible: PersonStatus[];
  /** Why the status, and each other possible one, holds. */
  reasons: StatusReason[];
  /** The measures that are (or may be) in effect on the date. */
  measures: string[];
  sentence?: SentenceFact;
  /** The verdict given but not (certainly) in force on the date. */
  pendingVerdict?: string;
  /** The last recorded release by the date. */
  release?: ReleaseFact;
  /**
   * True when the record holds nothing by the date that bears on the person's liberty: no measure, verdict or
   * release. The status is then "at liberty" only because nothing else is recorded, and a reader is told so.
   */
  isUnrecorded?: true;
}

const ORDER: PersonStatus[] = [
  'serving_sentence',
  'convicted_not_in_force',
  'in_custody',
  'under_house_arrest',
  'on_probation',
  'under_other_measure',
  'released',
  'measure_ended',
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
  types: readonly SentenceType[],
  knownEnd?: SentenceFact['endsOn'],
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
  const start = principal.startedOn
    ? { ...datedBounds(principal.startedOn), basis: 'recorded' as const }
    : { ...last.b, basis: 'entry_into_force' as const };
  const span = isSuspended ? (principal.probation ?? principal.term) : principal.term;
  // Credit beyond the term means the term was served by the day it began.
  const computedEnd = span
    ? {
        earliest: maxDay(addDays(addDuration(start.earliest, span), -(creditDays?.max ?? 0)), start.earliest),
        latest: maxDay(addDays(addDuration(start.latest, span), -(creditDays?.min ?? 0)), start.latest),
      }
    : undefined;
  const endsOn = knownEnd ?? computedEnd;
  return {
    decision: last.d.id,
    type: principal.type,
    title: types.find((t) => t.key === principal.type)?.titles.en ?? principal.type.replace(/_/g, ' '),
    ...(principal.term ? { term: principal.term } : {}),
    ...(principal.regime ? { regime: principal.regime } : {}),
    isSuspended,
    enteredIntoForce: last.b,
    start,
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

const not = (t: Tri): Tri => (t === 'yes' ? 'no' : t === 'no' ? 'yes' : 'possibly');

/**
 * The person's latest convicting decision given by the date that is not certainly in force, and not overtaken
 * by a decision in force given on or after it: the person is convicted, the verdict not yet in force.
 */
function pendingVerdict(
  decisions: readonly Decision[],
  person: string,
  asOf: Day,
): { d: Decision; certainty: Tri } | undefined {
  const own = decisions.filter((d) => d.defendant === person && d.kind !== 'other');
  // A conviction whose sentence the record does not give yet still convicts.
  const convicting = own.filter(
    (d) => d.sentence.length > 0 || d.outcomes.some((o) => o.outcome === 'convicted'),
  );
  const latest = convicting
    .map((d) => ({ d, given: happenedBy(datedBounds(d.date), asOf) }))
    .filter(({ given }) => given !== 'no')
    .sort((a, b) => datedBounds(a.d.date).earliest.localeCompare(datedBounds(b.d.date).earliest))
    .at(-1);
  if (!latest) return undefined;
  const inForce = latest.d.enteredIntoForce ? happenedBy(datedBounds(latest.d.enteredIntoForce), asOf) : 'no';
  // A later decision in force (an appeal ruling that upholds, changes or quashes the verdict) settles it.
  const overtaken = own.some(
    (o) =>
      o !== latest.d &&
      o.enteredIntoForce !== undefined &&
      happenedBy(datedBounds(o.enteredIntoForce), asOf) === 'yes' &&
      (o.reviews === latest.d.id || datedBounds(o.date).earliest >= datedBounds(latest.d.date).latest),
  );
  if (overtaken) return undefined;
  const certainty = triAnd(latest.given, not(inForce));
  return certainty === 'no' ? undefined : { d: latest.d, certainty };
}

/** A status that may hold on the date, how sure, and the record it rests on. */
interface Candidate {
  status: PersonStatus;
  certainty: Tri;
  reason: string;
}

/**
 * The person's status on the date. A sentence in force comes first (real imprisonment or arrest: serving;
 * suspended or restricted freedom: probation), then a verdict not yet in force, then the most severe measure in
 * effect; a recorded release ends custody and the serving of a sentence begun before it. With none of these,
 * released (a release recorded, or a term certainly served), a measure ended with no release recorded, or at
 * liberty. Uncertain dates add every other status they allow; each status carries its reason.
 */
export function personStatus(
  measures: readonly MeasureFact[],
  decisions: readonly Decision[],
  person: string,
  asOf: Day,
  types: readonly SentenceType[],
  credit: readonly CreditFact[],
  releases: readonly ReleaseFact[] = [],
  /** The sentence's end where it is known more tightly than its own dates give (`tightenSentenceEnd`). */
  knownEnd?: SentenceFact['endsOn'],
): StatusFact {
  const sentence = sentenceInForce(decisions, person, asOf, credit, types, knownEnd);
  const release = releases.at(-1);
  /** Whether custody or a term begun at `began` is still on: not if a recorded release ended it. */
  const notReleased = (began: { earliest: Day; latest: Day }): Tri =>
    release ? not(releaseEnds(release, began)) : 'yes';
  const candidates: Candidate[] = [];
  const deprives = (type: string) => types.find((t) => t.key === type)?.deprivesLiberty === true;
  const isServed = sentence !== undefined && !sentence.isSuspended && deprives(sentence.type);
  if (sentence) {
    const status: PersonStatus | undefined = isServed
      ? 'serving_sentence'
      : sentence.isSuspended || sentence.type === 'restricted_freedom'
        ? 'on_probation'
        : undefined;
    const over = sentenceOver(sentence, asOf);
    const began = happenedBy(sentence.start, asOf);
    const still = isServed ? notReleased(sentence.start) : 'yes';
    const certainty = triAnd(triAnd(began, not(over)), still);
    if (status && certainty !== 'no')
      candidates.push({ status, certainty, reason: statusReason.sentence(sentence, status) });
  }
  const pending = pendingVerdict(decisions, person, asOf);
  const active = measures
    .map((m) => ({
      m,
      on: m.deprivesLiberty ? triAnd(inEffectOn(m, asOf), notReleased(m.start)) : inEffectOn(m, asOf),
    }))
    .filter(({ on }) => on !== 'no');
  if (pending)
    candidates.push({
      status: 'convicted_not_in_force',
      certainty: pending.certainty,
      reason: statusReason.pending(
        pending.d,
        active.map(({ m }) => m),
        release,
      ),
    });
  for (const { m, on } of active)
    candidates.push({ status: measureStatus(m), certainty: on, reason: statusReason.measure(m) });
  if (release)
    candidates.push({
      status: 'released',
      certainty: release.happened,
      reason: statusReason.release(release),
    });
  const servedTime: Tri = isServed && sentence ? happenedBy(sentence.start, asOf) : 'no';
  const everDeprived = measures
    .filter((m) => m.deprivesLiberty)
    .reduce<Tri>((t, m) => triOr(t, happenedBy(m.start, asOf)), servedTime);
  // A term served at liberty (restricted freedom) that credit or time has used up also ends the deprivation
  // before it; a suspended sentence gives probation, never a release.
  const termOver: Tri =
    sentence && !sentence.isSuspended
      ? triAnd(happenedBy(sentence.start, asOf), sentenceOver(sentence, asOf))
      : 'no';
  // A measure that can have ended by the day, with no release recorded: the record does not say released.
  const measureEnded =
    servedTime !== 'yes' &&
    (everDeprived === 'yes' ||
      measures.some((m) => m.deprivesLiberty && m.end !== undefined && m.end.earliest <= asOf));
  const fallback: Candidate[] = [];
  if (release === undefined && sentence && termOver !== 'no' && everDeprived !== 'no')
    fallback.push({ status: 'released', certainty: termOver, reason: statusReason.termServed(sentence) });
  if (release === undefined && everDeprived !== 'no' && measureEnded && termOver !== 'yes')
    fallback.push({
      status: 'measure_ended',
      certainty: 'possibly',
      reason: statusReason.measureEnded(measures),
    });
  if (everDeprived !== 'yes')
    fallback.push({
      status: 'at_liberty',
      certainty: 'possibly',
      reason: statusReason.atLiberty(everDeprived),
    });
  const rank = (s: PersonStatus) => ORDER.indexOf(s);
  const certain = candidates
    .filter((c) => c.certainty === 'yes')
    .sort((a, b) => rank(a.status) - rank(b.status))[0];
  const isCovered = measureChains(measures).some((chain) => chainInEffect(chain, asOf) === 'yes');
  const all = !certain && !isCovered ? [...candidates, ...fallback] : candidates;
  const byStatus = new Map<PersonStatus, Candidate>();
  for (const c of all) {
    const seen = byStatus.get(c.status);
    if (!seen || (seen.certainty !== 'yes' && c.certainty === 'yes')) byStatus.set(c.status, c);
  }
  const ordered = [...byStatus.values()]
    .filter((c) => !certain || rank(c.status) <= rank(certain.status))
    .sort((a, b) => rank(a.status) - rank(b.status));
  const isCertain = ordered.length <= 1;
  const reasons: StatusReason[] =
    ordered.length > 0
      ? ordered.map((c) => ({
          status: c.status,
          certainty: isCertain ? 'certain' : 'possible',
          reason: c.reason,
        }))
      : [{ status: 'at_liberty', certainty: 'certain', reason: statusReason.atLiberty('no') }];
  return {
    status: reasons[0]?.status ?? 'at_liberty',
    isCertain,
    possible: reasons.map((r) => r.status),
    reasons,
    measures: active.map(({ m }) => m.id),
    ...(sentence ? { sentence } : {}),
    ...(pending ? { pendingVerdict: pending.d.id } : {}),
    ...(release ? { release } : {}),
    ...(measures.length === 0 && releases.length === 0 && !decisions.some((d) => d.defendant === person)
      ? { isUnrecorded: true as const }
      : {}),
  };
}
