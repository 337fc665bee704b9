import type { IntlShape } from 'react-intl';
import type { Day } from '../../../src/core/dates/day.ts';
import { parseDateRange, parsePartialDate } from '../../../src/core/dates/partial-date.ts';
import { titleIn } from '../../../src/core/common/titles.ts';
import { languageOf } from './locale.ts';

/** A count of days that may be a range, as the facts engine gives it: exact when min equals max. */
export interface DayRange {
  min: number;
  max: number;
}

const instant = (day: Day) => new Date(`${day}T00:00:00Z`);

/**
 * A calendar day in the reader's language ("January 26, 2023", "26 января 2023 г.", "2023 жылғы 26 қаңтар"); days
 * are not instants. The catalogue's pattern decides: the browser's own form where its data is good, words of the
 * catalogue where a browser lacks the language's data (Chromium has no Kazakh month names).
 */
export function formatDay(intl: IntlShape, day: Day): string {
  return intl.formatMessage(
    { id: 'date.day' },
    {
      native: intl.formatDate(instant(day), { dateStyle: 'long', timeZone: 'UTC' }),
      year: day.slice(0, 4),
      month: intl.formatMessage({ id: `month.${Number(day.slice(5, 7))}` }),
      day: String(Number(day.slice(8, 10))),
    },
  );
}

/** A month of a year in the reader's language ("November 2022", "ноябрь 2022 г.", "2022 жылғы қараша"). */
export function formatMonth(intl: IntlShape, month: string): string {
  return intl.formatMessage(
    { id: 'date.month' },
    {
      native: intl.formatDate(instant(`${month.slice(0, 7)}-01`), {
        year: 'numeric',
        month: 'long',
        timeZone: 'UTC',
      }),
      year: month.slice(0, 4),
      month: intl.formatMessage({ id: `month.${Number(month.slice(5, 7))}` }),
    },
  );
}

/** Alternatives joined by the language's "or" (the browser's list data lacks some languages). */
export function formatAlternatives(intl: IntlShape, items: readonly string[]): string {
  return items.join(intl.formatMessage({ id: 'common.or' }));
}

/**
 * A partial date as precise as it was recorded, in the reader's language: a year, a season, a month or a day,
 * marked approximate or uncertain, or "between … and …": never a day it does not name.
 */
export function formatPartialDate(intl: IntlShape, value: string): string {
  const range = parseDateRange(value);
  if (range)
    return intl.formatMessage(
      { id: 'date.range' },
      { from: formatPartialDate(intl, range.from), to: formatPartialDate(intl, range.to) },
    );
  const p = parsePartialDate(value);
  if (!p) return value;
  let text: string;
  if (p.precision === 'day') text = formatDay(intl, value.slice(0, 10));
  else if (p.precision === 'month') text = formatMonth(intl, value);
  else if (p.precision === 'season')
    text = intl.formatMessage({ id: `date.season.${p.season}` }, { year: p.year });
  else text = intl.formatMessage({ id: 'date.year' }, { year: p.year });
  if (p.isApproximate && p.isUncertain)
    return intl.formatMessage({ id: 'date.approximateUncertain' }, { date: text });
  if (p.isApproximate) return intl.formatMessage({ id: 'date.approximate' }, { date: text });
  if (p.isUncertain) return intl.formatMessage({ id: 'date.uncertain' }, { date: text });
  return text;
}

/**
 * A span of days in few words ("7 Nov – 11 Dec 2022"), for a line that says many things; any other date as
 * `formatPartialDate` says it. Kazakh, whose month names are the catalogue's own, is said in full.
 */
export function formatSpanShort(intl: IntlShape, value: string): string {
  const range = parseDateRange(value);
  const isDays =
    range !== undefined &&
    parsePartialDate(range.from)?.precision === 'day' &&
    parsePartialDate(range.to)?.precision === 'day';
  if (range === undefined || !isDays || languageOf(intl.locale) === 'kk')
    return formatPartialDate(intl, value);
  // The span as the reader's language shortens one, a year said once where both ends share it; its thin and narrow
  // spaces plain ones, as every other date of the interface is set.
  return intl
    .formatDateTimeRange(instant(range.from.slice(0, 10)), instant(range.to.slice(0, 10)), {
      dateStyle: 'medium',
      timeZone: 'UTC',
    })
    .replace(/[\u2009\u202f]/g, ' ');
}

/** A number of days, or a range of them, with the plural of the reader's language ("1 день, 2 дня, 5 дней"). */
export function formatDays(intl: IntlShape, days: DayRange): string {
  return days.min === days.max
    ? intl.formatMessage({ id: 'days.count' }, { count: days.max })
    : intl.formatMessage({ id: 'days.range' }, { min: days.min, max: days.max });
}

