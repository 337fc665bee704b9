import { parseDateRange, parsePartialDate } from '../../../../../src/core/dates/partial-date.ts';

/** One end of a date as the input holds it: text boxes, so a half-typed year is kept as typed. */
export interface DateEnd {
  year: string;
  /** '' or a season code: 21 spring, 22 summer, 23 autumn, 24 winter (a season excludes month and day). */
  season: string;
  month: string;
  day: string;
  isApproximate: boolean;
  isUncertain: boolean;
}

/** What the partial-date input edits: one date, or a range whose day is somewhere between two dates. */
export interface DateParts {
  isRange: boolean;
  from: DateEnd;
  to: DateEnd;
}

/** An end with nothing in it. */
export const EMPTY_END: DateEnd = {
  year: '',
  season: '',
  month: '',
  day: '',
  isApproximate: false,
  isUncertain: false,
};

const pad = (value: string) => value.trim().padStart(2, '0');

/** The core's string form of one end ('2022-11-07~'), '' when the year is empty; never a day it was not given. */
export function formatDateEnd(end: DateEnd): string {
  const year = end.year.trim();
  if (year === '') return '';
  let text = year;
  if (end.season !== '') text += `-${end.season}`;
  else if (end.month.trim() !== '') {
    text += `-${pad(end.month)}`;
    if (end.day.trim() !== '') text += `-${pad(end.day)}`;
  }
  const qualifier =
    end.isApproximate && end.isUncertain ? '%' : end.isApproximate ? '~' : end.isUncertain ? '?' : '';
  return text + qualifier;
}

/** The core's partial-date string of the input ('' when empty): one end, or '[from..to]' for a range. */
export function formatDateParts(parts: DateParts): string {
  const from = formatDateEnd(parts.from);
  if (!parts.isRange) return from;
  const to = formatDateEnd(parts.to);
  return from === '' && to === '' ? '' : `[${from}..${to}]`;
}

function endOf(value: string): DateEnd | undefined {
  const p = parsePartialDate(value);
  if (!p) return undefined;
  return {
    year: String(p.year),
    season: p.season !== undefined ? String(p.season) : '',
    month: p.month !== undefined ? String(p.month).padStart(2, '0') : '',
    day: p.day !== undefined ? String(p.day).padStart(2, '0') : '',
    isApproximate: p.isApproximate,
    isUncertain: p.isUncertain,
  };
}

/** The input's parts for a stored partial date; a value that is not one comes back empty (the form shows its error). */
export function parseDateParts(value: string | undefined): DateParts {
  const empty: DateParts = { isRange: false, from: EMPTY_END, to: EMPTY_END };
  if (value === undefined || value === '') return empty;
  const range = parseDateRange(value);
  if (range) {
    const from = endOf(range.from);
    const to = endOf(range.to);
    return from && to ? { isRange: true, from, to } : empty;
  }
  const single = endOf(value);
  return single ? { isRange: false, from: single, to: EMPTY_END } : empty;
}
