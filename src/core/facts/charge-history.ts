import type { Charge, ChargeOrigins, ChargeStepKind, LiabilityReleaseGround } from '../charge/charge.ts';
import type { Day, Range } from '../dates/index.ts';
import { formatArticleRef, type LegalKnowledge } from '../law/legal-knowledge.ts';
import type { ArticleRef } from '../law/law.ts';
import {
  datedBounds,
  happenedBy,
  orderByDate,
  periodDays,
  type DatedBounds,
  type Tri,
} from './fact-dates.ts';
import { applicableLaw, type LawInTimeFact } from './law-in-time.ts';

/** Where a charge stands on a date; 'not_yet_brought' before its first step can have happened. */
export type ChargeState =
  | 'not_yet_brought'
  | 'live'
  | 'in_court'
  | 'suspended'
  | 'reclassified'
  | 'dropped'
  | 'merged'
  | 'split'
  | 'convicted'
  | 'acquitted'
  | 'dismissed'
  | 'amnestied'
  | 'released_from_liability'
  /** The record says the outcome is not known: the charge may still be pending, or may have ended. */
  | 'outcome_unknown';

/** States in which a charge is still pending against the defendant. */
export const LIVE_STATES: ReadonlySet<ChargeState> = new Set(['live', 'in_court', 'suspended']);

/** One step on a charge's timeline, with its day bounds and whether it has happened as of the date. */
export interface ChargeStepFact extends DatedBounds {
  kind: ChargeStepKind;
  happened: Tri;
  successors?: string[];
  reason?: string;
  /** Why a person found guilty was released from liability. */
  ground?: LiabilityReleaseGround;
}

/** A charge's timeline and state as of a date: what the charges list of the facts shows. */
export interface ChargeHistory {
  id: string;
  defendant: string;
  ref: ArticleRef;
  article: string;
  title?: string;
  label?: string;
  /** As recorded: one origin, or a list of them. */
  origin?: ChargeOrigins;
  /** An unfinished offence, and an accomplice's role, as charged. */
  stage?: Pick<NonNullable<Charge['stage']>, 'kind' | 'qualifier'>;
  role?: Pick<NonNullable<Charge['role']>, 'kind' | 'qualifier'>;
  /** The parts sources disagree on ("part 2 or 3"); `ref.part` is then absent. */
  partsInDoubt?: string[];
  brought?: DatedBounds;
  /** When the act was committed, as recorded. */
  actDate?: DatedBounds;
  /**
   * The day whose law judges the charge: by the jurisdiction's rule (`lawInTime`), else the earliest day its
   * 'brought' step can mean.
   */
  lawDate?: Day;
  /** Which wording judges the charge under the jurisdiction's rule for the law in time, and why. */
  lawInTime?: LawInTimeFact;
  steps: ChargeStepFact[];
  state: ChargeState;
  isStateCertain: boolean;
  possibleStates: ChargeState[];
  isLive: Tri;
  /** The step that ended the charge (dropped, reclassified, …), when one can have happened by the date. */
  end?: ChargeStepFact;
  /**
   * Days the charge was live: from its 'brought' step to its end step, or to the as-of day (which counts) while
   * it may still be live. With the outcome unknown, at least until that step, at most until the as-of day.
   */
  daysLive?: Range;
}

const TERMINAL: ReadonlySet<ChargeStepKind> = new Set([
  'reclassified',
  'dropped',
  'merged',
  'split',
  'convicted',
  'acquitted',
  'dismissed',
  'amnestied',
  'released_from_liability',
]);

/**
 * The charge's steps as listed, but for a step certainly earlier than one listed before it (`orderByDate`),
 * each with bounds and as-of standing.
 */
export function chargeTimeline(charge: Charge, asOf: Day): ChargeStepFact[] {
  return orderByDate(charge.lifecycle, (s) => datedBounds(s.date)).map((s) => ({
    kind: s.kind,
    ...datedBounds(s.date),
    happened: happenedBy(datedBounds(s.date), asOf),
    ...(s.successors ? { successors: s.successors } : {}),
    ...(s.reason ? { reason: s.reason } : {}),
    ...(s.ground ? { ground: s.ground } : {}),
  }));
}

/** The state after a sequence of steps; 'resumed' returns to the state before the suspension. */
export function foldChargeState(kinds: readonly ChargeStepKind[]): ChargeState {
  let state: ChargeState = 'not_yet_brought';
  let beforeSuspension: ChargeState = 'live';
  for (const kind of kinds) {
    if (kind === 'brought' || kind === 'returned_for_investigation') state = 'live';
    else if (kind === 'sent_to_court') state = 'in_court';
    else if (kind === 'suspended') {
      if (state !== 'suspended') beforeSuspension = state;
      state = 'suspended';
    } else if (kind === 'resumed') state = state === 'suspended' ? beforeSuspension : state;
    else if (kind !== 'amended') state = kind;
  }
  return state;
}

/**
 * Every state the charge can be in on the date. Steps that only possibly happened are tried in and out,
 * keeping chronology: a step that certainly came before one that happened has happened too.
 */
