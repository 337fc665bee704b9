import {
  addDays,
  dayBounds,
  daysBetween,
  isExactDay,
  type Day,
  type PartialDate,
  type Range,
} from '../dates/index.ts';

/** A three-valued answer: partial dates often leave a question open, and the facts say so. */
export type Tri = 'yes' | 'no' | 'possibly';

/** A partial date with the first and last day it can mean; every date in the facts is shown this way. */
export interface DatedBounds {
  date: PartialDate;
  earliest: Day;
  latest: Day;
  isExact: boolean;
}

/** The day bounds of a partial date, kept beside the date as written. */
export function datedBounds(date: PartialDate): DatedBounds {
  const b = dayBounds(date);
  return { date, earliest: b.earliest, latest: b.latest, isExact: isExactDay(date) };
}

/** Whether something dated has happened by the end of the as-of day: 'possibly' when its bounds straddle it. */
export function happenedBy(b: DatedBounds, asOf: Day): Tri {
  if (b.latest <= asOf) return 'yes';
  return b.earliest <= asOf ? 'possibly' : 'no';
}

/** True when a date can be on or before the as-of day: only such steps count in "the case as of a date". */
export function canHaveHappened(b: DatedBounds, asOf: Day): boolean {
  return b.earliest <= asOf;
}

/** The range of whole days from a start to an end (end exclusive), each known only within bounds. */
export function daysFromTo(start: DatedBounds, end: { earliest: Day; latest: Day }): Range {
  return {
    min: Math.max(0, daysBetween(start.latest, end.earliest)),
    max: Math.max(0, daysBetween(start.earliest, end.latest)),
  };
}

/** Days of a period up to the as-of day (which counts), open when no end has happened by then. */
export function periodDays(start: DatedBounds, end: DatedBounds | undefined, asOf: Day): Range {
  const cap = addDays(asOf, 1);
  const earliest = end && end.earliest < cap ? end.earliest : cap;
  const latest = end && end.latest < cap ? end.latest : cap;
  return daysFromTo(start, { earliest, latest });
}

/** The gap from one dated step to a later one: at least latest→earliest, at most earliest→latest. */
export function gapDays(from: DatedBounds, to: DatedBounds): Range {
  return daysFromTo(from, to);
}

/**
 * Items in the order they were listed, but for one dated certainly before an earlier-listed one, which moves
 * ahead of it. A vague date ('2022') never jumps ahead of a precise one it may follow ('2022-03-15').
 */
export function orderByDate<T>(
  items: readonly T[],
  bounds: (item: T) => { earliest: Day; latest: Day },
): T[] {
  const out: { item: T; b: { earliest: Day; latest: Day } }[] = [];
  for (const item of items) {
    const b = bounds(item);
    let at = out.length;
    while (at > 0 && b.latest < (out[at - 1] as { b: { earliest: Day } }).b.earliest) at--;
    out.splice(at, 0, { item, b });
  }
  return out.map((x) => x.item);
}

/** The sum of two ranges. */
export function addRanges(a: Range, b: Range): Range {
  return { min: a.min + b.min, max: a.max + b.max };
}

/** A range scaled by a ratio, rounded down (a part day of credit is not counted). */
export function scaleRange(r: Range, ratio: number): Range {
  return { min: Math.floor(r.min * ratio + 1e-9), max: Math.floor(r.max * ratio + 1e-9) };
}

/** The overlap of two ranges, or undefined when they do not overlap (the sources contradict each other). */
export function intersectRanges(a: Range, b: Range): Range | undefined {
  const min = Math.max(a.min, b.min);
  const max = Math.min(a.max, b.max);
  return min <= max ? { min, max } : undefined;
}

/** Whether a quantity known within `value` exceeds a limit known within `limit`. */
export function exceeds(value: Range, limit: Range): Tri {
  if (value.min > limit.max) return 'yes';
  return value.max <= limit.min ? 'no' : 'possibly';
}

/** Both answers together: no if either is no, yes if both are yes. */
export function triAnd(a: Tri, b: Tri): Tri {
  if (a === 'no' || b === 'no') return 'no';
  return a === 'yes' && b === 'yes' ? 'yes' : 'possibly';
}

/** Either answer: yes if either is yes, no if both are no. */
export function triOr(a: Tri, b: Tri): Tri {
  if (a === 'yes' || b === 'yes') return 'yes';
  return a === 'no' && b === 'no' ? 'no' : 'possibly';
}

/** A range for people: "243 days" when exact, else "at least 243, at most 274 days". */
export function formatRange(r: Range, unit = 'days'): string {
  return r.min === r.max ? `${r.min} ${unit}` : `at least ${r.min}, at most ${r.max} ${unit}`;
}

/** A date with its bounds for people: "2022-11 (2022-11-01 … 2022-11-30)" or just the day. */
export function formatBounds(b: DatedBounds): string {
  return b.earliest === b.latest && b.date === b.earliest
    ? b.date
    : `${b.date} (${b.earliest} … ${b.latest})`;
}
