import { addDays, addMonths, daysBetween, makeDay, daysInMonth } from '../../core/dates/day.ts';
import type { Duration } from '../../core/dates/duration.ts';
import { dayBounds, type PartialDate } from '../../core/dates/partial-date.ts';
import { readWrittenDuration } from '../../core/dates/written-duration.ts';
import {
  B,
  D,
  EN_MONTH,
  KK_MONTH,
  ORD,
  QD,
  RU_MONTH,
  SPAN,
  extractDates,
  monthOf,
} from '../extract/dates.ts';
import type { TextRange } from '../extract/suggestion.ts';

/** A date a text names: as precise as written, and whether its year had to be read from the dates around it. */
export interface TextDate extends TextRange {
  date: PartialDate;
  /** The last day of a span the text names ("January 3-4, 2022"). */
  until?: PartialDate;
  /** Written without a year ("on January 26"): the year is the one that puts it nearest the text's other dates. */
  isYearRead: boolean;
  /** Written as the day after the date before it ("the next day", "на следующий день"). */
  isNextDay?: boolean;
}

interface Yearless extends TextRange {
  month: number;
  day: number;
}

// A day and a month with no year after them: "January 26", "26th of January", "26 января", "26 қаңтарда". English
// month names are matched as written, capitalised, so that "may" the verb is not read as a month.
const YEARLESS: { re: RegExp; day: number; month: number }[] = [
  {
    re: new RegExp(String.raw`${B}${EN_MONTH}\s+${D}${ORD}(?![\p{L}\p{N}])(?!,?\s*\d{4})`, 'gu'),
    month: 1,
    day: 2,
  },
  {
    re: new RegExp(String.raw`${B}${D}${ORD}\s+(?:of\s+)?${EN_MONTH}(?!,?\s*\d{4})`, 'gu'),
    day: 1,
    month: 2,
  },
  {
    re: new RegExp(String.raw`${B}${QD}(?:${SPAN}\d{1,2})?\s+${RU_MONTH}(?!\s*\d{4})`, 'giu'),
    day: 1,
    month: 2,
  },
  { re: new RegExp(String.raw`${B}${D}\s*-?\s*${KK_MONTH}(?!\s*\d{4})`, 'giu'), day: 1, month: 2 },
];

function yearlessDates(text: string, taken: readonly TextRange[]): Yearless[] {
  const found: Yearless[] = [];
  for (const form of YEARLESS)
    for (const m of text.matchAll(form.re)) {
      const range = { start: m.index, end: m.index + m[0].trimEnd().length };
      const overlaps = (r: TextRange) => range.start < r.end && range.end > r.start;
      if (taken.some(overlaps) || found.some(overlaps)) continue;
      const month = monthOf(m[form.month], false);
      const day = Number(m[form.day]);
      if (month === undefined || day < 1 || day > 31) continue;
      found.push({ ...range, month, day });
    }
  return found;
}

/**
 * Every date a text names, in order. Those written with a year are kept as written; one written without ("on
 * January 26") takes the year that puts it nearest a date of its own paragraph written before it with its year
 * ("detained on March 15, 2024 … On March 17, a court…"), else nearest the day given (the source's date), else
 * nearest the latest day the text names with its year, as a dispatch dates what is recent from what it has already
 * dated. Without any of them, a yearless date is left out: no year is invented.
 */
export function textDates(text: string, near?: PartialDate): TextDate[] {
  const full: TextDate[] = extractDates(text).map((s) => ({
    start: s.start,
    end: s.end,
    date: s.value.date,
    ...(s.value.until !== undefined ? { until: s.value.until } : {}),
    isYearRead: false,
  }));
  const latest = full
    .map((d) => dayBounds(d.until ?? d.date).latest)
    .sort()
    .at(-1);
  const fallback = near !== undefined ? dayBounds(near).earliest : latest;
  // Each read from the date just before it, read already or written in full: "11 March 2024 … On 24 May … on 27
  // September" runs on through 2024 rather than back to September 2023, nearer March.
  const read: TextDate[] = [];
  for (const y of yearlessDates(text, full)) {
    const anchor = paragraphAnchor(text, [...full, ...read], y.start) ?? fallback;
    const year = anchor === undefined ? undefined : nearestYear(y.month, y.day, anchor);
    if (year !== undefined)
      read.push({ start: y.start, end: y.end, date: makeDay(year, y.month, y.day), isYearRead: true });
  }
  const dated = [...full, ...read].sort((a, b) => a.start - b.start);
  return [...dated, ...listedDays(text, dated), ...nextDays(text, dated)].sort((a, b) => a.start - b.start);
}

/** Days listed before a day of one month: "4, 11 and 25 October 2023", "4, 11 и 25 октября". */
const LISTED = /(?<![\p{L}\p{N}])(\d{1,2})((?:\s*,\s*\d{1,2})*)\s*(?:,\s*)?(?:and|и|және|&)\s*$/u;

/**
 * The other days of a list that ends in a day written with its month: each of that month and year, as written as
 * the last ("the hearings of 4, 11 and 25 October 2023" are three).
 */
function listedDays(text: string, dated: readonly TextDate[]): TextDate[] {
  return dated.flatMap((d) => {
    if (d.until !== undefined || !/^\d{4}-\d{2}-\d{2}$/u.test(d.date)) return [];
    const before = text.slice(Math.max(0, d.start - 40), d.start);
    const m = LISTED.exec(before);
    if (m === null) return [];
    const listStart = d.start - before.length + m.index;
    return [...m[0].matchAll(/\d{1,2}/gu)].flatMap((n) => {
      const day = Number(n[0]);
      const month = Number(d.date.slice(5, 7));
      const year = Number(d.date.slice(0, 4));
      if (day < 1 || day > daysInMonth(year, month)) return [];
      const start = listStart + n.index;
      return [{ start, end: start + n[0].length, date: makeDay(year, month, day), isYearRead: d.isYearRead }];
    });
  });
}