/** "N days later" (Russian "спустя 94 дня"), or a range of them, for the gap between linked records. */
export function formatDaysLater(intl: IntlShape, days: DayRange): string {
  return days.min === days.max
    ? intl.formatMessage({ id: 'days.later' }, { count: days.max })
    : intl.formatMessage({ id: 'days.laterRange' }, { min: days.min, max: days.max });
}

/** A money unit as the law data words it: the key amounts carry, abbreviated by language ("МРП" in Russian). */
export interface MoneyUnitWords {
  key: string;
  abbreviations: Record<string, string>;
  /** In a language that declines the abbreviation: how a range's bounds word it (Kazakh "АЕК-тен", "АЕК-ке"). */
  boundForms?: Record<string, { from: string; to: string }>;
}

/**
 * How a term is worded: on its own ("3 года"), or as the lower or upper bound of a range, as the language's
 * prepositions or postpositions want it: Russian "от 4 лет до 10 лет" (genitive), Kazakh "4 жылдан 10 жылға дейін"
 * (ablative, dative).
 */
export type TermForm = 'count' | 'from' | 'to';

/**
 * A term of law (10 years, 6 months) in the reader's language; life imprisonment by name; an amount of the
 * jurisdiction's money unit by its abbreviation in the reader's language (500 МРП); another unit as given.
 */
export function formatTerm(
  intl: IntlShape,
  term: { life?: boolean; value?: number; unit?: string },
  money?: MoneyUnitWords,
  form: TermForm = 'count',
): string {
  const suffix = form === 'count' ? '' : `.${form}`;
  if (term.life) return intl.formatMessage({ id: `term.life${suffix}` });
  const unit = term.unit ?? 'years';
  const known = ['years', 'months', 'days', 'hours'].includes(unit);
  if (known) return intl.formatMessage({ id: `term.${unit}${suffix}` }, { count: term.value ?? 0 });
  const language = languageOf(intl.locale);
  const bound = form === 'count' ? undefined : money?.boundForms?.[language]?.[form];
  const named = unit === money?.key ? (bound ?? titleIn(money.abbreviations, language)) : undefined;
  return `${intl.formatNumber(term.value ?? 0)} ${named ?? unit}`;
}

type Term = Parameters<typeof formatTerm>[1];

/**
 * A term between bounds, each worded as the language wants it: "4 years to 10 years", "от 4 лет до 10 лет",
 * "3 жылдан 8 жылға дейін"; "up to" when there is no lower bound.
 */
export function formatTermBounds(
  intl: IntlShape,
  bounds: { min?: Term; max: Term },
  money?: MoneyUnitWords,
): string {
  const max = formatTerm(intl, bounds.max, money, 'to');
  return bounds.min === undefined
    ? intl.formatMessage({ id: 'term.upTo' }, { max })
    : intl.formatMessage({ id: 'term.range' }, { min: formatTerm(intl, bounds.min, money, 'from'), max });
}

/** A time zone as the reader's language names it ("Kazakhstan Time" for Asia/Almaty), or its IANA name. */
export function timeZoneName(intl: IntlShape, zone: string): string {
  try {
    const parts = new Intl.DateTimeFormat(intl.locale, {
      timeZone: zone,
      timeZoneName: 'longGeneric',
    }).formatToParts(new Date());
    return parts.find((p) => p.type === 'timeZoneName')?.value ?? zone;
  } catch {
    return zone;
  }
}

/** A length of several units as one ("7 years, 6 months"), each unit with its plural in the reader's language. */
export function formatDuration(
  intl: IntlShape,
  duration: Readonly<Record<string, number | undefined>>,
): string {
  return intl.formatList(
    Object.entries(duration).flatMap(([unit, value]) =>
      value === undefined ? [] : [formatTerm(intl, { unit, value })],
    ),
    { type: 'unit' },
  );
}

/**
 * The lead a long note is folded under: its words up to the first colon or stop, where that comes early ("Worked
 * out, not given by the source"), or else its first words, cut at a space.
 */
export function noteLead(note: string): string {
  const stop = note.search(/[:.;](\s|$)/u);
  if (stop > 0 && stop <= 80) return `${note.slice(0, stop)}…`;
  return firstWords(note, 60);
}

/** A text's first words within `max` characters, cut at a space and ended with an ellipsis; a short one whole. */
export function firstWords(text: string, max: number): string {
  const line = text.trim();
  if (line.length <= max) return line;
  const cut = line.lastIndexOf(' ', max);
  // A comma or a colon the cut leaves last goes: the ellipsis says the words run on.
  return `${line.slice(0, cut > max / 3 ? cut : max).replace(/[,;:]+$/u, '')}…`;
}

/** Today in the reader's calendar, as the core writes a day (YYYY-MM-DD). */
export function readerToday(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${String(now.getFullYear())}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
