import { daysInMonth } from './day.ts';
import { isPartialDate, type PartialDate } from './partial-date.ts';

/**
 * Reads a date as people write it, in English, Russian or Kazakh ("26 Jan 2023", "26 января 2023 г.",
 * "2023 жылғы 26 қаңтар", "26.01.2023", "spring 2022", "about May 2022", "Sep 2022 – 26 Jan 2023", "3–4 January
 * 2022") into the core's partial date, or undefined when any word of it is not understood: nothing is guessed, and
 * no day is invented. A form's date box takes it so that a researcher types the date a source gives as it reads.
 */
export function readWrittenDate(text: string): PartialDate | undefined {
  const normalized = normalize(text);
  if (normalized === '') return undefined;
  const part = readPart(normalized);
  if (part !== undefined) return part;
  const range = splitRange(normalized);
  if (range) {
    const to = readEnd(range.to);
    if (!to) return undefined;
    const from = readEnd(range.from, to);
    if (!from) return undefined;
    const value = `[${formatEnd(from)}..${formatEnd(to)}]`;
    return isPartialDate(value) ? value : undefined;
  }
  const single = readEnd(normalized);
  if (!single) return undefined;
  const value = formatEnd(single);
  return isPartialDate(value) ? value : undefined;
}

// The part of a month or a year a source names ("late January 2023", "в начале 2022 года", "қаңтардың аяғында"):
// its first, middle or last third, as the days or months it spans.
const PART_BEFORE =
  /^(?:(?:in|at|by)\s+)?(?:the\s+)?(early|mid|middle of|late|beginning of|start of|end of|в начале|в середине|в конце|начало|середина|конец)[\s-]+(?:the\s+)?(.+)$/u;
const PART_AFTER = /^(.+?)\s+(басы|басында|ортасы|ортасында|аяғы|аяғында|соңы|соңында)$/u;
const THIRD: Readonly<Record<string, 1 | 2 | 3>> = {
  early: 1,
  'beginning of': 1,
  'start of': 1,
  'в начале': 1,
  начало: 1,
  басы: 1,
  басында: 1,
  mid: 2,
  'middle of': 2,
  'в середине': 2,
  середина: 2,
  ортасы: 2,
  ортасында: 2,
  late: 3,
  'end of': 3,
  'в конце': 3,
  конец: 3,
  аяғы: 3,
  аяғында: 3,
  соңы: 3,
  соңында: 3,
};

/** "late January 2023" → 21–31 January; "early 2022" → January–April; undefined when it is not such a part. */
function readPart(text: string): PartialDate | undefined {
  const before = PART_BEFORE.exec(text);
  const after = before === null ? PART_AFTER.exec(text) : null;
  const [word, rest] = before !== null ? [before[1], before[2]] : after !== null ? [after[2], after[1]] : [];
  const third = word === undefined ? undefined : THIRD[word];
  if (third === undefined || rest === undefined || splitRange(rest) !== undefined) return undefined;
  const end = readEnd(rest);
  if (end?.year === undefined || end.day !== undefined || (end.month ?? 0) > 12) return undefined;
  const y = String(end.year).padStart(4, '0');
  const two = (n: number) => String(n).padStart(2, '0');
  const value =
    end.month === undefined
      ? `[${y}-${two(third * 4 - 3)}..${y}-${two(third * 4)}]`
      : `[${y}-${two(end.month)}-${two(third * 10 - 9)}..${y}-${two(end.month)}-${two(third === 3 ? daysInMonth(end.year, end.month) : third * 10)}]`;
  return isPartialDate(value) ? value : undefined;
}

interface WrittenEnd {
  year?: number;
  /** 1–12, or a season code 21–24 (spring … winter). */
  month?: number;
  day?: number;
  isApproximate: boolean;
  isUncertain: boolean;
}

// Month names by their first letters, in English, Russian, Kazakh Cyrillic and Kazakh Latin (2021): a written
// form is read when it starts with one of these (января, январе, қаңтарда, January, Jan.). Russian May is named
// in full (май, мая, мае), since "ма" also begins the Kazakh months of May and June.
const MONTH_NAMES: Readonly<Record<number, readonly string[]>> = {
  1: ['jan', 'янв', 'қаң', 'qań', 'qan'],
  2: ['feb', 'фев', 'ақп', 'aqp'],
  3: ['mar', 'мар', 'нау', 'naý', 'nau'],
  4: ['apr', 'апр', 'сәу', 'sáý', 'sau'],
  5: ['may', 'май', 'мая', 'мае', 'мам', 'mam'],
  6: ['jun', 'июн', 'мау', 'maý', 'mau'],
  7: ['jul', 'июл', 'шіл', 'shi'],
  8: ['aug', 'авг', 'там', 'tam'],
  9: ['sep', 'сен', 'қыр', 'qyr'],
  10: ['oct', 'окт', 'қаз', 'qaz'],
  11: ['nov', 'ноя', 'қар', 'qar'],
  12: ['dec', 'дек', 'жел', 'jel'],
};
const MONTH_STEMS = Object.entries(MONTH_NAMES).flatMap(([month, stems]) =>
  stems.map((stem) => [stem, Number(month)] as const),
);

const SEASON_STEMS: readonly (readonly [string, number])[] = [
  ['spring', 21],
  ['summer', 22],
  ['autumn', 23],
  ['fall', 23],
  ['winter', 24],
  ['весн', 21],
  ['лет', 22],
  ['осен', 23],
  ['зим', 24],
  ['көктем', 21],
  ['жаз', 22],
  ['күз', 23],
  ['қыс', 24],
];