/** "the next day", "the following day", "на следующий день", "на другой день", "келесі күні". */
const NEXT_DAY = /\b(?:the )?(?:next|following) day\b|на (?:следующий|другой) день|назавтра|келесі күні/giu;

const COUNT = String.raw`(?:\d{1,2}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|один|одну|два|две|три|четыре|пять|шесть|семь|десять|бір|екі|үш|төрт|бес|алты|жеті|он)`;
/**
 * A length after the date before it: "two weeks later", "the following month", "через три дня", "спустя неделю",
 * "екі күннен кейін"; its length is the group `length`, read as lengths are ("the following month" as a month).
 */
const LATER = new RegExp(
  String.raw`(?<![\p{L}])(?:(?<en>${COUNT}\s+(?:days?|weeks?|months?))\s+later|the following (?<month>month)|(?:через|спустя)\s+(?<ru>(?:${COUNT}\s+)?(?:день|дня|дней|неделю|недели|недель|месяц|месяца|месяцев))|(?<kk>${COUNT}\s+(?:күн|апта|ай))(?:нен|дан)\s+кейін)(?![\p{L}])`,
  'giu',
);

/** The length a LATER match counts on by. */
function laterBy(m: RegExpExecArray): Duration | undefined {
  const { en, month, ru, kk } = m.groups ?? {};
  return readWrittenDuration(en ?? ru ?? kk ?? (month !== undefined ? 'a month' : ''))?.atLeast;
}

/**
 * The days a text names from the date just before them (in the same sentence or the one before, at most 200
 * characters back), when that is a single day: "the next day" its next day, "two weeks later" fourteen days on,
 * "the following month" the month after it. A length followed by the day itself ("Two days later, on 18 January")
 * adds nothing to it.
 */
function nextDays(text: string, dated: readonly TextDate[]): TextDate[] {
  const found: { m: RegExpExecArray; by: Duration }[] = [
    ...[...text.matchAll(NEXT_DAY)].map((m) => ({ m, by: { days: 1 } })),
    ...[...text.matchAll(LATER)].flatMap((m) => {
      const by = laterBy(m);
      return by === undefined ? [] : [{ m, by }];
    }),
  ];
  return found.flatMap(({ m, by }) => {
    const end = m.index + m[0].length;
    if (dated.some((d) => d.start >= end && d.start - end <= 8)) return [];
    const before = dated.filter((d) => d.end <= m.index && m.index - d.end <= 200).at(-1);
    if (before === undefined || before.until !== undefined || !/^\d{4}-\d{2}-\d{2}$/.test(before.date))
      return [];
    // Counted in months, the month only: "the following month" names no day.
    const months = (by.years ?? 0) * 12 + (by.months ?? 0);
    const date = months > 0 ? addMonths(before.date, months).slice(0, 7) : addDays(before.date, by.days ?? 0);
    return [{ start: m.index, end, date, isYearRead: false, isNextDay: true }];
  });
}

/** The nearest day written with its year before `at` in the same paragraph (line), if any. */
function paragraphAnchor(text: string, full: readonly TextDate[], at: number): string | undefined {
  const paragraphStart = text.lastIndexOf('\n', at - 1) + 1;
  // A day, not a month or a year alone: "the July 2022 protests" names an event, not the time the text has reached;
  // a paragraph without one takes the text's.
  const before = full
    .filter((d) => d.start >= paragraphStart && d.end <= at && /^\d{4}-\d{2}-\d{2}$/u.test(d.date))
    .sort((a, b) => a.start - b.start)
    .at(-1);
  return before === undefined ? undefined : dayBounds(before.until ?? before.date).latest;
}

/** The year in which the day and month lie nearest the anchor day (the year before, of, or after it). */
function nearestYear(month: number, day: number, anchor: string): number | undefined {
  const year = Number(anchor.slice(0, 4));
  const candidates = [year - 1, year, year + 1].filter((y) => day <= daysInMonth(y, month));
  return candidates.sort(
    (a, b) =>
      Math.abs(daysBetween(anchor, makeDay(a, month, day))) -
      Math.abs(daysBetween(anchor, makeDay(b, month, day))),
  )[0];
}

/** Before a date on its own line: the place of a dateline ("Dushanbe,") or the words that date a page ("Posted"). */
const DATELINE_BEFORE =
  /^[ \t]*\(?[ \t]*(?:(?:\p{Lu}[\p{L}'’-]*(?:[ \t]+\p{Lu}[\p{L}'’-]*){0,2}[ \t]*,[ \t]*)|(?:posted|published|updated|опубликовано|обновлено|жарияланды)[ \t]*:?[ \t]*(?:on[ \t]+)?)?$/iu;
/** After it: the dash that opens the report (after a bracket, "(Berlin, June 12, 2024) –"), a stop, or the line's end. */
const DATELINE_AFTER = /^[ \t]*\)?[ \t]*(?:[—–-]|\.[ \t]|\n|$)/u;

/**
 * The date a text gives itself, at the head of a paragraph: a dateline ("Dushanbe, 14 November 2023 — A court…")
 * or a page's date ("Posted 18.04.2024"), which is when it was written, not a day it tells of.
 */
export function datelineOf(text: string, dates: readonly TextDate[]): TextDate | undefined {
  return dates.find((d) => {
    if (d.until !== undefined || d.isYearRead) return false;
    const lineStart = text.lastIndexOf('\n', d.start - 1) + 1;
    return (
      DATELINE_BEFORE.test(text.slice(lineStart, d.start)) &&
      DATELINE_AFTER.test(text.slice(d.end, d.end + 3))
    );
  });
}
