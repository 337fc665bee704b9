import { parseDateRange, parsePartialDate } from '../../../../../src/core/dates/partial-date.ts';
import { readWrittenDate } from '../../../../../src/core/dates/written-date.ts';

interface DateWords {
  formatDate(date: Date, options: Intl.DateTimeFormatOptions): string;
  formatMessage(descriptor: { id: string }, values?: Record<string, string | number>): string;
}

/** One end of a date as people write it in the reader's language: "26 January 2023", "about November 2022". */
function endOf(intl: DateWords, value: string): string | undefined {
  const p = parsePartialDate(value);
  if (p === undefined) return undefined;
  let text: string;
  if (p.season !== undefined) text = intl.formatMessage({ id: `date.season.${p.season}` }, { year: p.year });
  else if (p.month === undefined) text = String(p.year);
  else
    text = intl.formatDate(new Date(Date.UTC(p.year, p.month - 1, p.day ?? 1)), {
      ...(p.day !== undefined ? { day: 'numeric' } : {}),
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    });
  if (p.isApproximate) text = intl.formatMessage({ id: 'forms.date.written.about' }, { date: text });
  return p.isUncertain ? `${text}?` : text;
}

/**
 * A date as it would be typed into a written-date box ("26 January 2023", "about November 2022", "1 January 2022 –
 * 30 November 2022"), so that a date set from elsewhere (a draft of the source's text, a record being edited)
 * reads in the box as typed ones do; undefined when the words would not read back as the same date, so that the
 * box never shows what it would not record.
 */
export function writtenOf(intl: DateWords, value: string | undefined): string | undefined {
  if (value === undefined || value === '') return undefined;
  const range = parseDateRange(value);
  const from = endOf(intl, range?.from ?? value);
  const to = range === undefined ? '' : endOf(intl, range.to);
  if (from === undefined || to === undefined) return undefined;
  const text = range === undefined ? from : `${from} – ${to}`;
  return readWrittenDate(text) === value ? text : undefined;
}
