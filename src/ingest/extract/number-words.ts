/**
 * Numbers written in words in Russian (every case: пять, пяти, пятью), Kazakh and English, as sentences and
 * dates write them ("к семи годам", "бес жылға", "five years"), and in digits with the words beside them in
 * brackets ("7 (семи)").
 */

const RU_UNITS: [number, string[]][] = [
  [1, ['один', 'одного', 'одному', 'одним', 'одном', 'одна', 'одной', 'одну', 'одно']],
  [2, ['два', 'две', 'двух', 'двум', 'двумя']],
  [3, ['три', 'трех', 'трёх', 'трем', 'трём', 'тремя']],
  [4, ['четыре', 'четырех', 'четырёх', 'четырем', 'четырём', 'четырьмя']],
  [8, ['восемь', 'восьми', 'восемью', 'восьмью']],
  [40, ['сорок', 'сорока']],
  [90, ['девяносто', 'девяноста']],
  [100, ['сто', 'ста']],
];
/** Numbers whose word ends in ь and declines as пять, пяти, пятью. */
const RU_SOFT: [number, string][] = [
  [5, 'пять'],
  [6, 'шесть'],
  [7, 'семь'],
  [9, 'девять'],
  [10, 'десять'],
  [11, 'одиннадцать'],
  [12, 'двенадцать'],
  [13, 'тринадцать'],
  [14, 'четырнадцать'],
  [15, 'пятнадцать'],
  [16, 'шестнадцать'],
  [17, 'семнадцать'],
  [18, 'восемнадцать'],
  [19, 'девятнадцать'],
  [20, 'двадцать'],
  [30, 'тридцать'],
];
const RU_TENS_COMPOUND: [number, string[]][] = [
  [50, ['пятьдесят', 'пятидесяти', 'пятьюдесятью']],
  [60, ['шестьдесят', 'шестидесяти', 'шестьюдесятью']],
  [70, ['семьдесят', 'семидесяти', 'семьюдесятью']],
  [80, ['восемьдесят', 'восьмидесяти', 'восемьюдесятью']],
];
const KK: [number, string][] = [
  [1, 'бір'],
  [2, 'екі'],
  [3, 'үш'],
  [4, 'төрт'],
  [5, 'бес'],
  [6, 'алты'],
  [7, 'жеті'],
  [8, 'сегіз'],
  [9, 'тоғыз'],
  [10, 'он'],
  [20, 'жиырма'],
  [30, 'отыз'],
  [40, 'қырық'],
  [50, 'елу'],
];
const EN = [
  'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen',
  'seventeen eighteen nineteen',
]
  .join(' ')
  .split(' ');
const EN_TENS: [number, string][] = [
  [20, 'twenty'],
  [30, 'thirty'],
  [40, 'forty'],
  [50, 'fifty'],
];

const WORDS = new Map<string, number>();
for (const [n, forms] of [...RU_UNITS, ...RU_TENS_COMPOUND]) for (const f of forms) WORDS.set(f, n);
for (const [n, word] of RU_SOFT) {
  const stem = word.slice(0, -1);
  for (const f of [word, `${stem}и`, `${stem}ью`]) WORDS.set(f, n);
}
for (const [n, word] of [...KK, ...EN_TENS]) WORDS.set(word, n);
EN.forEach((word, n) => WORDS.set(word, n));

/** A number read from a text, and where its words end. */
export interface ReadNumber {
  value: number;
  end: number;
}

const WORD = /[\p{L}]+(?:-[\p{L}]+)?/uy;
const DIGITS = /(\d{1,6}(?:[  ,]\d{3}(?!\d))*)(?:\s*\(\s*[\p{L}\s-]+\))?(?![\p{L}\p{N}])/uy;

/** The value of one number word ("пяти", "twenty", "бес"), or undefined. */
export function numberWord(word: string): number | undefined {
  return WORDS.get(word.toLowerCase());
}

/**
 * The number written at `at`: digits (with "7 (семи)" read as one), or words, tens then units ("двадцать пять",
 * "twenty-five", "он екі"); undefined when neither is there.
 */
export function readNumberAt(text: string, at: number): ReadNumber | undefined {
  DIGITS.lastIndex = at;
  const digits = DIGITS.exec(text);
  if (digits?.[1]) return { value: Number(digits[1].replace(/\D/g, '')), end: at + digits[0].length };
  const first = wordAt(text, at);
  if (first === undefined) return undefined;
  if (first.value % 10 !== 0 || first.value < 10) return first;
  const space = /[ \t\u00a0]+/uy;
  space.lastIndex = first.end;
  const gap = space.exec(text);
  const next = gap ? wordAt(text, first.end + gap[0].length) : undefined;
  return next && next.value > 0 && next.value < 10
    ? { value: first.value + next.value, end: next.end }
    : first;
}

function wordAt(text: string, at: number): ReadNumber | undefined {
  if (at > 0 && /[\p{L}\p{N}]/u.test(text[at - 1] ?? '')) return undefined;
  WORD.lastIndex = at;
  const m = WORD.exec(text);
  if (!m) return undefined;
  const word = m[0].toLowerCase();
  const whole = WORDS.get(word);
  if (whole !== undefined) return { value: whole, end: at + m[0].length };
  const [tens, units] = word.split('-');
  const t = tens === undefined ? undefined : WORDS.get(tens);
  const u = units === undefined ? undefined : WORDS.get(units);
  if (t !== undefined && u !== undefined && t >= 20 && t % 10 === 0 && u < 10)
    return { value: t + u, end: at + m[0].length };
  // "five-year": the number, its unit after the hyphen.
  if (t !== undefined && u === undefined) return { value: t, end: at + (tens?.length ?? 0) };
  return undefined;
}

const byLength = [...WORDS.keys()].sort((a, b) => b.length - a.length).join('|');
/** Where a number may begin: digits or a number word, not inside another word. */
export const NUMBER_START = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:\d|(?:${byLength})(?![\p{L}]))`, 'giu');
