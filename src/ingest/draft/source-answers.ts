import type { DraftAllegation, DraftQuote } from './draft-types.ts';
import type { TextSentence } from './text-sentences.ts';

// A text's own answer to the indictment it reports ("What is lacking in the indictment is any evidence that…", "the
// indictment does not say he called for violence", "в обвинительном заключении не говорится…"): kept as a note on
// the claims the text reads from that indictment, so that the claim is read with what the source says of it, said
// as the source's words. Never the tool's judgement: only sentences that say it themselves.

/** A sentence naming the indictment (or the bill of charges), in English, Russian and Kazakh. */
export const NAMES_INDICTMENT =
  /\bindictment\b|обвинительн\p{L}*\s+заключени\p{L}*|айыптау\s+қорытынды\p{L}*/iu;

/**
 * Words saying what the indictment lacks or does not say: "does not say / allege / cite / mention / show", "lacking",
 * "no evidence"; "не говорится / не указано / не приводится", "нет доказательств", "отсутствуют доказательства";
 * "айтылмаған", "көрсетілмеген", "дәлел жоқ".
 */
const SAYS_LACKING =
  /\b(?:does|do|did)\s+not\s+(?:say|allege|claim|cite|mention|show|contain|point\s+to)\b|\black(?:s|ing)?\b|\bno\s+(?:evidence|proof)\b|(?<!\p{L})не\s+(?:говорится|указ\p{L}*|привод\p{L}*|сказано|утвержда\p{L}*|содерж\p{L}*)|(?<!\p{L})нет\s+(?:никаких\s+)?доказательств|отсутству\p{L}*\s+(?:какие-либо\s+|любые\s+)?доказательств|айтылмаған|көрсетілмеген|дәлел\p{L}*\s+жоқ/iu;

/** The source's answer to a claim: its sentences as one note, and those sentences, to be cited. */
export interface SourceAnswer {
  note: string;
  quotes: DraftQuote[];
}

/**
 * The answer a text gives the claims it reads from an indictment, by the claims' indexes: its sentences that name
 * the indictment and say what it lacks or does not say, in the text's order, on each claim whose own sentence names
 * the indictment. A claim read from another's words ("the prosecutor argues…") is given none: the text answers the
 * indictment, and whether that answers the prosecutor's argument is the researcher's to say.
 */
export function sourceAnswers(
  sentences: readonly TextSentence[],
  claims: readonly DraftAllegation[],
  quoteOf: (s: TextSentence) => DraftQuote,
): Map<number, SourceAnswer> {
  const claimed = new Set(claims.map((c) => c.quote.text));
  const answering = sentences.filter(
    (s) => !claimed.has(s.text) && NAMES_INDICTMENT.test(s.text) && SAYS_LACKING.test(s.text),
  );
  const found = new Map<number, SourceAnswer>();
  if (answering.length === 0) return found;
  const answer = {
    note: answering.map((s) => s.text.trim()).join(' '),
    quotes: answering.map(quoteOf),
  };
  claims.forEach((claim, i) => {
    if (NAMES_INDICTMENT.test(claim.quote.text)) found.set(i, answer);
  });
  return found;
}
