import { addDays, daysBetween, type Day, type Range } from '../dates/index.ts';
import { formatArticleRef, type LegalKnowledge } from '../law/legal-knowledge.ts';
import { shortTermHours, type MeasureLimit, type ShortTerm } from '../law/law.ts';
import { exceeds, formatRange, type Tri } from './fact-dates.ts';
import type { FactWarning } from './warnings.ts';
import { narrowByChains } from './measure-chains.ts';
import type { DeprivationDays, MeasureFact } from './measures.ts';

/** A measure set against the limit its kind has in law (a suspect's 72 hours, an arrest's 30 or 45 days). */
export interface DetentionLimitFact {
  measure: string;
  kind: string;
  title: string;
  /** 'hours' for a limit in hours (then `length` is in hours), else 'days'. */
  unit: 'hours' | 'days';
  length: Range;
  /** How the length was counted: from recorded times, or from days alone. */
  countedFrom: 'times' | 'days';
  /** The limit of the measure's kind in law, when it has one. */
  limit?: KindLimitFact;
  /** The article it was imposed under and the most that article allows, when recorded. */
  article?: ArticleLimitFact;
  notes: string[];
}

/** The law's limit on a kind of measure, and whether this measure went past it. */
export interface KindLimitFact {
  /** 'CPC Art. 128' */
  basis: string;
  max: string;
  exceedsMax: Tri;
  ordinary?: string;
  exceedsOrdinary?: Tri;
  /** When the law allows more than the ordinary limit (the text of the law). */
  ordinaryConditions?: string[];
}

/** An arrest set against the longest deprivation of liberty its article allows. */
export interface ArticleLimitFact {
  label: string;
  isKnown: boolean;
  maxDays?: number;
  exceedsMax: Tri;
}

const MINUTES_PER_DAY = 24 * 60;

function minutesOf(time: string | undefined, fallback: number): number {
  if (time === undefined) return fallback;
  const [h, m] = time.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
}

/** Minutes from day `from` at `fromMinute` to day `to` at `toMinute`. */
function minutesBetween(from: Day, fromMinute: number, to: Day, toMinute: number): number {
  return daysBetween(from, to) * MINUTES_PER_DAY + toMinute - fromMinute;
}

/**
 * Minutes under a measure, as a range: from its start to its end, or to the end of the as-of day while it runs.
 * A step without a time may fall at any time of its day: from its first minute to its last.
 */
function minutesUnder(m: MeasureFact, asOf: Day): { range: Range; isTimed: boolean } {
  const start = m.start;
  const cap = addDays(asOf, 1);
  const end = m.end && m.end.happened !== 'no' ? m.end : undefined;
  const endTime = end?.time;
  const endEarliest = end && end.earliest < cap ? end.earliest : cap;
  const endLatest = end && end.latest < cap ? end.latest : cap;
  const isCapped = !end || end.latest >= cap;
  const endEarliestMinute = end && end.earliest < cap ? minutesOf(endTime, 0) : 0;
  const endLatestMinute = end && end.latest < cap ? minutesOf(endTime, MINUTES_PER_DAY) : 0;
  const min = minutesBetween(
    start.latest,
    minutesOf(start.time, MINUTES_PER_DAY),
    endEarliest,
    endEarliestMinute,
  );
  const max = minutesBetween(start.earliest, minutesOf(start.time, 0), endLatest, endLatestMinute);
  return {
    range: { min: Math.max(0, min), max: Math.max(0, max) },
    isTimed:
      start.time !== undefined && start.isExact && (isCapped || (endTime !== undefined && !!end?.isExact)),
  };
}

function termText(t: ShortTerm): string {
  return `${t.value} ${t.value === 1 ? t.unit.replace(/s$/, '') : t.unit}`;
}

function basisText(limit: MeasureLimit): string {
  return `${limit.basis.code.toUpperCase()}${limit.basis.article ? ` Art. ${limit.basis.article}` : ''}`;
}

/** Whether a length exceeds a limit, both in the limit's unit (minutes compared for a limit in hours). */
function exceedsTerm(length: Range, term: ShortTerm, inMinutes: boolean): Tri {
  const limit = inMinutes ? shortTermHours(term) * 60 : term.unit === 'days' ? term.value : term.value / 24;
  return exceeds(length, { min: limit, max: limit });
}

