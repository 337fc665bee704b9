import type { TextRange } from '../extract/suggestion.ts';
import type { TextSentence } from './text-sentences.ts';

/**
 * A restraint measure a sentence names, by the words its law data gives for the kind ("house arrest"); or, read the
 * same way, a kind of penalty ("лишения свободы").
 */
export interface MeasureMention extends TextRange {
  sentence: number;
  kind: string;
}

interface Word extends TextRange {
  word: string;
}

const wordsOf = (text: string, offset: number): Word[] =>
  [...text.matchAll(/[\p{L}\p{N}]+/gu)].map((m) => ({
    word: m[0].toLowerCase(),
    start: offset + m.index,
    end: offset + m.index + m[0].length,
  }));

/** A kind of thing the law data names, with the words sources use for it by language: a measure, a sentence's type. */
export interface MentionedKind {
  key: string;
  mentions?: Readonly<Record<string, readonly string[]>>;
}

/** The phrases of every kind, each as its words, longest first so that "pretrial detention" wins over "detention". */
function phrasesOf(kinds: readonly MentionedKind[]): { kind: string; words: string[] }[] {
  return kinds
    .flatMap((k) =>
      Object.values(k.mentions ?? {})
        .flat()
        .map((phrase) => ({
          kind: k.key,
          words: phrase
            .toLowerCase()
            .split(/[^\p{L}\p{N}]+/u)
            .filter(Boolean),
        })),
    )
    .sort((a, b) => b.words.length - a.words.length);
}

/**
 * The measures the sentences name, in order, by the phrases the law data gives for each kind: each word of a
 * phrase begins a word of the text, in turn ("домашн арест" finds "под домашним арестом"); the longest phrase at a
 * place wins, and phrases do not overlap.
 */
export function measureMentions(
  sentences: readonly TextSentence[],
  kinds: readonly MentionedKind[],
): MeasureMention[] {
  const phrases = phrasesOf(kinds);
  const out: MeasureMention[] = [];
  sentences.forEach((s, i) => {
    const words = wordsOf(s.text, s.start);
    for (let at = 0; at < words.length; at++) {
      const hit = phrases.find((p) => p.words.every((w, k) => words[at + k]?.word.startsWith(w) === true));
      if (hit === undefined) continue;
      const last = words[at + hit.words.length - 1];
      out.push({ sentence: i, kind: hit.kind, start: words[at]?.start ?? s.start, end: last?.end ?? s.end });
      at += hit.words.length - 1;
    }
  });
  return out;
}
