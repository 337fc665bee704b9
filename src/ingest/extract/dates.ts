import { parsePartialDate } from '../../core/dates/partial-date.ts';
import { makeSuggestion, type DateValue, type Suggestion, type TextRange } from './suggestion.ts';

type DateSuggestion = Extract<Suggestion, { type: 'date' }>;

export const RU_MONTH = String.raw`(январ[ьяе]|феврал[ьяе]|марта?|марте|апрел[ьяе]|ма[йяе]|июн[ьяе]|июл[ьяе]|августа?|августе|сентябр[ьяе]|октябр[ьяе]|ноябр[ьяе]|декабр[ьяе])(?!\p{L})`;
export const KK_MONTH = String.raw`(қаңтар|ақпан|наурыз|сәуір|мамыр|маусым|шілде|тамыз|қыркүйек|қазан|қараша|желтоқсан)\p{L}*`;
export const EN_MONTH = String.raw`(January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.)(?!\p{L})`;
export const D = String.raw`(\d{1,2})`;
/** A day as official papers write it in quotes: «07» ноября 2022 года. */
export const QD = String.raw`[«"“]?(\d{1,2})[»"”]?`;
const Y = String.raw`(\d{4})(?![\p{L}\p{N}])`;
export const ORD = String.raw`(?:st|nd|rd|th)?`;
export const SPAN = String.raw`\s*(?:-|–|—|по|до)\s*`;
const RU_YEAR = String.raw`(?:\s*(?:года|году|год|г\.))?`;
export const B = String.raw`(?<![\p{L}\p{N}.,])`;

const MONTH_KEYS: [string, number][] = [
  ['янв', 1],
  ['фев', 2],
  ['мар', 3],
  ['апр', 4],
  ['май', 5],
  ['мая', 5],
  ['мае', 5],
  ['июн', 6],
  ['июл', 7],
  ['авг', 8],
  ['сен', 9],
  ['окт', 10],
  ['ноя', 11],
  ['дек', 12],
  ['қаң', 1],
  ['ақп', 2],
  ['нау', 3],
  ['сәу', 4],
  ['мам', 5],
  ['мау', 6],
  ['шіл', 7],
  ['там', 8],
  ['қыр', 9],
  ['қаз', 10],
  ['қар', 11],
  ['жел', 12],
  ['jan', 1],
  ['feb', 2],
  ['mar', 3],
  ['apr', 4],
  ['may', 5],
  ['jun', 6],
  ['jul', 7],
  ['aug', 8],
  ['sep', 9],
  ['oct', 10],
  ['nov', 11],
  ['dec', 12],
];
const MONTHS = new Map(MONTH_KEYS);

/** Which groups of a form hold the day, the last day of a span, the month (or two) and the year. */
interface Form {
  re: RegExp;
  day?: number;
  untilDay?: number;
  month: number;
  untilMonth?: number;
  year: number;
  untilYear?: number;
  isNumericMonth?: boolean;
}

const form = (source: string, groups: Omit<Form, 're'>): Form => ({
  re: new RegExp(source, 'giu'),
  ...groups,
});

