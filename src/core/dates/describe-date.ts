import { parseDateRange, parsePartialDate, type PartialDate } from './partial-date.ts';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const SEASONS: Record<21 | 22 | 23 | 24, string> = { 21: 'spring', 22: 'summer', 23: 'autumn', 24: 'winter' };

/**
 * A partial date as people write it, keeping its precision and its doubt: '2023-21' is "spring 2023",
 * '2022-11~' "about November 2022", '2022?' "2022 (uncertain)", '[2022-01..2022-06]' "between January 2022 and
 * June 2022". The stored form stays what the bundle and the API carry.
 */
export function describePartialDate(value: PartialDate): string {
  const range = parseDateRange(value);
  if (range) return `between ${describePartialDate(range.from)} and ${describePartialDate(range.to)}`;
  const p = parsePartialDate(value);
  if (!p) return value;
  const base =
    p.precision === 'day'
      ? `${p.day} ${MONTHS[(p.month ?? 1) - 1]} ${p.year}`
      : p.precision === 'month'
        ? `${MONTHS[(p.month ?? 1) - 1]} ${p.year}`
        : p.precision === 'season' && p.season !== undefined
          ? `${SEASONS[p.season]} ${p.year}`
          : String(p.year);
  return `${p.isApproximate ? 'about ' : ''}${base}${p.isUncertain ? ' (uncertain)' : ''}`;
}
