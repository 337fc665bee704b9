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

/** A charge's origins, one or several, as the record gives them. */
type Origins = { from: readonly string[] } | readonly { from: readonly string[] }[] | undefined;

/**
 * Charges in the order they were brought, those alike by their article's number, each followed by the charges that
 * took its place or were brought again after it (its lineage read down the table, as the timeline links it): a
 * charge brought in 2022, its reclassification of November 2022 and the one brought again in 2023 stand together,
 * before a charge brought later in 2022 on its own.
 */
export function byBrought<
  T extends {
    id: string;
    lifecycle: { date: string }[];
    article: { article: string; part?: string };
    origin?: Origins;
  },
>(charges: readonly T[]): T[] {
  const number = (c: T) => `${c.article.article}(${c.article.part ?? ''})`;
  const sorted = byEarliest(
    charges,
    (c) => c.lifecycle[0]?.date,
    (a, b) => number(a).localeCompare(number(b), 'en', { numeric: true }),
  );
  const fromOf = (c: T): readonly string[] => {
    const origins: readonly { from: readonly string[] }[] =
      c.origin === undefined ? [] : 'from' in c.origin ? [c.origin] : c.origin;
    return origins.flatMap((o) => o.from);
  };
  const ids = new Set(sorted.map((c) => c.id));
  const placed = new Set<string>();
  const out: T[] = [];
  const place = (c: T) => {
    if (placed.has(c.id)) return;
    placed.add(c.id);
    out.push(c);
    for (const next of sorted) if (fromOf(next).includes(c.id)) place(next);
  };
  // A charge none of whose origins is listed begins a lineage; the rest follow the charge they came from.
  for (const c of sorted) if (!fromOf(c).some((id) => ids.has(id))) place(c);
  for (const c of sorted) place(c);
  return out;
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
