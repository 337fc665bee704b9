import { codeNameAt, codeNameBefore, type CodeName } from './code-names.ts';

/** One article as a phrase cites it, with its part and point, and where in the text it is. */
export interface CitedRef {
  article: string;
  part?: string;
  point?: string;
  start: number;
  end: number;
}

/** The references of a phrase up to the code named after them (or before them, as Kazakh writes it). */
export interface CitationSegment {
  refs: CitedRef[];
  code?: CodeName;
}

/** Citations written together ("ч. 3 ст. 24, ч. 1 ст. 272 УК РК"): a general-part article qualifies the others. */
export interface CitationPhrase {
  segments: CitationSegment[];
  start: number;
  end: number;
}

const NB = String.raw`(?![\p{L}\p{N}])`;
const ART_MARK = new RegExp(
  String.raw`(?:ст\.\s*ст\.|стст\.|статей|стать(?:я|и|е|ю|ей|ёй|ям|ями|ях)${NB}|ст\.|ст${NB}|articles?${NB}|arts?\.|art${NB})`,
  'iuy',
);
const PART_MARK = new RegExp(
  String.raw`(?:ч\.\s*ч\.|ч\.|ч(?=\s*\d)|част(?:ь|и|ью|ей|ям|ями|ях)${NB}|parts?${NB}|pts?\.)`,
  'iuy',
);
const POINT_MARK = new RegExp(
  String.raw`(?:пп\.|п\.\s*п\.|п\.|п(?=\s*[\d«"“])|(?:под)?пункт(?:а|е|ом|ы|ов|ам|ами|ах)?${NB}|(?:sub)?paragraphs?${NB}|para\.|points?${NB}|items?${NB})`,
  'iuy',
);
const NUMBER = /(\d{1,4})(?:\.(\d{1,2}(?:\.\d{1,2})?)|\s*-\s*(\d{1,4})|\s*[–—]\s*(\d{1,4}))?(?![\p{N}])/uy;
const PAREN = /\s*\(\s*(\d{1,2}|\p{L})\s*\)/uy;
const POINT =
  /(?:[«"“„']\s*(\p{L}|\d{1,2})\s*[»"”“']|\(\s*(\p{L}|\d{1,2})\s*\)|(\d{1,2})\)?|(\p{L})\))(?![\p{L}\p{N}])|(\p{L})(?![\p{L}\p{N}.])/uy;
const LIST_SEP = /\s*(?:,\s*(?:и|and|or|или)?|\s(?:и|and|or|или))\s*/iuy;
const KZ_NUM = String.raw`\d{1,4}(?:-\d{1,2})?`;
const KZ_LIST = String.raw`${KZ_NUM}(?:\s*(?:,|және|мен)\s*${KZ_NUM})*\s*-?\s*`;
const KZ_ART = new RegExp(String.raw`${KZ_LIST}(?:бап|баб)\p{L}*`, 'iuy');
const KZ_PART = new RegExp(String.raw`\s*${KZ_LIST}бөлі\p{L}*`, 'iuy');
const KZ_POINT = new RegExp(String.raw`\s*${KZ_LIST}(?:тармақ|тармағ)\p{L}*`, 'iuy');
const KZ_NUMS = new RegExp(KZ_NUM, 'gu');
const OF = /\s*(?:of\s+)?/iuy;
const CONNECTOR =
  /\s*(?:[,;–—-]\s*)?(?:(?:и|and|а также|as well as|in conjunction with|with|в совокупности со?|во взаимосвязи со?|в связи со?|және|мен)\s+)?/iuy;
const BEFORE_CODE = /\s*,?\s*(?:of\s+)?(?:the\s+)?/iuy;
/** What may follow a number that a list adds ("ст.ст. 174, 274 УК"), so that "ст. 272, 15 января" stops at 272. */
const AFTER_LIST_ITEM =
  /\s*(?:$|[^\p{L}\s]|(?:и|and|or|или|ч|част|п|пункт|ст|стать|УК|УПК|КоАП|Уголовн|Кодекс|Criminal|Penal|Code|of|Parts?|Articles?|ҚР|ҚК|ҚПК|Қылмыст)(?![\p{L}]))/iuy;

/** Where a phrase may begin: a mark of an article, part or point, or a Kazakh number with бап. */
const START = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:${ART_MARK.source}|${PART_MARK.source}|${POINT_MARK.source}|\d{1,4}(?:-\d{1,2})?(?:\s*(?:,|және|мен)\s*\d{1,4}(?:-\d{1,2})?)*\s*-?\s*ба[пб])`,
  'giu',
);

/** Every citation phrase in a text, in order; nothing is returned for a number without a word naming it. */
export function parseCitationPhrases(text: string): CitationPhrase[] {
  const phrases: CitationPhrase[] = [];
  START.lastIndex = 0;
  for (let m = START.exec(text); m; m = START.exec(text)) {
    const phrase = parsePhrase(text, m.index);
    if (phrase) {
      phrases.push(phrase);
      START.lastIndex = phrase.end;
    } else START.lastIndex = m.index + 1;
  }
  return phrases;
}

function at(re: RegExp, text: string, pos: number): RegExpExecArray | null {
  re.lastIndex = pos;
  return re.exec(text);
}

function parsePhrase(text: string, start: number): CitationPhrase | undefined {
  const first = parseRef(text, start);
  if (!first) return undefined;
  const segments: CitationSegment[] = [];
  let refs = first.refs;
  let end = first.end;
  for (;;) {
    const sep = at(BEFORE_CODE, text, end);
    const code = codeNameAt(text, end + (sep?.[0].length ?? 0));
    if (code) {
      segments.push({ refs, code });
      refs = [];
      end = code.end;
    }
    const conn = at(CONNECTOR, text, end);
    const next = parseRef(text, end + (conn?.[0].length ?? 0));
    if (!next) break;
    refs = [...refs, ...next.refs];
    end = next.end;
  }
  if (refs.length > 0) segments.push({ refs });
  const before = codeNameBefore(text, start);
  const firstSegment = segments[0];
  if (before && firstSegment && firstSegment.code === undefined) firstSegment.code = before;
  return { segments, start: before?.start ?? start, end };
}

interface Parsed {
  refs: CitedRef[];
  end: number;
}

/** One reference: Kazakh (272-баптың 1-бөлігі), article first (ст. 158 ч. 2 п. «б»), or point and part first. */
function parseRef(text: string, start: number): Parsed | undefined {
  return parseKazakh(text, start) ?? parseArticleFirst(text, start) ?? parseArticleLast(text, start);
}

function kazakhNumbers(match: RegExpExecArray | null): string[] {
  return match ? [...match[0].matchAll(KZ_NUMS)].map((m) => m[0]) : [];
}

function parseKazakh(text: string, start: number): Parsed | undefined {
  const art = at(KZ_ART, text, start);
  if (!art) return undefined;
  let end = start + art[0].length;
  const part = at(KZ_PART, text, end);
  if (part) end += part[0].length;
  const point = at(KZ_POINT, text, end);
  if (point) end += point[0].length;
  const articles = kazakhNumbers(art).map((article) => ({ article }));
  return { refs: combine(articles, kazakhNumbers(part), kazakhNumbers(point), start, end), end };
}

function parseArticleFirst(text: string, start: number): Parsed | undefined {
  const mark = at(ART_MARK, text, start);
  if (!mark) return undefined;
  const articles = articleList(text, skipSpace(text, start + mark[0].length));
  if (!articles) return undefined;
  let end = articles.end;
  let parts: string[] = [];
  let points: string[] = [];
  // "Article 174, Part 1": the part may follow a comma.
  const comma = at(/\s*,/uy, text, end);
  const part =
    markedList(text, end, PART_MARK, 'number') ??
    (comma ? markedList(text, end + comma[0].length, PART_MARK, 'number') : undefined);
  if (part) ({ values: parts, end } = part);
  const point = markedList(text, end, POINT_MARK, 'point');
  if (point) ({ values: points, end } = point);
  return { refs: combine(articles.items, parts, points, start, end), end };
}

function parseArticleLast(text: string, start: number): Parsed | undefined {
  let end = start;
  let points: string[] = [];
  let parts: string[] = [];
  const point = markedList(text, end, POINT_MARK, 'point', true);
  if (point) ({ values: points, end } = point);
  const part = markedList(
    text,
    end + (point ? (at(OF, text, end)?.[0].length ?? 0) : 0),
    PART_MARK,
    'number',
    true,
  );
  if (part) ({ values: parts, end } = part);
  if (!point && !part) return undefined;
  const ofLength = at(OF, text, end)?.[0].length ?? 0;
  const mark = at(ART_MARK, text, end + ofLength);
  if (!mark) return undefined;
  const articles = articleList(text, skipSpace(text, end + ofLength + mark[0].length));
  if (!articles) return undefined;
  return { refs: combine(articles.items, parts, points, start, articles.end), end: articles.end };
}

function skipSpace(text: string, pos: number): number {
  while (pos < text.length && /\s/u.test(text[pos] ?? '')) pos++;
  return pos;
}

type Item = { article: string; part?: string; point?: string };

/** "174, 274", "255–258", "272(1)(а)", "207.3", "405-1": the articles a mark names. */
function articleList(text: string, pos: number): { items: Item[]; end: number } | undefined {
  const items: Item[] = [];
  let end = pos;
  for (;;) {
    const from = items.length === 0 ? end : end + (at(LIST_SEP, text, end)?.[0].length ?? -1);
    if (from < end) break;
    const n = at(NUMBER, text, from);
    if (!n?.[1]) break;
    let after = from + n[0].length;
    const part = at(PAREN, text, after);
    if (part) after += part[0].length;
    const point = part ? at(PAREN, text, after) : null;
    if (point) after += point[0].length;
    if (items.length > 0 && !at(AFTER_LIST_ITEM, text, after)) break;
    for (const article of numbers(n)) {
      const item: Item = { article };
      if (part?.[1]) item.part = part[1];
      if (point?.[1]) item.point = point[1].toLowerCase();
      items.push(item);
    }
    end = after;
  }
  return items.length > 0 ? { items, end } : undefined;
}

/**
 * The article or articles one number stands for: 207.3 and 206.3.2 (numbered as the codes that number their parts
 * and points so write them, kept whole), 405-1 (a sub-number: smaller), 255-258 (a range).
 */
function numbers(n: RegExpExecArray): string[] {
  const [, first = '', dotted, hyphened, dashed] = n;
  if (dotted !== undefined) return [`${first}.${dotted}`];
  const last = hyphened ?? dashed;
  if (last === undefined) return [first];
  const [a, b] = [Number(first), Number(last)];
  if (dashed === undefined && last.length <= 2 && b < a) return [`${first}-${last}`];
  if (b <= a || b - a > 30) return [first, last];
  return Array.from({ length: b - a + 1 }, (_, i) => String(a + i));
}

/** A mark and the numbers or letters it names ("ч.ч. 1 и 2", "п. «а», «б»"). */
function markedList(
  text: string,
  pos: number,
  mark: RegExp,
  kind: 'number' | 'point',
  isFirst = false,
): { values: string[]; end: number } | undefined {
  const m = at(mark, text, isFirst ? pos : skipSpace(text, pos));
  if (!m) return undefined;
  let end = m.index + m[0].length;
  const values: string[] = [];
  for (;;) {
    const from =
      values.length === 0 ? skipSpace(text, end) : end + (at(LIST_SEP, text, end)?.[0].length ?? -1);
    if (from < end) break;
    const v = kind === 'number' ? at(/(\d{1,2})(?![\p{L}\p{N}])/uy, text, from) : at(POINT, text, from);
    const value = v?.slice(1).find((g) => g !== undefined);
    if (!v || value === undefined) break;
    if (values.length > 0 && !at(AFTER_LIST_ITEM, text, from + v[0].length)) break;
    values.push(value.toLowerCase());
    end = from + v[0].length;
  }
  return values.length > 0 ? { values, end } : undefined;
}

/** Every article with every part and point the phrase gives it (a list of parts cites each). */
function combine(items: Item[], parts: string[], points: string[], start: number, end: number): CitedRef[] {
  const refs: CitedRef[] = [];
  for (const item of items)
    for (const part of parts.length > 0 ? parts : [item.part])
      for (const point of points.length > 0 ? points : [item.point]) {
        const ref: CitedRef = { article: item.article, start, end };
        if (part !== undefined) ref.part = part;
        if (point !== undefined) ref.point = point;
        refs.push(ref);
      }
  return refs;
}
