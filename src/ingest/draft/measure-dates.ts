import type { TextRange } from '../extract/suggestion.ts';
import type { DraftMeasure } from './draft-types.ts';
import { asWritten, quoteOf, sentenceOf, textBetween, within } from './draft-text.ts';
import { ORDERED_FOR } from './hearing-mentions.ts';
import type { MeasureMention } from './measure-mentions.ts';
import type { TextDate } from './text-dates.ts';
import type { TextDuration } from './text-durations.ts';
import type { TextSentence } from './text-sentences.ts';

// The restraint measures a text tells of, in the order they followed each other, with their starts and lengths.

const ONGOING =
  /remain|\bstill\b|continues|\bnow\b|currently|остается|остаётся|по-прежнему|до сих пор|сейчас|в настоящее время|находится|әлі|қалуда|қазір|содан бері/iu;
/** A length that puts a day after or before another ("two days after", "через три дня"): no measure's length. */
const OFFSET_BEFORE = /(?:через|спустя)\s*$/iu;
const OFFSET_AFTER = /^\s*(?:later|after|before|earlier|ago|позже|спустя|назад|кейін|соң|бұрын)(?!\p{L})/iu;
const RELEASED = /releas|\bfreed\b|освобо[дж]\p{L}*|выпущен\p{L}*|выпустил\p{L}*|босат\p{L}*/iu;
const AFTER = /\b(?:after|following)\b|после/iu;

/** The words of a sentence between two ranges of it, whichever comes first. */
const between = (s: TextSentence, a: TextRange, b: TextRange) =>
  a.end <= b.start ? textBetween(s, a.end, b.start) : textBetween(s, b.end, a.start);

/** Whether a length puts a day after or before another rather than measuring a time ("two days after"). */
const isOffset = (s: TextSentence, d: TextDuration) =>
  OFFSET_BEFORE.test(textBetween(s, Math.max(s.start, d.start - 12), d.start)) ||
  OFFSET_AFTER.test(textBetween(s, d.end, s.end));

/** Whether a length between two places of a sentence puts what follows it later ("…, через три дня …"). */
const isOffsetIn = (s: TextSentence, from: number, to: number, durations: readonly TextDuration[]) =>
  durations.some((d) => d.start >= from && d.end <= to && isOffset(s, d));

/**
 * The measures, a kind once, in the order they followed each other: text order, except that in "placed under
 * house arrest after spending eight months in pretrial detention" the one after "after" came first. A length
 * written just before or after a measure's words is its length; "remains" says it is still in force.
 */
export function measuresOf(
  mentions: readonly MeasureMention[],
  sentences: readonly TextSentence[],
  durations: readonly TextDuration[],
  dates: readonly TextDate[],
): DraftMeasure[] {
  const ordered: MeasureMention[] = [];
  for (const m of mentions) {
    const prev = ordered.at(-1);
    const between =
      prev !== undefined && prev.sentence === m.sentence ? (sentences[m.sentence]?.text ?? '') : '';
    const gap =
      between === '' || prev === undefined
        ? ''
        : between.slice(
            prev.end - (sentences[m.sentence]?.start ?? 0),
            m.start - (sentences[m.sentence]?.start ?? 0),
          );
    if (prev !== undefined && AFTER.test(gap)) ordered.splice(ordered.length - 1, 0, m);
    else ordered.push(m);
  }
  const out = new Map<string, DraftMeasure>();
  for (const m of ordered) {
    const s = sentences[m.sentence] as TextSentence;
    const measure = out.get(m.kind) ?? { kind: m.kind, isOngoing: false, quotes: [] };
    // "remains under house arrest": the word that it still runs stands just before the measure's words.
    if (ONGOING.test(s.text.slice(Math.max(0, m.start - s.start - 40), m.start - s.start)))
      measure.isOngoing = true;
    if (!measure.quotes.some((q) => q.start === s.start)) measure.quotes.push(quoteOf(s));
    out.set(m.kind, measure);
  }
  // A sentence with one date dates its measure's start: of the later one where it names two (the change to it),
  // of those in the date's clause ("28 марта суд изменил меру пресечения на содержание под стражей: … нарушил
  // условия домашнего ареста"); not one a length after the date puts later ("через три дня её перевели в СИЗО").
  sentences.forEach((s, i) => {
    const inside = dates.filter((d) => within(d, s) && d.until === undefined);
    const [only] = inside;
    if (only === undefined || inside.length !== 1) return;
    const named = ordered.filter((m) => m.sentence === i);
    const clause = named.filter((m) => !/[:;]/u.test(between(s, only, m)));
    const last = (clause.length > 0 ? clause : named).at(-1);
    if (last === undefined || (last.start > only.end && isOffsetIn(s, only.end, last.start, durations)))
      return;
    // A release from it is its end, not its start ("On April 2 … the court released him from pretrial detention").
    if (RELEASED.test(s.text)) return;
    const measure = out.get(last.kind);
    if (measure !== undefined && measure.from === undefined) measure.from = asWritten(only);
  });
  // Where a sentence has more dates, a measure is dated by the one written just after its words ("was detained on
  // 5 March, two days after…", "arrested on 3 June 2023 after he agreed…").
  for (const m of ordered) {
    const measure = out.get(m.kind);
    const s = sentences[m.sentence] as TextSentence;
    const next = dates.find(
      (d) =>
        d.until === undefined &&
        within(d, s) &&
        d.start >= m.end &&
        /^\s*(?:on\s+)?$/iu.test(between(s, m, d)),
    );
    if (measure !== undefined && measure.from === undefined && next !== undefined)
      measure.from = asWritten(next);
    // Or by a day counted just before its words ("через три дня её перевели в СИЗО").
    const counted = dates.find(
      (d) =>
        d.isNextDay === true &&
        within(d, s) &&
        d.end <= m.start &&
        m.start - d.end <= 30 &&
        !/[.;]/u.test(between(s, d, m)),
    );
    if (measure !== undefined && measure.from === undefined && counted !== undefined)
      measure.from = asWritten(counted);
  }
  // A length is the measure's written nearest it in its sentence ("eight months in pretrial detention"); not the
  // term a court ordered it for ("ordered him held for two months"), which says nothing of how long it lasted.
  const lengths = durations.filter((x) => {
    const s = sentenceOf(sentences, x);
    // "спустя около трёх месяцев под стражей" is the time held, the measure's words just after it.
    const isHeld = mentions.some((m) => m.start >= x.end && m.start - x.end <= 4);
    return s !== undefined && !ORDERED_FOR.test(s.text) && (isHeld || !isOffset(s, x));
  });
  for (const d of lengths) {
    const gap = (m: MeasureMention) => (d.end <= m.start ? m.start - d.end : d.start - m.end);
    const [nearest] = mentions
      .filter((m) => within(d, sentences[m.sentence] as TextSentence) && gap(m) >= 0 && gap(m) <= 25)
      .sort((a, b) => gap(a) - gap(b));
    const measure = nearest === undefined ? undefined : out.get(nearest.kind);
    if (measure !== undefined && measure.duration === undefined) measure.duration = d.text;
  }
  return [...out.values()];
}