export function possibleChargeStates(steps: readonly ChargeStepFact[]): ChargeState[] {
  const counted = steps.filter((s) => s.happened !== 'no');
  const open = counted.map((s, i) => ({ s, i })).filter(({ s }) => s.happened === 'possibly');
  if (open.length === 0) return [foldChargeState(counted.map((s) => s.kind))];
  const states = new Set<ChargeState>();
  const combos = open.length <= 8 ? 1 << open.length : 0;
  for (let mask = 0; mask < combos; mask++) {
    const out = new Set(open.filter((_, k) => (mask & (1 << k)) === 0).map(({ i }) => i));
    const isConsistent = counted.every(
      (a, i) => !out.has(i) || counted.every((b, j) => out.has(j) || b.earliest <= a.latest),
    );
    if (isConsistent) states.add(foldChargeState(counted.filter((_, i) => !out.has(i)).map((s) => s.kind)));
  }
  // Too many open steps to try every combination: fall back to prefixes in date order.
  if (combos === 0)
    counted.forEach((_, i) => states.add(foldChargeState(counted.slice(0, i + 1).map((s) => s.kind))));
  return [...states];
}

/** The charge as of a date: timeline, state (with every possible alternative), and the law that judges it. */
export function chargeHistory(charge: Charge, asOf: Day, law?: LegalKnowledge): ChargeHistory {
  const steps = chargeTimeline(charge, asOf);
  const counted = steps.filter((s) => s.happened !== 'no');
  const broughtStep = steps.find((s) => s.kind === 'brought') ?? steps[0];
  const possibleStates = possibleChargeStates(steps);
  const state = foldChargeState(counted.map((s) => s.kind));
  const liveCount = possibleStates.filter((s) => LIVE_STATES.has(s)).length;
  const isUnknown = possibleStates.includes('outcome_unknown');
  const end = counted.find((s) => TERMINAL.has(s.kind));
  const brought = broughtStep
    ? {
        date: broughtStep.date,
        earliest: broughtStep.earliest,
        latest: broughtStep.latest,
        isExact: broughtStep.isExact,
      }
    : undefined;
  const title = brought && law ? articleTitle(law, charge.article, brought.earliest) : undefined;
  const judged = counted.find((s) => s.kind === 'convicted' || s.kind === 'acquitted');
  const inTime = brought && law ? applicableLaw(charge, brought, judged, law, asOf) : undefined;
  const unknownStep = counted.find((s) => s.kind === 'outcome_unknown');
  const daysLive = brought
    ? unknownStep && state === 'outcome_unknown'
      ? {
          min: periodDays(brought, unknownStep, asOf).min,
          max: periodDays(brought, undefined, asOf).max,
        }
      : periodDays(brought, end, asOf)
    : undefined;
  const doubt = charge.partsInDoubt?.map((p) => p.part);
  return {
    id: charge.id,
    defendant: charge.defendant,
    ref: charge.article,
    article: chargeArticleText(charge),
    ...(title ? { title } : {}),
    ...(charge.label ? { label: charge.label } : {}),
    ...(charge.origin ? { origin: charge.origin } : {}),
    ...(charge.actDate ? { actDate: datedBounds(charge.actDate.date) } : {}),
    ...(charge.stage ? { stage: qualified(charge.stage) } : {}),
    ...(charge.role ? { role: qualified(charge.role) } : {}),
    ...(doubt ? { partsInDoubt: doubt } : {}),
    ...(brought ? { brought, lawDate: inTime?.lawDate ?? brought.earliest } : {}),
    ...(inTime ? { lawInTime: inTime } : {}),
    steps,
    state,
    isStateCertain: possibleStates.length === 1,
    possibleStates,
    isLive: liveCount === 0 && !isUnknown ? 'no' : liveCount === possibleStates.length ? 'yes' : 'possibly',
    ...(end ? { end } : {}),
    ...(daysLive ? { daysLive } : {}),
  };
}

function qualified<T extends { kind: string; qualifier?: { article: string; part?: string | undefined } }>(
  x: T,
): Pick<T, 'kind' | 'qualifier'> {
  return { kind: x.kind, ...(x.qualifier ? { qualifier: x.qualifier } : {}) };
}

/** The article as charged, for people: 'Art. 272(1)', or 'Art. 274, part 2 or 3' when sources disagree. */
export function chargeArticleText(charge: Pick<Charge, 'article' | 'partsInDoubt'>): string {
  const doubt = charge.partsInDoubt?.map((p) => p.part);
  if (!doubt) return formatArticleRef(charge.article, 'short');
  const last = doubt.at(-1) ?? '';
  return `${formatArticleRef(charge.article, 'short')}, part ${doubt.slice(0, -1).join(', ')} or ${last}`;
}

/** The English title of an article (and its part, when the part has one) in force on the day, else its index title. */
export function articleTitle(law: LegalKnowledge, ref: ArticleRef, onDate: Day): string | undefined {
  if (!law.jurisdictions().includes(ref.jurisdiction)) return undefined;
  const parts = law.articleParts(ref, onDate);
  const first = parts[0];
  // An article the law data knows by its title alone (the code's index) is named by it.
  if (!first) return law.indexTitle(ref);
  const partTitle = ref.part !== undefined ? first.partTitles?.en : undefined;
  return partTitle ? `${first.titles.en}: ${partTitle}` : first.titles.en;
}

/** True when a charge can exist as of the date: its first step can have happened. */
export function isChargeVisible(history: ChargeHistory): boolean {
  return history.steps.some((s) => s.happened !== 'no');
}

/** The article as charged with its stage and role, for the case page: 'Art. 272(1), attempt with Art. 24(3)'. */
export function chargeArticleLabel(
  charge: Pick<Charge, 'article' | 'partsInDoubt' | 'stage' | 'role'>,
): string {
  const words = [charge.stage, charge.role]
    .filter((x) => x !== undefined)
    .map(
      (x) =>
        `${x.kind}${x.qualifier ? ` with Art. ${x.qualifier.article}${x.qualifier.part !== undefined ? `(${x.qualifier.part})` : ''}` : ''}`,
    );
  return [chargeArticleText(charge), ...words].join(', ');
}
