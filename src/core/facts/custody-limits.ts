import {
  addDays,
  daysBetween,
  durationDayRange,
  durationMonths,
  durationDays,
  type Day,
  type Duration,
  type Range,
} from '../dates/index.ts';
import { isTierOpen, type LegalKnowledge } from '../law/legal-knowledge.ts';
import type { CustodyTier, Term } from '../law/law.ts';
import type { ChargeHistory } from './charge-history.ts';
import {
  exceeds,
  intersectRanges,
  periodDays,
  triAnd,
  triOr,
  type DatedBounds,
  type Tri,
} from './fact-dates.ts';
import type { MeasureFact } from './measures.ts';
import { plannedEndOverrun } from './planned-end.ts';
import { custodyChains, gravestCharge, sentToCourt } from './custody-chains.ts';

/** One step of the custody ladder (the base term or an extension tier) and whether the term needed it. */
export interface CustodyTierFact {
  upTo: string;
  decidedBy?: string;
  agreedBy?: string;
  conditions: string[];
  isNeeded: Tri;
  /** The tier is closed to this case by the gravity of its charges (case features are not recorded). */
  isBarredByGravity: Tri;
}

/** A continuous stretch of pre-trial custody set against the limits of the law in force when it began. */
export interface CustodyLimitFact {
  measures: string[];
  start: DatedBounds;
  end?: DatedBounds;
  /** The custody is counted as pre-trial up to the day the case was sent to court. */
  sentToCourt?: DatedBounds;
  days: Range;
  lawDate: Day;
  basis: string;
  tiers: CustodyTierFact[];
  /** The highest tier the term certainly or possibly needs ('base' for the base term). */
  tierNeeded: string[];
  exceedsBaseTerm: Tri;
  exceedsAbsoluteMax: Tri;
  exceedsTierAllowedByGravity: Tri;
  gravity?: string;
  ranPastPlannedEnd: Tri;
  notes: string[];
}

function termDuration(t: Term): Duration {
  return { [t.unit]: t.value };
}

/** A term of law for people: '18 months'. */
export function formatTerm(t: Term): string {
  return `${t.value} ${t.value === 1 ? t.unit.replace(/s$/, '') : t.unit}`;
}

/** The days a term lasts from each day the custody may have begun on: months differ in length. */
function limitDays(term: Term, start: DatedBounds): Range {
  const d = termDuration(term);
  const span = daysBetween(start.earliest, start.latest);
  if (span > MAX_START_WINDOW) return durationDayRange(d);
  const range = { min: Number.MAX_SAFE_INTEGER, max: 0 };
  for (let i = 0, day = start.earliest; i <= span; i++, day = addDays(day, 1)) {
    const n = durationDays(day, d);
    range.min = Math.min(range.min, n);
    range.max = Math.max(range.max, n);
  }
  return range;
}

/** Start windows up to this many days are walked day by day; wider ones take the widest span of the term. */
const MAX_START_WINDOW = 400;

/** Whether a length is no longer than a term whatever day both are counted from. */
function isNoLongerThan(length: Duration, term: Duration): boolean {
  const isCalendar = (d: Duration) => d.days === undefined && d.hours === undefined;
  if (isCalendar(length) && isCalendar(term)) return durationMonths(length) <= durationMonths(term);
  return durationDayRange(length).max <= durationDayRange(term).min;
}

/**
 * Whether custody known within `days` exceeds a term from its start. A reported length ("just over eight
 * months", at most 9) no longer than the term rules it out, as both run from the same day.
 */
function exceedsTerm(days: Range, term: Term, start: DatedBounds, reportedAtMost?: Duration): Tri {
  if (reportedAtMost && isNoLongerThan(reportedAtMost, termDuration(term))) return 'no';
  return exceeds(days, limitDays(term, start));
}