/** Every way a date is written, longest first: a span of days, a day, a month, a year with its word. */
const FORMS: Form[] = [
  form(
    String.raw`${B}с\s+${D}\s+${RU_MONTH}\s+${Y}${RU_YEAR}\s+по\s+${D}\s+${RU_MONTH}\s+(\d{4})(?![\p{L}\p{N}])${RU_YEAR}`,
    { day: 1, month: 2, year: 3, untilDay: 4, untilMonth: 5, untilYear: 6 },
  ),
  form(String.raw`${B}с\s+${D}\s+${RU_MONTH}\s+по\s+${D}\s+${RU_MONTH}\s+${Y}${RU_YEAR}`, {
    day: 1,
    month: 2,
    untilDay: 3,
    untilMonth: 4,
    year: 5,
  }),
  form(String.raw`${B}(?:с\s+)?${QD}(?:${SPAN}${D})?\s+${RU_MONTH}\s+${Y}${RU_YEAR}`, {
    day: 1,
    untilDay: 2,
    month: 3,
    year: 4,
  }),
  form(String.raw`${B}${Y}\s*(?:ж\.|жылғы|жылы)\s+${D}(?:\s*-\s*${D})?\s*-?\s*${KK_MONTH}`, {
    year: 1,
    day: 2,
    untilDay: 3,
    month: 4,
  }),
  form(String.raw`${B}${D}${ORD}(?:${SPAN}${D}${ORD})?\s+(?:of\s+)?${EN_MONTH},?\s+${Y}`, {
    day: 1,
    untilDay: 2,
    month: 3,
    year: 4,
  }),
  form(String.raw`${B}${EN_MONTH}\s+${D}${ORD}(?:${SPAN}${D}${ORD})?,?\s+${Y}`, {
    month: 1,
    day: 2,
    untilDay: 3,
    year: 4,
  }),
  form(String.raw`${B}${D}\.(\d{1,2})\.${Y}(?!\.\d)(?:\s*(?:года|г\.|ж\.))?`, {
    day: 1,
    month: 2,
    year: 3,
    isNumericMonth: true,
  }),
  form(String.raw`${B}${Y}-(\d{2})-(\d{2})(?![\p{N}])`, { year: 1, month: 2, day: 3, isNumericMonth: true }),
  form(String.raw`${B}(?:в\s+)?${RU_MONTH}\s+${Y}${RU_YEAR}`, { month: 1, year: 2 }),
  form(String.raw`${B}${Y}\s*(?:ж\.|жылғы|жылы)\s+${KK_MONTH}`, { year: 1, month: 2 }),
  form(String.raw`${B}${EN_MONTH}\s+(?:of\s+)?${Y}`, { month: 1, year: 2 }),
  form(String.raw`${B}(?:в\s+)?${Y}\s*(?:году|года|год|г\.)(?!\p{L})`, { year: 1, month: 0 }),
  form(String.raw`${B}${Y}\s*(?:жылы|жылғы|ж\.)(?!\p{L})`, { year: 1, month: 0 }),
  form(String.raw`${B}in\s+${Y}(?![\p{N}])`, { year: 1, month: 0 }),
];

const pad = (n: number): string => String(n).padStart(2, '0');

export function monthOf(word: string | undefined, isNumeric: boolean): number | undefined {
  if (word === undefined) return undefined;
  if (isNumeric) return Number(word);
  return MONTHS.get(word.toLowerCase().slice(0, 3));
}

/** A partial date from its parts, or undefined when they are not a real date (31 February, month 13). */
function partialDate(year: string, month?: number, day?: string): string | undefined {
  const value =
    month === undefined
      ? year
      : day === undefined
        ? `${year}-${pad(month)}`
        : `${year}-${pad(month)}-${pad(Number(day))}`;
  return parsePartialDate(value) ? value : undefined;
}

function valueOf(m: RegExpExecArray, f: Form): DateValue | undefined {
  const year = m[f.year];
  if (year === undefined) return undefined;
  const month = f.month === 0 ? undefined : monthOf(m[f.month], f.isNumericMonth === true);
  if (f.month !== 0 && month === undefined) return undefined;
  const untilMonth = f.untilMonth === undefined ? month : monthOf(m[f.untilMonth], false);
  // "с 28 декабря по 4 января 2022 года": the year written is the end's; the start is in the year before.
  const untilYear = f.untilYear === undefined ? year : (m[f.untilYear] ?? year);
  const startYear =
    f.untilYear === undefined && month !== undefined && untilMonth !== undefined && untilMonth < month
      ? String(Number(year) - 1)
      : year;
  const date = partialDate(startYear, month, f.day === undefined ? undefined : m[f.day]);
  if (date === undefined) return undefined;
  const untilDay = f.untilDay === undefined ? undefined : m[f.untilDay];
  if (untilDay === undefined) return { date };
  const until = partialDate(untilYear, untilMonth, untilDay);
  return until !== undefined && until > date ? { date, until } : undefined;
}

/** Every date written in a text, in words or digits, as precise as written: never a day that is not there. */
export function extractDates(text: string): DateSuggestion[] {
  const found: { range: TextRange; value: DateValue }[] = [];
  for (const f of FORMS) {
    for (const m of text.matchAll(f.re)) {
      const range = { start: m.index, end: m.index + m[0].trimEnd().length };
      if (found.some((x) => range.start < x.range.end && range.end > x.range.start)) continue;
      const value = valueOf(m, f);
      if (value) found.push({ range, value });
    }
  }
  return found
    .sort((a, b) => a.range.start - b.range.start)
    .map((x) => makeSuggestion<DateSuggestion>(text, 'date', x.range, x.value));
}
