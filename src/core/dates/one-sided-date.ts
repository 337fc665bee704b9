import { addDays } from './day.ts';
import { dayBounds, isPartialDate, type PartialDate } from './partial-date.ts';
import { readWrittenDate } from './written-date.ts';

/** The days a date lies between, as far as what is around it says: after one day, before another. */
export interface DateBounds {
  /** It lies on or after this date's first day (a charge is sent to court after it was brought). */
  after?: PartialDate;
  /** It lies on or before this date's last day (what the source reports happened by its latest news). */
  before?: PartialDate;
}

// A date bounded on one side, in English, Russian and Kazakh: the side, whether its own day is in, and the date.
const SIDES: { re: RegExp; side: 'before' | 'after'; isInclusive: boolean }[] = [
  { re: /^(?:before|prior to|earlier than)\s+(.+)$/iu, side: 'before', isInclusive: false },
  {
    re: /^(?:by|until|till|no later than|not later than|до|не позднее|не позже|по)\s+(.+)$/iu,
    side: 'before',
    isInclusive: true,
  },
  { re: /^(.+?)\s*(?:-?(?:ге|ға|ке|қа|не|на|а|е))?\s+дейін$/iu, side: 'before', isInclusive: true },
  { re: /^(?:after|later than|после)\s+(.+)$/iu, side: 'after', isInclusive: false },
  {
    re: /^(?:since|from|no earlier than|not earlier than|не ранее|начиная с|с)\s+(.+)$/iu,
    side: 'after',
    isInclusive: true,
  },
  { re: /^(.+?)\s+(?:кейін)$/iu, side: 'after', isInclusive: false },
  { re: /^(.+?)\s+(?:бастап)$/iu, side: 'after', isInclusive: true },
];

/** Whether the words bound a date on one side only ("before 7 Nov 2022", «не позднее мая 2022», «2022 жылға дейін»). */
export function isOneSidedDate(text: string): boolean {
  const words = text.trim();
  return SIDES.some((s) => {
    const m = s.re.exec(words);
    return m?.[1] !== undefined && readWrittenDate(m[1]) !== undefined;
  });
}

/**
 * A date written as bounded on one side ("before 7 Nov 2022", "after May 2022", «не позднее 7 ноября 2022 года»)
 * read as the range between it and the bound the form knows on the other side (a charge's day for the day it was
 * sent to court; the latest news for a start): "before 7 Nov 2022" after a charge of "2022" is 1 January –
 * 6 November 2022. Without that bound, or when the two do not leave a day between them, nothing is read.
 */
export function readBoundedDate(text: string, bounds: DateBounds): PartialDate | undefined {
  const words = text.trim();
  for (const s of SIDES) {
    const m = s.re.exec(words);
    const written = m?.[1] === undefined ? undefined : readWrittenDate(m[1]);
    if (written === undefined) continue;
    const { earliest, latest } = dayBounds(written);
    const other = s.side === 'before' ? bounds.after : bounds.before;
    if (other === undefined || !isPartialDate(other)) return undefined;
    const range =
      s.side === 'before'
        ? { from: dayBounds(other).earliest, to: s.isInclusive ? latest : addDays(earliest, -1) }
        : { from: s.isInclusive ? earliest : addDays(latest, 1), to: dayBounds(other).latest };
    if (range.from > range.to) return undefined;
    const value = range.from === range.to ? range.from : `[${range.from}..${range.to}]`;
    return isPartialDate(value) ? value : undefined;
  }
  return undefined;
}
