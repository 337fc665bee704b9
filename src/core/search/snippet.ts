import type { NameFolder } from '../names/name-folding.ts';
import type { SnippetSegment } from './search.ts';
import type { MatchPlan } from './search-query.ts';
import { articleTerms, exactTerm, looseTerm, normalWord } from './search-text.ts';

const WINDOW = 160;
/** A word of a text as a snippet reads it: letters, marks, digits and apostrophes in a row. */
const WORD = /[\p{L}\p{M}\p{N}'’]+/gu;
const WORD_CHAR = /^[\p{L}\p{M}\p{N}'’]$/u;

type Marks = MatchPlan['marks'];
/**
 * Words judged for one query's marks: the hits of a page share its words (a page repeats them, and the pages of a
 * search their phrases), so each is judged once a search, not once a hit.
 */
const judgedFor = new WeakMap<Marks, { folder: Pick<NameFolder, 'fold'>; judged: Map<string, boolean> }>();

/** Whether a word of a text is one the query matched: by its words, its name keys or its article. */
function hitJudge(folder: Pick<NameFolder, 'fold'>, marks: Marks): (word: string) => boolean {
  let known = judgedFor.get(marks);
  if (known?.folder !== folder) {
    known = { folder, judged: new Map() };
    judgedFor.set(marks, known);
  }
  const { judged } = known;
  const judge = (word: string): boolean => {
    const normal = normalWord(word);
    if (normal === undefined) return false;
    if (marks.words.has(normal)) return true;
    if (/^\d/.test(normal)) return articleTerms({ article: normal }).some((t) => marks.terms.has(t));
    return folder
      .fold(word)
      .some(
        (f) =>
          f.keys.some((k) => marks.terms.has(exactTerm(k))) ||
          f.looseKeys.some((k) => marks.terms.has(looseTerm(k))),
      );
  };
  return (word) => {
    let hit = judged.get(word);
    if (hit === undefined) {
      hit = judge(word);
      judged.set(word, hit);
    }
    return hit;
  };
}

/** The words of a text from `from` on, each with where it starts. */
function* wordsFrom(text: string, from: number): Generator<{ word: string; at: number }> {
  const pattern = new RegExp(WORD.source, WORD.flags);
  pattern.lastIndex = from;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) yield { word: m[0], at: m.index };
}

/** Where the word that `at` falls in begins (`at` itself when it falls between words). */
function wordStart(text: string, at: number): number {
  let from = at;
  for (;;) {
    const isPair = from >= 2 && /[\uDC00-\uDFFF]/.test(text.charAt(from - 1));
    const width = isPair ? 2 : 1;
    if (from - width < 0 || !WORD_CHAR.test(text.slice(from - width, from))) return from;
    from -= width;
  }
}

/**
 * The snippet of a matched field as plain segments (never HTML): a window of its text around the first word the
 * query matched, with each matched word (by its words, its name keys or its article) a segment marked `hit`. Only
 * the words up to the first hit and those of the window are read: a page runs to 10,000 characters.
 */
export function snippetOf(folder: Pick<NameFolder, 'fold'>, text: string, marks: Marks): SnippetSegment[] {
  const isHit = hitJudge(folder, marks);
  let start = 0;
  let end = text.length;
  if (text.length > WINDOW) {
    let at = 0;
    for (const w of wordsFrom(text, 0))
      if (isHit(w.word)) {
        at = w.at;
        break;
      }
    start = Math.max(0, at - WINDOW / 4);
    end = Math.min(text.length, start + WINDOW);
    // Whole words at the edges.
    while (start > 0 && /[\p{L}\p{N}]/u.test(text.charAt(start - 1))) start--;
    while (end < text.length && /[\p{L}\p{N}]/u.test(text.charAt(end))) end++;
  }
  const segments: SnippetSegment[] = [];
  const push = (piece: string, hit: boolean): void => {
    if (piece === '') return;
    const last = segments.at(-1);
    if (last !== undefined && last.hit === hit) last.text += piece;
    else segments.push({ text: piece, hit });
  };
  if (start > 0) push('…', false);
  let at = start;
  // From the start of the word the window begins in: the words a reading of the whole text would give there.
  for (const w of wordsFrom(text, wordStart(text, start))) {
    const to = w.at + w.word.length;
    if (w.at >= end) break;
    if (to <= start) continue;
    push(text.slice(at, w.at), false);
    push(w.word, isHit(w.word));
    at = to;
  }
  push(text.slice(at, end), false);
  if (end < text.length) push('…', false);
  return segments;
}
