import { dayBounds, isPartialDate } from '../../../../../src/core/dates/partial-date.ts';

// The order a case's records are read in, the same in its tables and its timeline: the first that began first.
// A date is placed by the earliest day it may lie on (a charge dated only "2022" before one of November 2022);
// records alike in that keep the order they are listed in, after any rule given for them.

const NEVER = '9999-12-31';
const earliestOf = (date: string | undefined) =>
  date !== undefined && isPartialDate(date) ? dayBounds(date).earliest : NEVER;

function byEarliest<T>(
  records: readonly T[],
  dateOf: (r: T) => string | undefined,
  tie?: (a: T, b: T) => number,
): T[] {
  return records
    .map((r) => ({ r, day: earliestOf(dateOf(r)) }))
    .sort((a, b) => a.day.localeCompare(b.day) || (tie?.(a.r, b.r) ?? 0))
    .map(({ r }) => r);
}

/**
 * Charges in the order they were brought, those alike by their article's number: a charge brought in a range of
 * 2022 is listed before its reclassification of November 2022, and both before the one brought again in 2023.
 */
export function byBrought<
  T extends { lifecycle: { date: string }[]; article: { article: string; part?: string } },
>(charges: readonly T[]): T[] {
  const number = (c: T) => `${c.article.article}(${c.article.part ?? ''})`;
  return byEarliest(
    charges,
    (c) => c.lifecycle[0]?.date,
    (a, b) => number(a).localeCompare(number(b), 'en', { numeric: true }),
  );
}

/** Measures in the order they were ordered: custody before the house arrest that replaced it. */
export function byOrdered<T extends { steps: { kind: string; date: string }[] }>(
  measures: readonly T[],
): T[] {
  return byEarliest(measures, (m) => (m.steps.find((s) => s.kind === 'ordered') ?? m.steps[0])?.date);
}

/** Hearings by their day, the first first. */
export function byDay<T extends { date: string }>(hearings: readonly T[]): T[] {
  return byEarliest(hearings, (h) => h.date);
}
