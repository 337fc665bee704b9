import type { TextRange } from '../extract/suggestion.ts';

/** A sentence of a text: its range and its words as written. */
export interface TextSentence extends TextRange {
  text: string;
}

// Words a full stop follows without ending a sentence: abbreviations of article, part, year, number, titles, and
// initials. Compared lower-case, without the stop.
const ABBREVIATIONS = new Set([
  'art',
  'arts',
  'no',
  'nos',
  'para',
  'p',
  'pp',
  'mr',
  'mrs',
  'ms',
  'dr',
  'st',
  'vs',
  'e.g',
  'i.e',
  'ст',
  'ч',
  'п',
  'г',
  'гг',
  'т',
  'им',
  'ул',
  'см',
  'напр',
  'ж',
  'б',
]);

/** Where a sentence may end: a stop, a question or exclamation mark, closing quotes, then a space or line break. */
const END = /[.!?…]+["”»’)\]]*(?=\s)|\n\s*\n|\n(?=\s*[\p{Lu}\d«"“(])/gu;

/**
 * The sentences of a text, in order: a stop ends one unless it follows an abbreviation (Art., ст., ч.), an initial
 * (A.) or a number (Jan. 3.), or the next word begins in lower case; a blank line or a line break before a capital
 * ends one too, so a caption or a title stands apart.
 */
export function textSentences(text: string): TextSentence[] {
  const out: TextSentence[] = [];
  let start = 0;
  for (const m of text.matchAll(END)) {
    const end = m.index + m[0].length;
    const before = /([\p{L}.]+)[.]*$/u.exec(text.slice(Math.max(start, m.index - 12), m.index + 1));
    const word = (before?.[1] ?? '').replace(/\.$/, '').toLowerCase();
    const next = /\S/u.exec(text.slice(end));
    const nextChar = next === null ? '' : (text[end + next.index] ?? '');
    const isBreak = m[0].includes('\n');
    if (!isBreak && m[0].startsWith('.') && (ABBREVIATIONS.has(word) || /^\p{L}$/u.test(word))) continue;
    if (!isBreak && /^\p{Ll}$/u.test(nextChar)) continue;
    push(out, text, start, end);
    start = end;
  }
  push(out, text, start, text.length);
  return out;
}

function push(out: TextSentence[], text: string, from: number, to: number): void {
  const slice = text.slice(from, to);
  const lead = slice.length - slice.trimStart().length;
  const trimmed = slice.trim();
  if (trimmed === '') return;
  out.push({ start: from + lead, end: from + lead + trimmed.length, text: trimmed });
}
