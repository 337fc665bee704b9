import { z } from 'zod';
import { DomainError } from '../errors.ts';

/** A calendar day, 'YYYY-MM-DD': legal events are local calendar dates, not instants. */
export type Day = string;

const DAY_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/** The value of the ASCII digits of s from `from` to `to` (exclusive), or -1 when one of them is not a digit. */
export function digitsAt(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const d = s.charCodeAt(i) - 48;
    if (!(d >= 0 && d <= 9)) return -1; // NaN past the end, too
    n = n * 10 + d;
  }
  return n;
}

const DASH = 45;

/**
 * The years a date may fall in. Wide enough for any record of a prosecution and any term of law counted from
 * one, narrow enough that widening an approximate date or adding a life term never leaves the calendar.
 */
export const YEARS = { min: 1000, max: 2999 } as const;

/** True when a year is within `YEARS`. */
export function isYearInRange(year: number): boolean {
  return year >= YEARS.min && year <= YEARS.max;
}

/** True when the string is a real calendar day in ISO form ('YYYY-MM-DD'; the same set as DAY_RE plus a calendar check). */
export function isDay(value: string): boolean {
  if (value.length !== 10 || value.charCodeAt(4) !== DASH || value.charCodeAt(7) !== DASH) return false;
  const y = digitsAt(value, 0, 4);
  const mo = digitsAt(value, 5, 7);
  const d = digitsAt(value, 8, 10);
  return isYearInRange(y) && mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
}

/** A full calendar day; used where precision is required (an access date, an as-of date). */
export const DaySchema = z
  .string()
  .max(64)
  .refine(isDay, {
    message: `expected a calendar day YYYY-MM-DD (years ${YEARS.min}–${YEARS.max})`,
  });

/** Days in a month of a year (1-based month), leap years included. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Days since 1970-01-01 for a day; the unit all durations are counted in. */
export function dayNumber(day: Day): number {
  const m = DAY_RE.exec(day);
  if (!m) throw new RangeError(`not a day: ${day}`);
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / MS_PER_DAY;
}

/** The day for a day number. */
export function fromDayNumber(n: number): Day {
  return new Date(n * MS_PER_DAY).toISOString().slice(0, 10);
}

/** Builds a day from parts (1-based month). */
export function makeDay(year: number, month: number, day: number): Day {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Whole days from a to b (b exclusive): 2022-01-01 → 2022-01-03 is 2. */
export function daysBetween(a: Day, b: Day): number {
  return dayNumber(b) - dayNumber(a);
}

/** Adds days to a day. */
export function addDays(day: Day, days: number): Day {
  return fromDayNumber(dayNumber(day) + days);
}

/** Adds calendar months, clamping to the month's last day (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(day: Day, months: number): Day {
  const n = dayNumber(day);
  const d = new Date(n * MS_PER_DAY);
  const total = d.getUTCFullYear() * 12 + d.getUTCMonth() + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  return makeDay(year, month, Math.min(d.getUTCDate(), daysInMonth(year, month)));
}

/** The earlier of two days. */
export function minDay(a: Day, b: Day): Day {
  return a <= b ? a : b;
}

/** The later of two days. */
export function maxDay(a: Day, b: Day): Day {
  return a >= b ? a : b;
}

/** True when the name is a time zone the runtime knows ('Asia/Almaty'). */
export function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

/** The calendar day an instant falls on in a time zone: legal dates are local, and UTC's day may be yesterday's. */
export function localDay(instant: string, timeZone: string): Day {
  const parts = new Intl.DateTimeFormat('en', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(new Date(instant));
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/**
 * The "as of" day a caller gave, checked once for every edge (API query, CLI flag): undefined stays undefined
 * (today), anything but a calendar day is a 'validation.invalid' naming the field it came in.
 */
export function checkAsOf(value: string | undefined, field: string): Day | undefined {
  if (value === undefined || isDay(value)) return value;
  throw new DomainError('validation.invalid', `${field} must be a day YYYY-MM-DD, not "${value}"`, [
    {
      code: 'validation.invalid',
      message: `expected a day YYYY-MM-DD, years ${YEARS.min}–${YEARS.max}`,
      field,
    },
  ]);
}