// Words that make a date approximate or uncertain, and words that say nothing of the date ("year", "of", "г.").
const APPROXIMATE = new Set([
  'about',
  'around',
  'approximately',
  'approx',
  'circa',
  'ca',
  'c',
  'примерно',
  'около',
  'приблизительно',
  'ок',
  'шамамен',
  'шамасы',
  'shamamen',
  '~',
]);
const UNCERTAIN = new Set([
  'probably',
  'possibly',
  'perhaps',
  'вероятно',
  'возможно',
  'предположительно',
  'мүмкін',
  'múmkin',
]);
const FILLER = new Set([
  'of',
  'the',
  'on',
  'in',
  'в',
  'во',
  'г',
  'гг',
  'год',
  'года',
  'году',
  'годом',
  'жыл',
  'жылы',
  'жылғы',
  'ж',
  'jyly',
  'jylǵy',
]);

function normalize(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\u00a0\s]+/g, ' ')
    .replace(/(\d)(st|nd|rd|th)\b/g, '$1')
    .replace(/,/g, ' ')
    .trim();
}

/** The two ends of a written range: "A – B", "A to B", "between A and B", "с A по B", "A..B"; else undefined. */
function splitRange(text: string): { from: string; to: string } | undefined {
  const between = /^(?:between|from|между|с|со|от)\s+(.+?)\s+(?:and|to|until|till|и|по|до)\s+(.+)$/.exec(
    text,
  );
  if (between?.[1] && between[2]) return { from: between[1], to: between[2] };
  const dash = /^(.+?)\s*(?:[–—]|\.\.|\s-\s|\s+to\s+|\s+until\s+|\s+по\s+|\s+до\s+)\s*(.+)$/.exec(text);
  if (dash?.[1] && dash[2]) return { from: dash[1], to: dash[2] };
  // "3-4 january 2022": two days joined by a hyphen with no spaces.
  const days = /^(\d{1,2})-(\d{1,2})\s+(.+)$/.exec(text);
  if (days?.[1] && days[2] && days[3]) return { from: days[1], to: `${days[2]} ${days[3]}` };
  return undefined;
}

/** One end; a range's first end takes what it leaves out from the second ("Sep – Nov 2022", "3–4 Jan 2022"). */
function readEnd(text: string, next?: WrittenEnd): WrittenEnd | undefined {
  const end: WrittenEnd = { isApproximate: false, isUncertain: false };
  let words = text;
  if (words.endsWith('?')) {
    end.isUncertain = true;
    words = words.slice(0, -1).trim();
  }
  if (words.endsWith('~') || words.startsWith('~')) {
    end.isApproximate = true;
    words = words.replace(/^~|~$/g, '').trim();
  }
  if (!readNumeric(words, end) && !readWords(words, end)) return undefined;
  if (next) {
    if (
      end.year === undefined &&
      end.month === undefined &&
      end.day !== undefined &&
      next.month !== undefined
    ) {
      end.month = next.month;
    }
    if (end.year === undefined) end.year = next.year;
  }
  if (end.year === undefined) return undefined;
  if (end.day !== undefined && (end.month === undefined || end.month > 12)) return undefined;
  if (end.day !== undefined && end.month !== undefined && end.day > daysInMonth(end.year, end.month))
    return undefined;
  return end;
}

/** "2023-01-26", "2023-01", "26.01.2023", "26/01/2023", "01.2023": numbers only, the day first. */
function readNumeric(text: string, end: WrittenEnd): boolean {
  const iso = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text);
  if (iso) return set(end, iso[1], iso[2], iso[3]);
  const dotted = /^(?:(\d{1,2})[./])?(\d{1,2})[./](\d{4})$/.exec(text);
  if (dotted) return set(end, dotted[3], dotted[2], dotted[1]);
  return false;
}

function set(end: WrittenEnd, year?: string, month?: string, day?: string): boolean {
  end.year = Number(year);
  if (month !== undefined) end.month = Number(month);
  if (day !== undefined) end.day = Number(day);
  return end.month === undefined || (end.month >= 1 && end.month <= 12);
}

/** Words in any order: a year of four digits, a day of one or two, a month or season by name, qualifiers. */
function readWords(text: string, end: WrittenEnd): boolean {
  for (const raw of text.split(' ')) {
    const word = raw.replace(/\.$/, '');
    if (word === '' || FILLER.has(word)) continue;
    if (APPROXIMATE.has(word)) end.isApproximate = true;
    else if (UNCERTAIN.has(word)) end.isUncertain = true;
    else if (/^\d{4}$/.test(word)) {
      if (end.year !== undefined) return false;
      end.year = Number(word);
    } else if (/^\d{1,2}$/.test(word)) {
      if (end.day !== undefined) return false;
      end.day = Number(word);
      if (end.day < 1) return false;
    } else {
      const month = monthOf(word);
      if (month === undefined || end.month !== undefined) return false;
      end.month = month;
    }
  }
  return end.year !== undefined || end.month !== undefined || end.day !== undefined;
}

function monthOf(word: string): number | undefined {
  if (!/^\p{L}+$/u.test(word)) return undefined;
  for (const [stem, season] of SEASON_STEMS) if (word.startsWith(stem)) return season;
  if (word.length < 3) return undefined;
  for (const [stem, month] of MONTH_STEMS) if (word.startsWith(stem)) return month;
  return undefined;
}

function formatEnd(end: WrittenEnd): string {
  let text = String(end.year).padStart(4, '0');
  if (end.month !== undefined) text += `-${String(end.month).padStart(2, '0')}`;
  if (end.day !== undefined) text += `-${String(end.day).padStart(2, '0')}`;
  const qualifier =
    end.isApproximate && end.isUncertain ? '%' : end.isApproximate ? '~' : end.isUncertain ? '?' : '';
  return text + qualifier;
}
