// A text laid out as read: its paragraphs, each sentence a row was read from (or cites) marked in it, and the rows
// after the sentence; shared by the form filled from a source's text and the source read beside what a case records.

/** Between the sentences of a row read from several ("… in pretrial detention. … Mamay remains under house arrest."). */
export const JOINED = ' … ';

/** The sentences a row's quote joins. */
export const sentencesOf = (quote: string): string[] => quote.split(JOINED);

/** A row ("charges.2", "charge:x#1") and the sentence of the text it was read from, or cites. */
export interface QuotedRow {
  place: string;
  quote: string;
  /**
   * Of the sentences a quote joins, the one (from 0) its line follows: the last unless said (a charge's own sentence,
   * before the one saying what it carries).
   */
  lineAfter?: number;
}

/** A stretch of a paragraph: its words, the rows read from it, and the rows whose sentence ends with it. */
export interface AsReadPiece {
  text: string;
  places: string[];
  ends: string[];
}

/** A paragraph of the text, numbered from 1, in pieces, with the rows whose sentence begins in it. */
export interface AsReadParagraph {
  n: number;
  pieces: AsReadPiece[];
  places: string[];
}

/** The text laid out as read, and the paragraph each row's sentence was found in. */
export interface TextAsRead {
  paragraphs: AsReadParagraph[];
  paragraphOf: Map<string, number>;
}

/**
 * The text as paragraphs (blocks between blank lines, or its lines where it has none), each cut where a row's
 * sentence begins or ends, so the sentences the form read are marked in the text itself and what each row records
 * is said under the paragraph it was read in. A sentence is found however its spaces and line breaks run; a quote
 * joining two sentences ("… … …") is found by each. A row whose sentence is not in the text is left out.
 */
export function textAsRead(text: string, rows: readonly QuotedRow[]): TextAsRead {
  const blocks = paragraphRanges(text);
  const spans: { start: number; end: number; place: string; isLast: boolean }[] = [];
  const paragraphOf = new Map<string, number>();
  for (const { place, quote, lineAfter } of rows) {
    const ranges = quoteRanges(text, quote);
    if (ranges === undefined) continue;
    const after = lineAfter !== undefined && lineAfter < ranges.length ? lineAfter : ranges.length - 1;
    ranges.forEach((r, k) => spans.push({ ...r, place, isLast: k === after }));
    paragraphOf.set(place, paragraphAt(blocks, ranges[0]?.start ?? 0));
  }
  const paragraphs = blocks.map((block, b) => {
    const cuts = new Set([block.start, block.end]);
    for (const s of spans) {
      if (s.start > block.start && s.start < block.end) cuts.add(s.start);
      if (s.end > block.start && s.end < block.end) cuts.add(s.end);
    }
    const at = [...cuts].sort((x, y) => x - y);
    const pieces = at.slice(1).map((end, k) => {
      const start = at[k] ?? block.start;
      const over = spans.filter((s) => s.start <= start && s.end >= end);
      return {
        text: text.slice(start, end),
        places: [...new Set(over.map((s) => s.place))],
        ends: [...new Set(over.filter((s) => s.isLast && s.end === end).map((s) => s.place))],
      };
    });
    const places = rows.map((r) => r.place).filter((place) => paragraphOf.get(place) === b + 1);
    return { n: b + 1, pieces, places };
  });
  return { paragraphs, paragraphOf };
}

/**
 * For one text, the paragraph (from 1) a sentence quoted by a row begins in, or undefined where the text does not
 * hold it: the paragraphs are found once, and each quote once.
 */
export function paragraphFinder(text: string): (quote: string) => number | undefined {
  const blocks = paragraphRanges(text);
  const found = new Map<string, number | undefined>();
  return (quote) => {
    if (!found.has(quote)) {
      const ranges = quoteRanges(text, quote);
      // A quote joining sentences of several paragraphs has its line after the last of them: that one is said.
      found.set(quote, ranges === undefined ? undefined : paragraphAt(blocks, ranges.at(-1)?.start ?? 0));
    }
    return found.get(quote);
  };
}

const paragraphAt = (blocks: readonly { end: number }[], at: number) =>
  blocks.findIndex((b) => at < b.end) + 1;

/** A quote's place in the text: the sentence, or each of the sentences it joins ("… … …"); undefined if any is not. */
function quoteRanges(text: string, quote: string): { start: number; end: number }[] | undefined {
  const whole = rangeOf(text, quote);
  const parts = whole !== undefined ? [whole] : sentencesOf(quote).map((part) => rangeOf(text, part));
  return parts.every((r) => r !== undefined) ? parts : undefined;
}

/** The paragraphs' ranges, trimmed: blocks between blank lines, or, in a text without any, its lines. */
function paragraphRanges(text: string): { start: number; end: number }[] {
  const breaks = /\n[ \t]*\n/.test(text) ? /\n[ \t]*(?:\n[ \t]*)+/g : /\n/g;
  const out: { start: number; end: number }[] = [];
  let from = 0;
  const push = (to: number) => {
    const slice = text.slice(from, to);
    const lead = slice.length - slice.trimStart().length;
    const trimmed = slice.trim();
    if (trimmed !== '') out.push({ start: from + lead, end: from + lead + trimmed.length });
  };
  for (const m of text.matchAll(breaks)) {
    push(m.index);
    from = m.index + m[0].length;
  }
  push(text.length);
  return out;
}

/** Where a sentence stands in the text, its spaces matched by any run of white space. */
function rangeOf(text: string, sentence: string): { start: number; end: number } | undefined {
  const words = sentence
    .trim()
    .split(/\s+/u)
    .filter((w) => w !== '');
  if (words.length === 0) return undefined;
  const pattern = new RegExp(words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+'), 'u');
  const m = pattern.exec(text);
  return m === null ? undefined : { start: m.index, end: m.index + m[0].length };
}
