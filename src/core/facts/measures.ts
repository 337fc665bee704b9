import { durationDayRange, formatDuration, type Day, type Duration, type Range } from '../dates/index.ts';
import type { LegalKnowledge } from '../law/legal-knowledge.ts';
import { deprivationOf, type ArticleRef, type Deprivation } from '../law/law.ts';
import type { Measure, MeasureStep } from '../measure/measure.ts';
import type { Unconfirmed } from './horizon.ts';
import {
  addRanges,
  canHaveHappened,
  datedBounds,
  happenedBy,
  orderByDate,
  intersectRanges,
  periodDays,
  type DatedBounds,
  type Tri,
} from './fact-dates.ts';

/** One step of a measure with its bounds and whether it has happened as of the date. */
export interface MeasureStepFact extends DatedBounds {
  kind: MeasureStep['kind'];
  /** The local time of the step, when the record gives it. */
  time?: string;
  happened: Tri;
  plannedEnd?: DatedBounds;
  term?: Duration;
}

/** What a source says about a measure's length without dates, and the days that allows. */
export interface ReportedDurationFact {
  text?: string;
  atLeast?: string;
  atMost?: string;
  /** The upper bound as a term, to set against terms of law from the measure's own start. */
  atMostTerm?: Duration;
  days: Range;
  /**
   * 'both' when the measure has ended, or with no end recorded would by now have outrun the most the source allows
   * (both bounds narrow the days); 'upper' while it may still run.
   */
  applied: 'both' | 'upper' | 'contradicts';
}

/** A measure as of a date: its period, whether it is in effect, and the days spent under it so far. */
export interface MeasureFact {
  id: string;
  person: string;
  kind: string;
  title: string;
  isKnownKind: boolean;
  deprivesLiberty: boolean;
  isCustodial: boolean;
  /** How its days count (detention, house arrest, administrative arrest); undefined when it deprives of nothing. */
  deprivation?: Deprivation;
  /** The article it was imposed under (an administrative arrest), as recorded. */
  article?: ArticleRef;
  severity: number;
  start: MeasureStepFact;
  /**
   * The step that ended it, or the entry into force of a sentence, which ends every measure still running, or a
   * recorded release, which ends custody and house arrest begun before it.
   */
  end?: Omit<MeasureStepFact, 'kind'> & { kind: 'changed' | 'ended' | 'superseded' | 'released' };
  predecessor?: string;
  successor?: string;
  inEffect: Tri;
  /** Days under the measure up to the date (the as-of day counts), narrowed by a reported duration. */
  days: Range;
  /** Days from the step dates alone. */
  daysFromDates: Range;
  reportedDuration?: ReportedDurationFact;
  steps: MeasureStepFact[];
  /** Set past the record's horizon on a measure still open then: known until that day, not confirmed since. */
  unconfirmed?: Unconfirmed;
  /** What its period rests on when that is assumed, not recorded (it ends when a verdict takes effect). */
  assumption?: string;
}

/** Days spent under one kind of measure, summed over its periods. */
export interface MeasureKindTotal {
  kind: string;
  title: string;
  deprivesLiberty: boolean;
  days: Range;
}

function stepFact(s: MeasureStep, asOf: Day): MeasureStepFact {
  const b = datedBounds(s.date);
  return {
    kind: s.kind,
    ...b,
    ...(s.time !== undefined ? { time: s.time } : {}),
    happened: happenedBy(b, asOf),
    ...(s.plannedEnd ? { plannedEnd: datedBounds(s.plannedEnd) } : {}),
    ...(s.term ? { term: s.term } : {}),
  };
}

/**
 * The measure as of the date; undefined when it cannot yet have been ordered. `supersededOn` is the entry into
 * force of a sentence: a measure still running then ends on that day (the day itself is the sentence's).
 */
