import { scaleUtc, type ScaleTime } from 'd3-scale';
import { addDays, maxDay, minDay, type Day } from '../../../src/core/dates/day.ts';
import {
  dayBounds,
  parseDateRange,
  parsePartialDate,
  type Precision,
} from '../../../src/core/dates/partial-date.ts';

/** What a recorded date stands for: the days it may be, and how it was written (never a day it does not name). */
export interface DateSpan {
  earliest: Day;
  latest: Day;
  /** True for one exact day: drawn as a point; anything else is drawn as the span it is. */
  isExactDay: boolean;
  precision: Precision | 'range';
  isApproximate: boolean;
  isUncertain: boolean;
}

/** Reads a partial date (day, month, season, year, approximate, uncertain, or a '[from..to]' range) as a span. */
export function dateSpan(value: string): DateSpan {
  const { earliest, latest } = dayBounds(value);
  const parsed = parsePartialDate(value);
  if (!parsed) {
    const range = parseDateRange(value);
    const ends = range ? [parsePartialDate(range.from), parsePartialDate(range.to)] : [];
    return {
      earliest,
      latest,
      isExactDay: false,
      precision: 'range',
      isApproximate: ends.some((e) => e?.isApproximate === true),
      isUncertain: ends.some((e) => e?.isUncertain === true),
    };
  }
  return {
    earliest,
    latest,
    isExactDay: parsed.precision === 'day' && !parsed.isApproximate && !parsed.isUncertain,
    precision: parsed.precision,
    isApproximate: parsed.isApproximate,
    isUncertain: parsed.isUncertain,
  };
}

/** A scale from calendar days to x; a day occupies [x(day), x(next day)). */
export type DayScale = ScaleTime<number, number>;

const instant = (day: Day) => new Date(`${day}T00:00:00Z`);

/** The scale of a timeline: from the first day any span may be to the day after the last, over [left, right]. */
export function dayScale(
  spans: readonly DateSpan[],
  extra: readonly Day[],
  left: number,
  right: number,
): DayScale {
  const days = [...spans.flatMap((s) => [s.earliest, s.latest]), ...extra];
  const first = days.reduce(minDay, days[0] ?? '2000-01-01');
  const last = days.reduce(maxDay, days[0] ?? '2000-01-01');
  // A month either side, so that marks at the ends are not cut in half.
  return scaleUtc()
    .domain([instant(addDays(first, -31)), instant(addDays(last, 32))])
    .range([left, right]);
}

/** Where a day starts on the scale. */
export const dayX = (scale: DayScale, day: Day) => scale(instant(day));

/** A piece of a drawn interval: certain (solid), or a stretch where its start or end may lie (soft). */
export interface Segment {
  x0: number;
  x1: number;
  kind: 'solid' | 'soft-start' | 'soft-end' | 'soft' | 'unconfirmed';
}

/** The geometry of a dated mark (a hearing, an event's day): a point for an exact day, else the span it may be. */
export function markGeometry(scale: DayScale, span: DateSpan): { x0: number; x1: number; isPoint: boolean } {
  return {
    x0: dayX(scale, span.earliest),
    x1: dayX(scale, addDays(span.latest, 1)),
    isPoint: span.isExactDay,
  };
}

/**
 * The geometry of an interval (a measure, a charge while it is live): soft where its start or end may lie, solid
 * only where it certainly ran, and — when still open — drawn to the "as of" day, past the record's horizon as
 * unconfirmed. The end day is not part of it (the day of the step that ends it belongs to what follows).
 */
export function intervalGeometry(
  scale: DayScale,
  start: DateSpan,
  end: DateSpan | undefined,
  openUntil: Day,
  horizon?: Day,
): Segment[] {
  const x = (day: Day) => dayX(scale, day);
  const certainFrom = start.isExactDay ? start.earliest : addDays(start.latest, 1);
  const segments: Segment[] = [];
  if (end !== undefined) {
    if (!start.isExactDay) segments.push({ x0: x(start.earliest), x1: x(certainFrom), kind: 'soft-start' });
    if (end.earliest < certainFrom) {
      // Start and end overlap in time: no day certainly inside it, all of it soft.
      return [{ x0: x(start.earliest), x1: Math.max(x(end.latest), x(start.earliest)), kind: 'soft' }];
    }
    segments.push({ x0: x(certainFrom), x1: x(end.earliest), kind: 'solid' });
    if (!end.isExactDay) segments.push({ x0: x(end.earliest), x1: x(end.latest), kind: 'soft-end' });
    return segments.filter((s) => s.x1 > s.x0 || s.kind === 'solid');
  }
  // Still open: nothing is drawn past the "as of" day, not even where its start may lie.
  const until = addDays(openUntil, 1);
  if (start.earliest >= until) return [];
  if (!start.isExactDay)
    segments.push({ x0: x(start.earliest), x1: x(minDay(certainFrom, until)), kind: 'soft-start' });
  const confirmedTo =
    horizon !== undefined && horizon < openUntil ? maxDay(addDays(horizon, 1), certainFrom) : until;
  if (confirmedTo > certainFrom) segments.push({ x0: x(certainFrom), x1: x(confirmedTo), kind: 'solid' });
  if (confirmedTo < until) segments.push({ x0: x(confirmedTo), x1: x(until), kind: 'unconfirmed' });
  return segments;
}

/** The middle of a span on the scale: where a link to or from it is drawn. */
export function spanMiddle(scale: DayScale, span: DateSpan): number {
  return (dayX(scale, span.earliest) + dayX(scale, addDays(span.latest, 1))) / 2;
}

/** An S-shaped link from one row to another, for the lineage of charges. */
export function linkPath(x0: number, y0: number, x1: number, y1: number): string {
  const bend = Math.max(12, Math.abs(x1 - x0) / 2);
  const r = (n: number) => Math.round(n * 10) / 10;
  return `M${r(x0)},${r(y0)} C${r(x0 + bend)},${r(y0)} ${r(x1 - bend)},${r(y1)} ${r(x1)},${r(y1)}`;
}
