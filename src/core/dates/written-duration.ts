import type { Duration } from './duration.ts';

/** The bounds a written length gives: at least, at most, or both (equal when the length is stated exactly). */
export interface WrittenDuration {
  atLeast?: Duration;
  atMost?: Duration;
}

/**
 * Reads a length as sources write it, in English, Russian or Kazakh ("just over eight months", "more than two
 * years", "8–9 months", "около трёх месяцев", "чуть более восьми месяцев", "сегіз айдан астам") into the bounds it
 * gives, or undefined when a word of it is not understood. Only what the words say is kept: "more than two years"
 * has no upper bound, "just over eight months" stays under nine, "about three months" lies between two and four.
 */
export function readWrittenDuration(text: string): WrittenDuration | undefined {
  let words = text
    .normalize('NFC')
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/(\d)\s*[–—-]\s*(\d)/g, '$1 – $2')
    .replace(/[,.;:!?()]/g, ' ')
    .split(/\s+/)
    .filter((w) => w !== '' && !FILLER.has(w));
  let qualifier: Qualifier = 'exact';
  // A qualifier (with "a" dropped as filler) may stand before the length ("just over") or, in Kazakh, after it ("айдан астам").
  for (const [phrase, kind] of QUALIFIERS) {
    if (startsWith(words, phrase)) {
      qualifier = kind;
      words = words.slice(phrase.length);
      break;
    }
    if (endsWith(words, phrase)) {
      qualifier = kind;
      words = words.slice(0, words.length - phrase.length);
      break;
    }
  }
  const range = readRange(words);
  if (range !== undefined) return qualifier === 'exact' ? range : undefined;
  const amount = readAmount(words);
  if (amount === undefined) return undefined;
  return bounds(amount, qualifier);
}

type Unit = 'years' | 'months' | 'days';
interface Amount {
  n: number;
  unit: Unit;
  /** Weeks are counted in days, seven a week, and widened by a week, not a day. */
  step: number;
}
type Qualifier = 'exact' | 'justOver' | 'over' | 'justUnder' | 'under' | 'about' | 'atLeast' | 'atMost';

const QUALIFIERS: readonly (readonly [readonly string[], Qualifier])[] = (
  [
    ['just over', 'justOver'],
    ['slightly over', 'justOver'],
    ['little over', 'justOver'],
    ['just more than', 'justOver'],
    ['slightly more than', 'justOver'],
    ['little more than', 'justOver'],
    ['чуть более', 'justOver'],
    ['чуть больше', 'justOver'],
    ['немногим более', 'justOver'],
    ['немногим больше', 'justOver'],
    ['немного более', 'justOver'],
    ['немного больше', 'justOver'],
    ['сәл астам', 'justOver'],
    ['at least', 'atLeast'],
    ['no less than', 'atLeast'],
    ['not less than', 'atLeast'],
    ['не менее', 'atLeast'],
    ['не меньше', 'atLeast'],
    ['кем емес', 'atLeast'],
    ['кем дегенде', 'atLeast'],
    ['at most', 'atMost'],
    ['no more than', 'atMost'],
    ['not more than', 'atMost'],
    ['up to', 'atMost'],
    ['не более', 'atMost'],
    ['не больше', 'atMost'],
    ['до', 'atMost'],
    ['дейін', 'atMost'],
    ['more than', 'over'],
    ['over', 'over'],
    ['upwards', 'over'],
    ['более', 'over'],
    ['больше', 'over'],
    ['свыше', 'over'],
    ['астам', 'over'],
    ['артық', 'over'],
    ['just under', 'justUnder'],
    ['almost', 'justUnder'],
    ['nearly', 'justUnder'],
    ['почти', 'justUnder'],
    ['без малого', 'justUnder'],
    ['жуық', 'justUnder'],
    ['less than', 'under'],
    ['under', 'under'],
    ['fewer than', 'under'],
    ['менее', 'under'],
    ['меньше', 'under'],
    ['кем', 'under'],
    ['about', 'about'],
    ['around', 'about'],
    ['approximately', 'about'],
    ['roughly', 'about'],
    ['some', 'about'],
    ['около', 'about'],
    ['примерно', 'about'],
    ['приблизительно', 'about'],
    ['порядка', 'about'],
    ['шамамен', 'about'],
    ['шамасы', 'about'],
  ] as const
).map(([phrase, kind]) => [phrase.split(' '), kind] as const);

// Words that add nothing to a length: "spent eight months", "a total of", "в течение", "бойы".
const FILLER = new Set(['for', 'a', 'of', 'total', 'в', 'течение', 'на', 'бойы', 'ішінде', 'срок', 'сроком']);

