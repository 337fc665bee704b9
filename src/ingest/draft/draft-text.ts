import type { PartialDate } from '../../core/dates/partial-date.ts';
import type { TextRange } from '../extract/suggestion.ts';
import type { DraftDate, DraftQuote } from './draft-types.ts';
import type { TextDate } from './text-dates.ts';
import type { TextSentence } from './text-sentences.ts';

// What the drafting's readers share: a range's sentence, a sentence quoted, a date as the text writes it.

/** The sentence a range of the text lies in. */
export const sentenceOf = (sentences: readonly TextSentence[], r: TextRange) =>
  sentences.find((s) => r.start >= s.start && r.end <= s.end);

/** A date as the text writes it, saying when its year was read from the dates around it. */
export const asWritten = (d: TextDate, date: PartialDate = d.date): DraftDate =>
  d.isNextDay === true
    ? { date, isInferred: true, because: 'next_day' }
    : d.isYearRead
      ? { date, isInferred: true, because: 'no_year' }
      : { date, isInferred: false };
/** A sentence as a row quotes it. */
export const quoteOf = (s: TextSentence): DraftQuote => ({ start: s.start, end: s.end, text: s.text });
/** Whether a range lies within a sentence. */
export const within = (r: TextRange, s: TextSentence) => r.start >= s.start && r.end <= s.end;

/** The words of a sentence between two places of the text. */
export const textBetween = (s: TextSentence, from: number, to: number) =>
  s.text.slice(from - s.start, to - s.start);

/** The day something was said ("his lawyer said on 2 October"), which dates the saying, not the charge. */
export const SAID_ON =
  /(?:\bsaid|\bsays|\btold(?: [\p{L}/’'.-]+){0,4}|reported|stated|\bwrote|сообщил\p{L}*|заявил\p{L}*|рассказал\p{L}*|мәлімдеді|хабарлады)\s+(?:on\s+)?$/iu;
