import type { TextDate } from './text-dates.ts';
import type { TextSentence } from './text-sentences.ts';

// A text may show the person at liberty on a day: a photograph's caption ("Zhanbolat Mamai speaks during an interview
// in Almaty, Kazakhstan, January 28, 2022"), a dated appearance ("On 3 March she addressed a rally"). No measure
// depriving them of liberty without a break ran on that day: one that began after the events charged and ran its
// length to the news began on or after it.

/** Words of someone speaking, appearing or acting in public, free to do so. */
const FREE =
  /(?<![\p{L}])(?:speaks|speaking|spoke|talks|talking|addresses|addressing|addressed|attends|attending|attended|gives an interview|during an interview|in an interview|at a (?:rally|press conference|protest|meeting|demonstration)|выступает|выступил\p{L}*|во время интервью|в интервью|на пресс-конференции|на митинге|сөйлеп|сұхбат)/iu;
/** Words of a court, custody or a cell: a person seen there is not at liberty. */
const HELD =
  /(?<![\p{L}])(?:court|courtroom|cage|custody|detention|detained|arrest\p{L}*|prison|jail|behind bars|суд\p{L}*|под стражей|задержан\p{L}*|арест\p{L}*|СИЗО|колони\p{L}*|сот\p{L}*|қамау\p{L}*|түрме\p{L}*)(?![\p{L}])/iu;
/** A whole day, as a partial date writes one. */
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A day the text shows the person at liberty, and the sentence showing it. */
export interface LibertyDay {
  day: string;
  sentence: TextSentence;
}

/**
 * The days the text shows the person at liberty: each whole day written in a sentence naming them (by any of their
 * names, or the last word of one) that has them speaking or appearing in public and tells of no court or custody.
 */
export function libertyDays(
  sentences: readonly TextSentence[],
  dates: readonly TextDate[],
  names: readonly string[],
): LibertyDay[] {
  const words = [...new Set(names.flatMap((n) => [n, n.split(/\s+/u).at(-1) ?? n]))].filter(
    (w) => w.length > 2,
  );
  const isNamed = (text: string) => words.some((w) => text.includes(w));
  return sentences.flatMap((sentence) => {
    if (!FREE.test(sentence.text) || HELD.test(sentence.text) || !isNamed(sentence.text)) return [];
    return dates
      .filter((d) => d.start >= sentence.start && d.end <= sentence.end && !d.isYearRead && DAY.test(d.date))
      .map((d) => ({ day: d.date, sentence }));
  });
}