export function measureFact(
  measure: Measure,
  jurisdiction: string,
  law: LegalKnowledge,
  asOf: Day,
  all: readonly Measure[] = [],
  supersededOn?: DatedBounds & { by?: 'sentence' | 'release' },
): MeasureFact | undefined {
  const steps = orderByDate(measure.steps, (s) => datedBounds(s.date)).map((s) => stepFact(s, asOf));
  const first = steps.find((s) => s.kind === 'ordered') ?? steps[0];
  if (!first || first.happened === 'no') return undefined;
  const endStep = steps.find((s) => (s.kind === 'changed' || s.kind === 'ended') && s.happened !== 'no');
  let end: MeasureFact['end'] = endStep
    ? { ...endStep, kind: endStep.kind as 'changed' | 'ended' }
    : undefined;
  if (supersededOn && canHaveHappened(supersededOn, asOf)) {
    if (!end || end.earliest > supersededOn.latest)
      end = {
        ...supersededOn,
        kind: supersededOn.by === 'release' ? 'released' : 'superseded',
        happened: happenedBy(supersededOn, asOf),
      };
    else if (end.latest > supersededOn.latest) {
      // An end known roughly ('2023-06') still comes no later than the sentence that ends every measure.
      const bounded = { ...end, latest: supersededOn.latest };
      end = { ...bounded, happened: happenedBy(bounded, asOf) };
    }
  }
  // A measure cannot start after it ended: an end known better than the start bounds the start.
  const start =
    end && end.latest < first.latest
      ? { ...first, latest: end.latest, happened: happenedBy({ ...first, latest: end.latest }, asOf) }
      : first;
  const successor =
    end?.kind === 'changed' ? measure.steps.find((s) => s.kind === 'changed')?.successor : undefined;
  const predecessor = all.find((m) =>
    m.steps.some((s) => s.kind === 'changed' && s.successor === measure.id),
  )?.id;
  const kind = law.measure(jurisdiction, measure.kind);
  const deprivation = kind ? deprivationOf(kind) : undefined;
  const fromDates = periodDays(start, end, asOf);
  const reported = reportedDays(
    measure,
    fromDates,
    end === undefined ? 'no' : end.happened,
    periodDays({ ...start, earliest: start.latest }, undefined, asOf).min,
  );
  const inEffect: Tri = start.happened === 'yes' && (!end || end.happened === 'no') ? 'yes' : 'possibly';
  return {
    id: measure.id,
    person: measure.person,
    kind: measure.kind,
    title: kind?.titles.en ?? measure.kind,
    isKnownKind: kind !== undefined,
    deprivesLiberty: kind?.deprivesLiberty ?? false,
    isCustodial: kind?.isCustodial ?? false,
    ...(deprivation ? { deprivation } : {}),
    ...(measure.article ? { article: measure.article } : {}),
    severity: kind?.severity ?? 0,
    start,
    ...(end ? { end } : {}),
    ...(predecessor ? { predecessor } : {}),
    ...(successor ? { successor } : {}),
    inEffect: end?.happened === 'yes' ? 'no' : inEffect,
    days: reported?.narrowed ?? fromDates,
    daysFromDates: fromDates,
    ...(reported ? { reportedDuration: reported.fact } : {}),
    steps,
  };
}

/**
 * Narrows the days by what a source reports: its upper bound always holds; its lower bound holds once the
 * measure has certainly ended, or has outrun the upper bound with no end recorded. Before that, the time so far is at least the lesser of the reported minimum
 * (if it has ended) and the days since its latest possible start (if it still runs).
 */
function reportedDays(
  measure: Measure,
  fromDates: Range,
  ended: Tri,
  daysIfRunning: number,
): { fact: ReportedDurationFact; narrowed?: Range } | undefined {
  const r = measure.reportedDuration;
  if (!r || (!r.atLeast && !r.atMost)) return undefined;
  const days = {
    min: r.atLeast ? durationDayRange(r.atLeast).min : 0,
    max: r.atMost ? durationDayRange(r.atMost).max : Number.MAX_SAFE_INTEGER,
  };
  // A measure with no end recorded that would by now have run longer than the most the source allows has ended,
  // if the source is right: both bounds hold, and the days are not those of a measure running to the day asked.
  const hasOutrun = ended !== 'yes' && r.atMost !== undefined && fromDates.min > days.max;
  const isEnded = ended === 'yes' || hasOutrun;
  const bound = isEnded ? days : { min: Math.min(days.min, Math.max(0, daysIfRunning)), max: days.max };
  const narrowed = intersectRanges(hasOutrun ? { min: 0, max: fromDates.max } : fromDates, bound);
  const fact: ReportedDurationFact = {
    ...(r.text ? { text: r.text } : {}),
    ...(r.atLeast ? { atLeast: formatDuration(r.atLeast) } : {}),
    ...(r.atMost ? { atMost: formatDuration(r.atMost), atMostTerm: r.atMost } : {}),
    days: { min: days.min, max: r.atMost ? days.max : fromDates.max },
    applied: narrowed === undefined ? 'contradicts' : isEnded ? 'both' : 'upper',
  };
  return narrowed ? { fact, narrowed } : { fact };
}

