import { readWrittenDuration, type WrittenDuration } from '../../core/dates/written-duration.ts';
import type { TextRange } from '../extract/suggestion.ts';

/** A length of time a text writes ("just over eight months", "около трёх месяцев"), with the bounds it gives. */
export interface TextDuration extends TextRange {
  text: string;
  bounds: WrittenDuration;
}

// The words of a unit of time, in English, Russian and Kazakh, as a length ends in them (or, in Kazakh, before a
// qualifier: "сегіз айдан астам").
const UNIT =
  /(?<![\p{L}])(?:days?|weeks?|months?|years?|дн(?:я|ей|ям)|день|сут\p{L}*|недел\p{L}*|месяц\p{L}*|год\p{L}*|лет|күн\p{L}*|апта\p{L}*|ай(?:\p{L}*)|жыл\p{L}*)(?![\p{L}])/giu;
/** Words a Kazakh length may end in after its unit. */
const AFTER_UNIT = /^\s+(?:астам|артық|жуық|дейін|шамасында)(?![\p{L}])/iu;
const WORD_BEFORE = /(?:^|[\s(«"“])([^\s(«"“]+)\s*$/u;

/**
 * The lengths of time a text writes, each the longest run of words ending at a unit of time (and a Kazakh
 * qualifier after it) that the core reads as a length: what it is not sure of is left out, never guessed.
 */
export function textDurations(text: string): TextDuration[] {
  const out: TextDuration[] = [];
  for (const m of text.matchAll(UNIT)) {
    let end = m.index + m[0].length;
    const after = AFTER_UNIT.exec(text.slice(end));
    if (after !== null) end += after[0].length;
    let best: TextDuration | undefined;
    let start = m.index;
    // Up to five words back: "just over eight months", "чуть более восьми месяцев", "от восьми до девяти месяцев".
    for (let words = 0; words < 6; words++) {
      const prev = WORD_BEFORE.exec(text.slice(Math.max(0, start - 40), start));
      if (prev === null || /[.;:!?]$/.test(prev[1] ?? '')) break;
      start -= prev[0].length - (prev[0].length - prev[0].trimStart().length) + 0;
      start = text.lastIndexOf(prev[1] ?? '', start + (prev[1] ?? '').length);
      const written = text.slice(start, end);
      const bounds = readWrittenDuration(written);
      // A longer run is kept only when its words say more ("just over eight months"), not a filler ("for").
      if (bounds !== undefined && !isEmpty(bounds) && !isSame(bounds, best?.bounds))
        best = { start, end, text: written, bounds };
    }
    if (best !== undefined && !out.some((d) => best.start < d.end && best.end > d.start)) out.push(best);
  }
  return out;
}

const isEmpty = (b: WrittenDuration) => b.atLeast === undefined && b.atMost === undefined;

const isSame = (a: WrittenDuration, b: WrittenDuration | undefined) =>
  b !== undefined && JSON.stringify(a) === JSON.stringify(b);
