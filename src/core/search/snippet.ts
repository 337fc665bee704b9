import type { NameFolder } from '../names/name-folding.ts';
import type { SnippetSegment } from './search.ts';
import type { MatchPlan } from './search-query.ts';
import { articleTerms, exactTerm, looseTerm, normalWord } from './search-text.ts';

const WINDOW = 160;

/**
 * The snippet of a matched field as plain segments (never HTML): a window of its text around the first word the
 * query matched, with each matched word (by its words, its name keys or its article) a segment marked `hit`.
 */
export function snippetOf(
  folder: Pick<NameFolder, 'fold'>,
  text: string,
  marks: MatchPlan['marks'],
): SnippetSegment[] {
  // A page repeats its words: each is judged once.
  const judged = new Map<string, boolean>();
  const isHit = (word: string): boolean => {
    let hit = judged.get(word);
    if (hit === undefined) {
      hit = judge(word);
      judged.set(word, hit);
    }
    return hit;
  };
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
  const words = [...text.matchAll(/[\p{L}\p{M}\p{N}'’]+/gu)];
  let start = 0;
  let end = text.length;
  if (text.length > WINDOW) {
    const first = words.find((m) => isHit(m[0]));
    const at = first?.index ?? 0;
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
  for (const m of words) {
    const from = m.index;
    const to = from + m[0].length;
    if (to <= start || from >= end) continue;
    push(text.slice(at, from), false);
    push(m[0], isHit(m[0]));
    at = to;
  }
  push(text.slice(at, end), false);
  if (end < text.length) push('…', false);
  return segments;
}
