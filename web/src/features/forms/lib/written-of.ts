import { parseDateRange, parsePartialDate } from '../../../../../src/core/dates/partial-date.ts';

interface DateFormatter {
  formatDate(date: Date, options: Intl.DateTimeFormatOptions): string;
}

/** One end of a date as people write it in the reader's language: "26 January 2023", "November 2022", "2022". */
function endOf(intl: DateFormatter, value: string): string | undefined {
  const p = parsePartialDate(value);
  if (p === undefined || p.season !== undefined) return undefined;
  if (p.month === undefined) return String(p.year);
  const at = new Date(Date.UTC(p.year, p.month - 1, p.day ?? 1));
  return intl.formatDate(at, {
    ...(p.day !== undefined ? { day: 'numeric' } : {}),
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

/**
 * A date as it would be typed into a written-date box ("26 January 2023", "1 January 2022 – 30 November 2022"),
 * so that a date set from elsewhere (a draft of the source's text) reads in the box as typed ones do; undefined
 * for what words do not write back (a season, an approximate or uncertain mark, which the box's reading shows).
 */
export function writtenOf(intl: DateFormatter, value: string | undefined): string | undefined {
  if (value === undefined || value === '' || /[~?%]/.test(value)) return undefined;
  const range = parseDateRange(value);
  if (range === undefined) return endOf(intl, value);
  const from = endOf(intl, range.from);
  const to = endOf(intl, range.to);
  return from !== undefined && to !== undefined ? `${from} – ${to}` : undefined;
}
