import { durationMonths, type Duration } from '../../core/dates/duration.ts';
import { readWrittenDuration } from '../../core/dates/written-duration.ts';
import type { DraftQuote, DraftStatedMaximum } from './draft-types.ts';
import type { TextSentence } from './text-sentences.ts';

// A text often says what a charge carries: "The charge carries a maximum 10-year prison sentence", "he faces up to
// seven years", «грозит до десяти лет лишения свободы», «10 жылға дейін бас бостандығынан айыру». It is read as the
// longest term the text gives the charges it speaks of, to be set against the term the law data gives their
// articles: where the two differ, the article or its part may have been read or typed wrong, or the text is wrong.

/** A sentence about a prison term, or about what a charge carries. */
const ABOUT_TERM =
  /prison|imprison|jail|behind bars|carr(?:y|ies)|faces?(?![\p{L}])|punishable|лишени\p{L}* свобод|заключени|колони|тюрьм|грозит|предусматрива|карается|бас бостандығынан|түрме|қатер/iu;
/** A sentence of a verdict: the term it gives was imposed, not the most the charge carries. */
const VERDICT = /sentenc(?:ed|ing)|convicted|приговор|осужд|үкім|сотта(?:лды|ды)/iu;
/** "a maximum 10-year", "a maximum of ten years", "a 10-year maximum", «максимальный срок — 10 лет». */
const MAXIMUM =
  /maximum(?:\s+of)?\s+([\p{L}\d]+)[-\s]years?(?![\p{L}])|([\p{L}\d]+)[-\s]years?\s+maximum|максимальн\p{L}*\s+(?:наказани\p{L}*|срок\p{L}*)[^.;]{0,30}?([\p{L}\d]+)\s+(?:лет|год\p{L}*)(?![\p{L}])/giu;
/** "up to 10 years", «до десяти лет», «10 жылға дейін». */
const UP_TO =
  /(?:up\s+to|as\s+(?:many|much)\s+as)\s+[\p{L}\d]+\s+years?(?![\p{L}])|(?<![\p{L}])до\s+[\p{L}\d]+\s+(?:лет|год\p{L}*)(?![\p{L}])|[\p{L}\d]+\s+жылға\s+дейін/giu;

/** The longest term a sentence says a charge carries, where it says one. */
function statedMaximum(sentence: string): Duration | undefined {
  if (!ABOUT_TERM.test(sentence) || VERDICT.test(sentence)) return undefined;
  const terms: Duration[] = [];
  for (const m of sentence.matchAll(MAXIMUM)) {
    const amount = m[1] ?? m[2] ?? m[3] ?? '';
    const read = readWrittenDuration(`${amount} ${/[а-яё]/iu.test(m[0]) ? 'лет' : 'years'}`);
    if (read?.atMost !== undefined) terms.push(read.atMost);
  }
  for (const m of sentence.matchAll(UP_TO)) {
    const read = readWrittenDuration(m[0]);
    if (read?.atMost !== undefined && read.atLeast === undefined) terms.push(read.atMost);
  }
  return terms.sort((a, b) => durationMonths(b) - durationMonths(a))[0];
}

/**
 * The longest terms the text says its charges carry, each with the charges it speaks of: those its own sentence
 * names, or else those the sentence before it names ("… charged him with organising mass riots. The charge carries a
 * maximum 10-year prison sentence."); none where neither names one.
 */
export function statedMaximums(
  sentences: readonly TextSentence[],
  chargesNamedIn: (sentence: number) => number[],
  quoteOf: (s: TextSentence) => DraftQuote,
): DraftStatedMaximum[] {
  return sentences.flatMap((s, i) => {
    const max = statedMaximum(s.text);
    if (max === undefined) return [];
    const own = chargesNamedIn(i);
    const charges = own.length > 0 ? own : i > 0 ? chargesNamedIn(i - 1) : [];
    return [{ max, charges, quote: quoteOf(s) }];
  });
}