/** The longest deprivation of liberty (in days) the article allows on the day the measure began. */
function articleLimit(
  m: MeasureFact,
  law: LegalKnowledge,
  jurisdiction: string,
): ArticleLimitFact | undefined {
  if (!m.article) return undefined;
  const label = formatArticleRef(m.article);
  const version = law.articleVersion(m.article, m.start.earliest);
  if (!version) return { label, isKnown: false, exceedsMax: 'possibly' };
  const types = law.jurisdictions().includes(jurisdiction) ? law.sentenceTypes(jurisdiction) : [];
  const days = version.penalties
    .filter((p) => types.find((t) => t.key === p.type)?.deprivesLiberty === true && p.max?.unit === 'days')
    .map((p) => p.max?.value ?? 0);
  if (days.length === 0)
    return { label, isKnown: true, maxDays: 0, exceedsMax: m.days.max > 0 ? 'yes' : 'no' };
  const maxDays = Math.max(...days);
  return { label, isKnown: true, maxDays, exceedsMax: exceeds(m.days, { min: maxDays, max: maxDays }) };
}

function kindLimit(limit: MeasureLimit, length: Range, inMinutes: boolean): KindLimitFact {
  return {
    basis: basisText(limit),
    max: termText(limit.max),
    exceedsMax: exceedsTerm(length, limit.max, inMinutes),
    ...(limit.ordinary
      ? {
          ordinary: termText(limit.ordinary),
          exceedsOrdinary: exceedsTerm(length, limit.ordinary, inMinutes),
          ordinaryConditions: limit.ordinaryConditions ?? [],
        }
      : {}),
  };
}

/**
 * Each measure whose kind has a limit in law, or that cites an article, set against it. A limit in hours is
 * checked in minutes from the recorded times; where a step has no time it may fall at any minute of its day.
 */
export function detentionLimitFacts(
  measures: readonly MeasureFact[],
  law: LegalKnowledge,
  jurisdiction: string,
  asOf: Day,
): DetentionLimitFact[] {
  const out: DetentionLimitFact[] = [];
  for (const m of measures) {
    const limit = law.measure(jurisdiction, m.kind)?.limit;
    const article = articleLimit(m, law, jurisdiction);
    if (!limit && !article) continue;
    const inHours = limit?.max.unit === 'hours';
    const minutes = inHours ? minutesUnder(m, asOf) : undefined;
    const length = minutes ? minutes.range : m.days;
    const notes: string[] = [];
    if (minutes && !minutes.isTimed)
      notes.push('the record gives no time of day for each step: the hours span every time those days allow');
    if (limit?.note) notes.push(limit.note);
    out.push({
      measure: m.id,
      kind: m.kind,
      title: m.title,
      unit: inHours ? 'hours' : 'days',
      length: minutes ? { min: Math.floor(length.min / 60), max: Math.ceil(length.max / 60) } : length,
      countedFrom: minutes?.isTimed === true ? 'times' : 'days',
      ...(limit ? { limit: kindLimit(limit, length, inHours) } : {}),
      ...(article ? { article } : {}),
      notes,
    });
  }
  return out;
}

/** A measure beyond its legal limit, or beyond what its article allows, as a warning: a red flag to check. */
export function detentionWarnings(facts: readonly DetentionLimitFact[]): FactWarning[] {
  const out: FactWarning[] = [];
  for (const f of facts) {
    const length = `${formatRange(f.length, f.unit)}${f.countedFrom === 'days' && f.unit === 'hours' ? ' (from dates without times)' : ''}`;
    const l = f.limit;
    if (l && l.exceedsMax !== 'no')
      out.push({
        code: 'measure.over_limit',
        record: f.measure,
        message: `${f.title} ${l.exceedsMax === 'yes' ? 'lasted' : 'may have lasted'} ${length}, beyond the legal maximum of ${l.max} (${l.basis})`,
      });
    const a = f.article;
    if (a && !a.isKnown)
      out.push({
        code: 'law.unknown_article',
        record: f.measure,
        message: `${f.title} cites ${a.label}, which is not in the law data: its limit is not checked`,
      });
    else if (a && a.exceedsMax !== 'no')
      out.push({
        code: 'measure.over_limit',
        record: f.measure,
        message: `${f.title} ${a.exceedsMax === 'yes' ? 'lasted' : 'may have lasted'} longer than the ${a.maxDays ?? 0} days ${a.label} allows`,
      });
  }
  return out;
}

/** Each kind of deprivation's days, narrowed by the chains within it (custody after a suspect's detention). */
export function deprivationDays(
  sums: DeprivationDays,
  measures: readonly MeasureFact[],
  asOf: Day,
): DeprivationDays {
  const of = (d: MeasureFact['deprivation']) => measures.filter((m) => m.deprivation === d);
  return {
    detention: narrowByChains(sums.detention, of('detention'), asOf),
    houseArrest: narrowByChains(sums.houseArrest, of('house_arrest'), asOf),
    administrativeArrest: narrowByChains(sums.administrativeArrest, of('administrative_arrest'), asOf),
  };
}