/** Continuous pre-trial custody against Art. 151-style limits: tier needed, absolute maximum, gravity, overruns. */
export function custodyLimitFacts(
  measures: readonly MeasureFact[],
  charges: readonly ChargeHistory[],
  law: LegalKnowledge,
  jurisdiction: string,
  asOf: Day,
): CustodyLimitFact[] {
  const out: CustodyLimitFact[] = [];
  // Only measures of the procedure code that hold a person in custody; administrative detention is not one.
  const isPreTrialCustody = (m: MeasureFact) =>
    m.isCustodial && law.measure(jurisdiction, m.kind)?.isCodeMeasure === true;
  for (const chain of custodyChains(measures, isPreTrialCustody)) {
    const first = chain[0];
    const last = chain.at(-1);
    if (!first || !last) continue;
    // A suspect's detention alone has its own limit in hours (detention-limits.ts), not the custody terms.
    if (chain.every((m) => law.measure(jurisdiction, m.kind)?.limit !== undefined)) continue;
    const limits = law.custodyLimits(jurisdiction, first.start.earliest);
    if (!limits) continue;
    const notes: string[] = [];
    const sent = sentToCourt(charges, first.start, last.end);
    const cut = sent && (!last.end || sent.earliest < last.end.latest) ? sent : undefined;
    const end = cut ?? last.end;
    const summed = chain.reduce<Range>(
      (sum, m) => ({ min: sum.min + m.days.min, max: sum.max + m.days.max }),
      { min: 0, max: 0 },
    );
    const fromDates = periodDays(first.start, end, asOf);
    const days = intersectRanges(fromDates, cut ? { min: 0, max: summed.max } : summed) ?? fromDates;
    if (cut) notes.push('custody is counted as pre-trial up to the day the case was sent to court');
    if (limits.duringTrial) notes.push(`custody during trial: ${limits.duringTrial.note}`);
    const gravity = gravestCharge(charges, law, jurisdiction, first.start, last.end, first.start.earliest);
    const ladder: { upTo: Term; tier?: CustodyTier }[] = [
      { upTo: limits.baseTerm },
      ...limits.tiers.map((t) => ({ upTo: t.upTo, tier: t })),
    ];
    // A length a source reports for the custody holds when the chain is that one measure, unless the dates
    // contradict it: then the dates are kept, for the limits as for the days.
    const reported = chain.length === 1 ? first.reportedDuration : undefined;
    const reportedAtMost = reported?.applied !== 'contradicts' ? reported?.atMostTerm : undefined;
    const exceedsAt = (term: Term) => exceedsTerm(days, term, first.start, reportedAtMost);
    const exceeded = ladder.map(({ upTo }) => exceedsAt(upTo));
    let barred: Tri = 'no';
    const tiers: CustodyTierFact[] = ladder.map(({ upTo, tier }, i) => {
      const isNeeded: Tri = i === 0 ? 'yes' : (exceeded[i - 1] ?? 'no');
      const minRank =
        tier?.minGravity !== undefined
          ? law.gravity(jurisdiction, tier.minGravity, first.start.earliest)?.rank
          : undefined;
      const isOpen =
        !tier || isTierOpen(tier, minRank, gravity.rank !== undefined ? { gravityRank: gravity.rank } : {});
      const byGravity: Tri = isOpen
        ? 'no'
        : gravity.rank !== undefined && minRank !== undefined
          ? 'yes'
          : 'possibly';
      const isBarredByGravity = triAnd(byGravity, isNeeded);
      barred = triOr(barred, isBarredByGravity);
      const label = i === 0 ? `base term ${formatTerm(upTo)}` : formatTerm(upTo);
      return {
        upTo: label,
        ...(tier ? { decidedBy: tier.decidedBy } : {}),
        ...(tier?.agreedBy ? { agreedBy: tier.agreedBy } : {}),
        conditions: tier?.conditions ?? [],
        isNeeded,
        isBarredByGravity,
      };
    });
    const tierNeeded = tiers
      .filter((t, i) => t.isNeeded !== 'no' && exceeded[i] !== 'yes')
      .map((t) => t.upTo);
    if (exceeded.at(-1) !== 'no') tierNeeded.push('beyond the absolute maximum');
    if (barred !== 'no' && ladder.some((l) => (l.tier?.caseFeatures?.length ?? 0) > 0)) {
      notes.push(
        'the gravity of the charges does not open a tier the term needs; case features (group, terrorist, extremist) are not recorded and could still open it',
      );
    }
    const exceedsAbsoluteMax = exceedsAt(limits.absoluteMax);
    out.push({
      measures: chain.map((m) => m.id),
      start: first.start,
      ...(end ? { end } : {}),
      ...(cut ? { sentToCourt: cut } : {}),
      days,
      lawDate: first.start.earliest,
      basis: `${limits.basis.code.toUpperCase()}${limits.basis.article ? ` Art. ${limits.basis.article}` : ''}`,
      tiers,
      tierNeeded,
      exceedsBaseTerm: exceedsAt(limits.baseTerm),
      exceedsAbsoluteMax,
      exceedsTierAllowedByGravity: barred,
      ...(gravity.key ? { gravity: gravity.key } : {}),
      ranPastPlannedEnd: chain.reduce<Tri>((t, m) => triOr(t, plannedEndOverrun(m, asOf)), 'no'),
      notes,
    });
  }
  return out;
}