/** The person's measures as of the date, in date order; those still running end when a sentence enters into force. */
export function personMeasures(
  measures: readonly Measure[],
  person: string,
  jurisdiction: string,
  law: LegalKnowledge,
  asOf: Day,
  supersededOn?: DatedBounds,
  releases: readonly DatedBounds[] = [],
): MeasureFact[] {
  return measures
    .filter((m) => m.person === person)
    .map((m) =>
      measureFact(
        m,
        jurisdiction,
        law,
        asOf,
        measures,
        endingBy(m, jurisdiction, law, supersededOn, releases),
      ),
    )
    .filter((m): m is MeasureFact => m !== undefined)
    .sort(
      (a, b) =>
        a.start.earliest.localeCompare(b.start.earliest) || a.start.latest.localeCompare(b.start.latest),
    );
}

/**
 * What ends a measure still running: the sentence's entry into force or, for a measure depriving of liberty, the
 * first release recorded after it began, whichever comes first.
 */
function endingBy(
  m: Measure,
  jurisdiction: string,
  law: LegalKnowledge,
  supersededOn: DatedBounds | undefined,
  releases: readonly DatedBounds[],
): (DatedBounds & { by?: 'sentence' | 'release' }) | undefined {
  const ordered = m.steps[0];
  const deprives = law.measure(jurisdiction, m.kind)?.deprivesLiberty === true;
  const began = ordered ? datedBounds(ordered.date) : undefined;
  const release = deprives && began ? releases.find((r) => r.earliest >= began.latest) : undefined;
  if (release && (!supersededOn || release.latest < supersededOn.earliest))
    return { ...release, by: 'release' };
  return supersededOn;
}

/**
 * Days deprived of liberty, apart by how they count: detained before any sentence (a suspect's detention,
 * custody, detention of a kind not stated), under house arrest, and under administrative arrest.
 */
export interface DeprivationDays {
  detention: Range;
  houseArrest: Range;
  administrativeArrest: Range;
}

const DEPRIVATION_FIELD = {
  detention: 'detention',
  house_arrest: 'houseArrest',
  administrative_arrest: 'administrativeArrest',
} as const satisfies Record<Deprivation, keyof DeprivationDays>;

/** Days per measure kind, and in all deprived of liberty (kinds whose law data says they deprive of liberty). */
export function measureTotals(facts: readonly MeasureFact[]): {
  byKind: MeasureKindTotal[];
  deprivedOfLiberty: Range;
  byDeprivation: DeprivationDays;
} {
  const byKind = new Map<string, MeasureKindTotal>();
  let deprived: Range = { min: 0, max: 0 };
  const byDeprivation: DeprivationDays = {
    detention: { min: 0, max: 0 },
    houseArrest: { min: 0, max: 0 },
    administrativeArrest: { min: 0, max: 0 },
  };
  for (const m of facts) {
    const t = byKind.get(m.kind) ?? {
      kind: m.kind,
      title: m.title,
      deprivesLiberty: m.deprivesLiberty,
      days: { min: 0, max: 0 },
    };
    t.days = addRanges(t.days, m.days);
    byKind.set(m.kind, t);
    if (m.deprivesLiberty) deprived = addRanges(deprived, m.days);
    if (m.deprivation) {
      const field = DEPRIVATION_FIELD[m.deprivation];
      byDeprivation[field] = addRanges(byDeprivation[field], m.days);
    }
  }
  return { byKind: [...byKind.values()], deprivedOfLiberty: deprived, byDeprivation };
}
