import { dayBounds } from '../../core/dates/partial-date.ts';
import type { DraftCharge, DraftDate, DraftQuote, DraftVerdict } from './draft-types.ts';
import { measureMentions, type MentionedKind } from './measure-mentions.ts';
import type { TextDate } from './text-dates.ts';
import type { TextDuration } from './text-durations.ts';
import type { TextSentence } from './text-sentences.ts';

/** Words of a judgment at first instance, in English, Russian and Kazakh. */
export const VERDICT_WORDS =
  /convicted|found (?:\p{L}+ )?guilty|sentenced|acquitted|признал\p{L}* (?:[\p{L}\p{N}-]+ ){0,5}виновн|приговорил|осудил|оправдал|кінәлі деп таны|үкім шығар|сотталды|соттады|ақтады|жаза тағайында/iu;
/** Words of a review of a judgment, which is not the judgment itself. */
const REVIEW_WORDS =
  /appeal|cassation|upheld|overturned|апелляц|кассац|оставил\p{L}* (?:\p{L}+ )?в силе|отменил|шағым/iu;
const ACQUITTED = /acquitted|not guilty|оправда|ақтал|ақтады/iu;
const SUSPENDED = /suspended|условн|шартты/iu;

/** The drafted charges (their indexes) still standing: none a later row reclassified into another. */
export function standingCharges(charges: readonly DraftCharge[]): number[] {
  return charges.flatMap((_, i) =>
    charges.some((later) => later.began === 'reclassification' && later.from === i) ? [] : [i],
  );
}

/** What the verdicts are read with: the text's sentences, dates and lengths, and the charges drafted from it. */
export interface VerdictContext {
  sentences: readonly TextSentence[];
  dates: readonly TextDate[];
  durations: readonly TextDuration[];
  charges: readonly DraftCharge[];
  /** The drafted charges (their indexes) a sentence names. */
  chargesNamedIn(sentence: number): number[];
  asWritten(d: TextDate): DraftDate;
  quoteOf(s: TextSentence): DraftQuote;
}

/**
 * The verdicts a text tells of: each sentence that convicts or acquits (not one of an appeal), dated by its date
 * nearest the word of the judgment. It decided the charges the sentence names, else every charge still standing;
 * a conviction's sentence is the kind of penalty written nearest that word, and the length nearest the kind.
 * Two sentences of the same day are one verdict. A judgment its sentence does not date takes the day of the
 * sentence beside it that names the judgment with one day; one without either is left to the researcher.
 */
export function verdictsOf(context: VerdictContext, types: readonly MentionedKind[]): DraftVerdict[] {
  const { sentences, dates, durations, charges } = context;
  const standing = standingCharges(charges);
  const out: DraftVerdict[] = [];
  sentences.forEach((s, i) => {
    const verb = VERDICT_WORDS.exec(s.text);
    if (verb === null || REVIEW_WORDS.test(s.text)) return;
    const at = s.start + verb.index;
    const inside = datesIn(s, dates);
    const [day = dayBeside(sentences, dates, i)] = [...inside].sort(
      (a, b) => Math.abs(a.end - at) - Math.abs(b.end - at),
    );
    if (day === undefined) return;
    const named = context.chargesNamedIn(i);
    const outcome = ACQUITTED.test(s.text) ? 'acquitted' : 'convicted';
    const verdict: DraftVerdict = {
      date: context.asWritten(day),
      outcome,
      charges: named.length > 0 ? named : standing,
      isEveryCharge: named.length === 0,
      ...(outcome === 'convicted' ? { sentence: sentenceOf(s, at, durations, types) } : {}),
      quote: context.quoteOf(s),
    };
    const same = out.find((v) => v.date.date === verdict.date.date);
    if (same === undefined) out.push(verdict);
    else if (named.length > 0) {
      same.charges = same.isEveryCharge ? named : [...new Set([...same.charges, ...named])];
      same.isEveryCharge = false;
    }
  });
  return out.sort((a, b) => dayBounds(a.date.date).earliest.localeCompare(dayBounds(b.date.date).earliest));
}

const datesIn = (s: TextSentence, dates: readonly TextDate[]) =>
  dates.filter((d) => d.start >= s.start && d.end <= s.end && d.until === undefined);

/** Words naming a judgment without giving it ("the verdict was announced on", "вынес приговор"). */
const JUDGMENT = /verdict|judg(?:e?ment)|приговор|үкім/iu;

/**
 * The day of a judgment its own sentence does not date, from the sentence after or before it that names the
 * judgment with one day ("… sentenced him to ten years. … the verdict was announced on 10 November.").
 */
function dayBeside(
  sentences: readonly TextSentence[],
  dates: readonly TextDate[],
  i: number,
): TextDate | undefined {
  for (const near of [sentences[i + 1], sentences[i - 1]]) {
    if (near === undefined || !JUDGMENT.test(near.text) || REVIEW_WORDS.test(near.text)) continue;
    const [only, ...more] = datesIn(near, dates);
    if (only !== undefined && more.length === 0) return only;
  }
  return undefined;
}

/**
 * The penalty of a sentence: the kind of penalty written nearest the judgment's word, and the length written
 * nearest that kind (or the word, where no kind is written), on either side, as Kazakh puts the verb last.
 */
function sentenceOf(
  s: TextSentence,
  at: number,
  durations: readonly TextDuration[],
  types: readonly MentionedKind[],
): NonNullable<DraftVerdict['sentence']> {
  const nearest = <T extends { start: number }>(list: readonly T[], place: number) =>
    [...list].sort((a, b) => Math.abs(a.start - place) - Math.abs(b.start - place))[0];
  const kind = nearest(measureMentions([s], types), at);
  const lengths = durations.filter((d) => d.start >= s.start && d.end <= s.end);
  const term = nearest(lengths, kind?.start ?? at);
  return {
    ...(kind !== undefined ? { type: kind.kind } : {}),
    ...(term !== undefined ? { term: term.text } : {}),
    isSuspended: SUSPENDED.test(s.text),
  };
}
