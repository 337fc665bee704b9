/**
 * How text becomes index tokens, the same for what is written and what is asked, on every provider: words
 * lower-cased without marks, and terms (name keys, loose keys, articles) as plain [a-z0-9] tokens that a
 * full-text engine matches exactly and no word of text can be mistaken for (a prefix letter per sort).
 */

/** The words of a text as the index keeps them: lower case, marks taken off (ё as е, й as и), dotless ı as i. */
export function normalWords(text: string): string[] {
  const plain = text.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/ı/g, 'i');
  return plain.match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** The word itself, as normalWords would give it (undefined when it has no letter or digit). */
export function normalWord(word: string): string | undefined {
  return normalWords(word)[0];
}

const clean = (s: string): string => s.toLowerCase().replace(/[^a-z0-9]/g, '');

/** The term of a name's exact key. */
export const exactTerm = (key: string): string => `n${clean(key)}`;
/** The term of a name's loose key (first letter and consonants). */
export const looseTerm = (key: string): string => `l${clean(key)}`;

/**
 * The term every entry carries for its kind and whether it is a name ('kperson' a person's other text,
 * 'kpersonn' a person's name): a query intersected with it finds one kind's names or text alone, in the
 * engine's own order, without reading the rest ("ст. 272" finds charges by the hundred thousand, names never).
 */
export const segmentTerm = (kind: string, isName: boolean): string => `k${clean(kind)}${isName ? 'n' : ''}`;

/** An article of a criminal code, with its part when known. */
export interface ArticleCitation {
  article: string;
  part?: string;
}

/** The terms of an article: the article alone, and with its part ('a272', 'a272p1'). */
export function articleTerms(citation: ArticleCitation): string[] {
  const article = `a${citation.article.toLowerCase().replace(/[^0-9a-z]/g, 'x')}`;
  return citation.part === undefined ? [article] : [article, `${article}p${clean(citation.part)}`];
}

// 272, 405-1, 207.3, and 206.3.2 as the codes that number their parts and points in the article's number write it.
const ART = String.raw`(\d{1,4}(?:-\d{1,2}|\.\d{1,2}(?:\.\d{1,2})?)?)`;
const PART = String.raw`(\d{1,2})`;
const B = String.raw`(?<![\p{L}\p{N}])`;
const E = String.raw`(?![\p{L}\p{N}])`;
const PART_WORD = String.raw`(?:ч\.|ч|частью|часть|части|part|pt\.|p\.)`;
// Kazakh writes the number first (272-бап): бап is not a word before one.
const ARTICLE_WORD = String.raw`(?:ст\.|статьи|статья|статье|статьёй|статьей|статью|ст|article|art\.|art)`;

/** Every form a citation is written in, each giving [article, part] by its groups' names. */
const CITATION_FORMS: { re: RegExp; article: number; part: number[] }[] = [
  // ч. 1 ст. 272 (УК РК)
  {
    re: new RegExp(`${B}${PART_WORD}\\s*${PART}\\s*${ARTICLE_WORD}\\s*${ART}${E}`, 'giu'),
    article: 2,
    part: [1],
  },
  // ст. 272, Article 272(1), ст. 272 ч. 1
  {
    re: new RegExp(
      `${B}${ARTICLE_WORD}\\s*${ART}(?:\\s*\\(\\s*${PART}\\s*\\))?(?:\\s*${PART_WORD}\\s*${PART})?${E}`,
      'giu',
    ),
    article: 1,
    part: [2, 3],
  },
  // 272-бап, 272-баптың 1-бөлігі
  {
    re: new RegExp(`${B}${ART}\\s*-?\\s*(?:бап\\p{L}*)(?:\\s*${PART}\\s*-?\\s*бөлі\\p{L}*)?`, 'giu'),
    article: 1,
    part: [2],
  },
  // 272(1)
  { re: new RegExp(`${B}${ART}\\s*\\(\\s*${PART}\\s*\\)`, 'giu'), article: 1, part: [2] },
  // 272 ч.1, but not a time of day: "в 14 ч. 30 мин." is hours and minutes
  {
    re: new RegExp(`${B}${ART}\\s*${PART_WORD}\\s*${PART}${E}(?!\\s*(?:мин|min))`, 'giu'),
    article: 1,
    part: [2],
  },
];

/** Words that name the code a citation is of, dropped from a query beside a citation ("УК РК"). */
const CODE_WORDS = new Set(['ук', 'рк', 'кк', 'қк', 'қр', 'cc', 'kz', 'criminal', 'code', 'of', 'the']);

/** The citations a text holds, and the text with them (and the code's name beside them) taken out. */
export function findCitations(text: string): { citations: ArticleCitation[]; rest: string } {
  const found: { start: number; end: number; citation: ArticleCitation }[] = [];
  for (const form of CITATION_FORMS) {
    for (const m of text.matchAll(form.re)) {
      const start = m.index;
      const end = start + m[0].length;
      if (found.some((f) => start < f.end && end > f.start)) continue;
      const article = m[form.article];
      if (article === undefined) continue;
      const part = form.part.map((i) => m[i]).find((p) => p !== undefined);
      found.push({ start, end, citation: part === undefined ? { article } : { article, part } });
    }
  }
  if (found.length === 0) return { citations: [], rest: text };
  found.sort((a, b) => a.start - b.start);
  let rest = '';
  let at = 0;
  for (const f of found) {
    rest += `${text.slice(at, f.start)} `;
    at = f.end;
  }
  rest += text.slice(at);
  return { citations: found.map((f) => f.citation), rest };
}

/** A query's words without the names of a code, once a citation was found in it. */
export function withoutCodeWords(words: readonly string[]): string[] {
  return words.filter((w) => !CODE_WORDS.has(normalWord(w) ?? ''));
}
