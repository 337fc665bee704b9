import { z } from 'zod';
import { addDays, addMonths, daysBetween, makeDay, type Day } from './day.ts';
import { SCHEMA_MESSAGES } from '../common/schema-messages.ts';

/** A term in calendar units, as laws and sentences state it ("2 months", "10 years", "40 days"). */
export const DurationSchema = z
  .object({
    years: z.number().int().nonnegative().optional(),
    months: z.number().int().nonnegative().optional(),
    days: z.number().int().nonnegative().optional(),
    hours: z.number().int().nonnegative().optional(),
  })
  .strict()
  .refine(
    (d) => d.years !== undefined || d.months !== undefined || d.days !== undefined || d.hours !== undefined,
    {
      message: SCHEMA_MESSAGES.durationUnit,
    },
  );
export type Duration = z.infer<typeof DurationSchema>;

/** A closed range of whole numbers: what a partial date lets us say for sure (at least / at most). */
export interface Range {
  min: number;
  max: number;
}

/** The whole months of a term, its years counted as twelve (its days and hours aside). */
export const durationMonths = (d: Readonly<{ years?: number; months?: number }>): number =>
  (d.years ?? 0) * 12 + (d.months ?? 0);

/** The day a term starting on `start` ends (exclusive), in calendar arithmetic. */
export function addDuration(start: Day, d: Duration): Day {
  return addDays(addMonths(start, durationMonths(d)), d.days ?? 0);
}

/** Days a term covers when it starts on a given day. */
export function durationDays(start: Day, d: Duration): number {
  return daysBetween(start, addDuration(start, d));
}

const rangeCache = new Map<number, Range>();

/** The fewest and most days a number of calendar months can span, whatever month and year it starts in. */
function monthSpan(months: number): Range {
  const cached = rangeCache.get(months);
  if (cached) return cached;
  let min = Infinity;
  let max = -Infinity;
  for (const year of [2023, 2024]) {
    for (let month = 1; month <= 12; month++) {
      for (const day of [1, 28, 29, 30, 31]) {
        const start = makeDay(year, month, Math.min(day, 28));
        const n = daysBetween(start, addMonths(start, months));
        min = Math.min(min, n);
        max = Math.max(max, n);
      }
    }
  }
  const range = { min, max };
  rangeCache.set(months, range);
  return range;
}

/** Days a duration may cover when its start is unknown: a range, never a guess. */
export function durationDayRange(d: Duration): Range {
  const months = durationMonths(d);
  const span = months > 0 ? monthSpan(months) : { min: 0, max: 0 };
  return { min: span.min + (d.days ?? 0), max: span.max + (d.days ?? 0) };
}

/** Renders a duration for people: "8 months", "1 year 6 months". */
export function formatDuration(d: Duration): string {
  const parts: string[] = [];
  const unit = (n: number | undefined, one: string) => {
    if (n !== undefined && n > 0) parts.push(`${n} ${one}${n === 1 ? '' : 's'}`);
  };
  unit(d.years, 'year');
  unit(d.months, 'month');
  unit(d.days, 'day');
  unit(d.hours, 'hour');
  return parts.length > 0 ? parts.join(' ') : '0 days';
}
