import { z } from 'zod';
import { addDays, addMonths, daysInMonth, digitsAt, isYearInRange, makeDay, type Day } from './day.ts';
import { SCHEMA_MESSAGES } from '../common/schema-messages.ts';

/**
 * A date as precise as the source allows, in a subset of ISO 8601-2 / EDTF:
 * '2022' (year), '2023-21' (season: 21 spring … 24 winter), '2022-11' (month), '2022-11-07' (day),
 * each optionally followed by '~' (approximate), '?' (uncertain) or '%' (both); or "one day between two dates"
 * as '[2022-09..2023-02-05]' (EDTF's one-of-a-set), for what a source bounds but does not date. A day is never invented.
 */
export type PartialDate = string;

export type Precision = 'year' | 'season' | 'month' | 'day';

/** The parts of a partial date, as written. */
export interface ParsedPartialDate {
  year: number;
  month?: number;
  day?: number;
  season?: 21 | 22 | 23 | 24;
  precision: Precision;
  isApproximate: boolean;
  isUncertain: boolean;
}

/** The earliest and latest calendar day a partial date can mean. */
export interface DayBounds {
  earliest: Day;
  latest: Day;
}

// Seasons in months (northern hemisphere; winter runs into the next year).
const SEASON_MONTHS: Record<21 | 22 | 23 | 24, [number, number]> = {
  21: [3, 5],
  22: [6, 8],
  23: [9, 11],
  24: [12, 14],
};

/**
 * Reads a partial date, or returns undefined when it is not one: 'YYYY', 'YYYY-NN' or 'YYYY-MM-DD' in ASCII digits,
 * optionally ending in ~, ? or %. Read character by character, without a regex: it runs for every date of an import.
 */
export function parsePartialDate(value: string): ParsedPartialDate | undefined {
  let n = value.length;
  const qualifier = value.charCodeAt(n - 1);
  if (qualifier === 126 || qualifier === 63 || qualifier === 37) n--; // ~ ? %
  if (n !== 4 && n !== 7 && n !== 10) return undefined;
  const year = digitsAt(value, 0, 4);
  if (!isYearInRange(year)) return undefined;
  const isApproximate = qualifier === 126 || qualifier === 37;
  const isUncertain = qualifier === 63 || qualifier === 37;
  if (n === 4) return { year, precision: 'year', isApproximate, isUncertain };
  if (value.charCodeAt(4) !== 45) return undefined;
  const second = digitsAt(value, 5, 7);
  if (n === 7 && second >= 21 && second <= 24) {
    return { year, season: second as 21 | 22 | 23 | 24, precision: 'season', isApproximate, isUncertain };
  }
  if (second < 1 || second > 12) return undefined;
  if (n === 7) return { year, month: second, precision: 'month', isApproximate, isUncertain };
  if (value.charCodeAt(7) !== 45) return undefined;
  const day = digitsAt(value, 8, 10);
  if (day < 1 || day > daysInMonth(year, second)) return undefined;
  return { year, month: second, day, precision: 'day', isApproximate, isUncertain };
}

const RANGE_RE = /^\[([^\][.]+)\.\.([^\][.]+)\]$/;

/** The two ends of a '[from..to]' date, or undefined when the value is not one. */
export function parseDateRange(value: string): { from: string; to: string } | undefined {
  const m = RANGE_RE.exec(value);
  if (!m?.[1] || !m[2] || !parsePartialDate(m[1]) || !parsePartialDate(m[2])) return undefined;
  return { from: m[1], to: m[2] };
}

/** True when the string is a valid partial date (or a '[from..to]' range whose ends are in order). */
export function isPartialDate(value: string): boolean {
  if (parsePartialDate(value) !== undefined) return true;
  const range = parseDateRange(value);
  return range !== undefined && dayBounds(range.from).earliest <= dayBounds(range.to).latest;
}

/** The schema for a partial date, with a message that shows the accepted forms. */
export const PartialDateSchema = z.string().max(64).refine(isPartialDate, {
  message: SCHEMA_MESSAGES.partialDate,
});

/** How far an approximate date may stray, by precision; a stated convention, documented in ARCHITECTURE.md. */
export const APPROXIMATION_MARGIN = {
  day: { days: 7 },
  month: { months: 1 },
  season: { months: 1 },
  year: { months: 12 },
} as const;

/**
 * The days a date names as written, without the margin an approximate one is counted with: "about November 2022"
 * names November. What lay before an event dated so is bounded by it as the source words it.
 */
export function namedBounds(value: PartialDate): DayBounds {
  const plain = value.replace(/[~?]$/, '');
  return plain !== value && isPartialDate(plain) ? dayBounds(plain) : dayBounds(value);
}

/** The earliest and latest days a partial date can mean; approximate dates are widened by their margin. */
export function dayBounds(value: PartialDate): DayBounds {
  const p = parsePartialDate(value);
  if (!p) {
    const range = parseDateRange(value);
    if (!range) throw new RangeError(`not a partial date: ${value}`);
    return { earliest: dayBounds(range.from).earliest, latest: dayBounds(range.to).latest };
  }
  let earliest: Day;
  let latest: Day;
  switch (p.precision) {
    case 'day':
      earliest = latest = makeDay(p.year, p.month ?? 1, p.day ?? 1);
      break;
    case 'month':
      earliest = makeDay(p.year, p.month ?? 1, 1);
      latest = makeDay(p.year, p.month ?? 1, daysInMonth(p.year, p.month ?? 1));
      break;
    case 'season': {
      const [from, to] = SEASON_MONTHS[p.season ?? 21];
      earliest = makeDay(p.year, from, 1);
      const endYear = p.year + Math.floor((to - 1) / 12);
      const endMonth = ((to - 1) % 12) + 1;
      latest = makeDay(endYear, endMonth, daysInMonth(endYear, endMonth));
      break;
    }
    case 'year':
      earliest = makeDay(p.year, 1, 1);
      latest = makeDay(p.year, 12, 31);
  }
  if (!p.isApproximate) return { earliest, latest };
  if (p.precision === 'day') return { earliest: addDays(earliest, -7), latest: addDays(latest, 7) };
  const months = APPROXIMATION_MARGIN[p.precision].months;
  const lastMonth = addMonths(`${latest.slice(0, 8)}01`, months);
  const [y, m] = [Number(lastMonth.slice(0, 4)), Number(lastMonth.slice(5, 7))];
  return { earliest: addMonths(earliest, -months), latest: makeDay(y, m, daysInMonth(y, m)) };
}

/** True when the date names one exact day (no approximation, no uncertainty). */
export function isExactDay(value: PartialDate): boolean {
  const p = parsePartialDate(value);
  return p !== undefined && p.precision === 'day' && !p.isApproximate && !p.isUncertain;
}

/** True when a certainly lies before b, whatever the days they stand for. */
export function isCertainlyBefore(a: PartialDate, b: PartialDate): boolean {
  return dayBounds(a).latest < dayBounds(b).earliest;
}

/** True when a cannot lie after b: the check for "an end before its start". */
export function canBeOnOrBefore(a: PartialDate, b: PartialDate): boolean {
  return dayBounds(a).earliest <= dayBounds(b).latest;
}

/** Orders partial dates by their earliest day, then their latest (for timelines). */
export function comparePartialDates(a: PartialDate, b: PartialDate): number {
  const x = dayBounds(a);
  const y = dayBounds(b);
  return x.earliest < y.earliest
    ? -1
    : x.earliest > y.earliest
      ? 1
      : x.latest < y.latest
        ? -1
        : x.latest > y.latest
          ? 1
          : 0;
}