const NUMBERS: Readonly<Record<string, number>> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  ninety: 90,
  один: 1,
  одного: 1,
  одна: 1,
  одной: 1,
  одну: 1,
  два: 2,
  две: 2,
  двух: 2,
  три: 3,
  трех: 3,
  четыре: 4,
  четырех: 4,
  пять: 5,
  пяти: 5,
  шесть: 6,
  шести: 6,
  семь: 7,
  семи: 7,
  восемь: 8,
  восьми: 8,
  девять: 9,
  девяти: 9,
  десять: 10,
  десяти: 10,
  одиннадцать: 11,
  одиннадцати: 11,
  двенадцать: 12,
  двенадцати: 12,
  пятнадцать: 15,
  пятнадцати: 15,
  двадцать: 20,
  двадцати: 20,
  тридцать: 30,
  тридцати: 30,
  полтора: 1.5,
  полутора: 1.5,
  бір: 1,
  екі: 2,
  үш: 3,
  төрт: 4,
  бес: 5,
  алты: 6,
  жеті: 7,
  сегіз: 8,
  тоғыз: 9,
  он: 10,
  жиырма: 20,
  отыз: 30,
};

// Units by the start of their written forms: months, месяца, месяцев, айдан, жылға, суток.
const UNITS: readonly (readonly [string, Unit, number])[] = [
  ['year', 'years', 1],
  ['yr', 'years', 1],
  ['month', 'months', 1],
  ['week', 'days', 7],
  ['day', 'days', 1],
  ['год', 'years', 1],
  ['лет', 'years', 1],
  ['месяц', 'months', 1],
  ['мес', 'months', 1],
  ['недел', 'days', 7],
  ['дн', 'days', 1],
  ['день', 'days', 1],
  ['сут', 'days', 1],
  ['жыл', 'years', 1],
  ['ай', 'months', 1],
  ['апта', 'days', 7],
  ['күн', 'days', 1],
];

function startsWith(words: readonly string[], phrase: readonly string[]): boolean {
  return phrase.length < words.length && phrase.every((p, i) => words[i] === p);
}

function endsWith(words: readonly string[], phrase: readonly string[]): boolean {
  const offset = words.length - phrase.length;
  return offset > 0 && phrase.every((p, i) => words[offset + i] === p);
}

function numberOf(word: string): number | undefined {
  if (/^\d+$/.test(word)) return Number(word);
  const exact = NUMBERS[word];
  if (exact !== undefined) return exact;
  // Kazakh numbers take suffixes too ("сегізден"): read by a start of three letters or more.
  const stem = Object.keys(NUMBERS).find(
    (n) => n.length >= 3 && word.startsWith(n) && /^\p{Script=Cyrillic}/u.test(n),
  );
  return stem === undefined ? undefined : NUMBERS[stem];
}

function unitOf(word: string): readonly [Unit, number] | undefined {
  const found = UNITS.find(([stem]) => word.startsWith(stem));
  return found === undefined ? undefined : [found[1], found[2]];
}

/** "eight months", "11 months", "a year" (the "a" was dropped as filler, so a unit alone is one), "он бір ай". */
function readAmount(words: readonly string[]): Amount | undefined {
  if (words.length === 1) {
    const unit = unitOf(words[0] ?? '');
    return unit === undefined ? undefined : { n: unit[1], unit: unit[0], step: unit[1] };
  }
  const unitWord = words.at(-1) ?? '';
  const unit = unitOf(unitWord);
  if (unit === undefined) return undefined;
  const numberWords = words.slice(0, -1);
  let n = 0;
  for (const word of numberWords) {
    const value = numberOf(word);
    if (value === undefined) return undefined;
    n += value;
  }
  if (n <= 0) return undefined;
  // A year and a half, полтора года: counted in months.
  if (!Number.isInteger(n)) {
    if (unit[0] !== 'years') return undefined;
    return { n: n * 12, unit: 'months', step: 1 };
  }
  return { n: n * unit[1], unit: unit[0], step: unit[1] };
}

/** "8 – 9 months", "from 8 to 9 months", "between eight and nine months", "от 8 до 9 месяцев". */
function readRange(words: readonly string[]): WrittenDuration | undefined {
  const joined = words.join(' ');
  const m = /^(?:from |between |от |с )?(\S+) (?:–|to|and|до|по|-) (.+)$/.exec(joined);
  if (m === null) return undefined;
  const upper = readAmount((m[2] ?? '').split(' '));
  const lowerN = numberOf(m[1] ?? '');
  if (upper === undefined || lowerN === undefined) return undefined;
  const lower = lowerN * upper.step;
  if (lower > upper.n) return undefined;
  return { atLeast: { [upper.unit]: lower }, atMost: { [upper.unit]: upper.n } };
}

function bounds({ n, unit, step }: Amount, qualifier: Qualifier): WrittenDuration {
  const of = (value: number): Duration => ({ [unit]: value });
  switch (qualifier) {
    case 'exact':
      return { atLeast: of(n), atMost: of(n) };
    case 'justOver':
      return { atLeast: of(n), atMost: of(n + step) };
    case 'over':
    case 'atLeast':
      return { atLeast: of(n) };
    case 'justUnder':
      return n - step > 0 ? { atLeast: of(n - step), atMost: of(n) } : { atMost: of(n) };
    case 'under':
    case 'atMost':
      return { atMost: of(n) };
    case 'about':
      return n - step > 0 ? { atLeast: of(n - step), atMost: of(n + step) } : { atMost: of(n + step) };
  }
}
