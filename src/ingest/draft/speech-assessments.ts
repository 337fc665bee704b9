import { holdsStem, textStems } from '../../core/law/article-finder.ts';
import type { DraftAllegation, DraftQuote } from './draft-types.ts';
import type { TextSentence } from './text-sentences.ts';

// A text's own judgement that some words are no crime ("Calling for political reforms is not a crime", "призывы к
// реформам не являются преступлением"): the source assesses the claims of speech those words describe as protected
// expression. It is the source's assessment, said as such, for the researcher to keep or change; never the tool's.

/** Words saying what comes before them is no crime, in English, Russian and Kazakh. */
const NO_CRIME =
  /\s+(?:is|are|was|were)\s+not\s+(?:a\s+)?(?:crime|criminal(?:\s+offen[cs]e)?|an\s+offen[cs]e)\b|\s*(?:—\s*)?не\s+(?:является\s+|являются\s+)?преступлени\p{L}*|\s+қылмыс\s+емес/iu;

/** At least this share of the words naming the speech judged must be a claim's, and at least two of them. */
const SHARED = 2 / 3;

/**
 * The assessment a text gives of each claim of speech, by the claim's index: a sentence saying what speech is no
 * crime ("Calling for political reforms is not a crime"), and a claim of speech whose words hold most of those
 * naming it ("…to call for a fair government, a fair election, political reform…") is assessed by the source as
 * protected expression, its reasoning that sentence's words up to the judgement.
 */
export function sourceAssessments(
  sentences: readonly TextSentence[],
  claims: readonly DraftAllegation[],
  quoteOf: (s: TextSentence) => DraftQuote,
): Map<number, NonNullable<DraftAllegation['assessment']>> {
  const found = new Map<number, NonNullable<DraftAllegation['assessment']>>();
  for (const s of sentences) {
    const judged = NO_CRIME.exec(s.text);
    if (judged === null) continue;
    // The speech judged: the words before the judgement, from the sentence's last clause before it.
    const before = s.text.slice(0, judged.index);
    const subject = before.split(/[;:]|,\s+(?:but|and|yet|а|но|и)\s+/iu).at(-1) ?? before;
    const named = textStems(subject);
    if (named.length < 2) continue;
    const reasoning = s.text.slice(0, judged.index + judged[0].length).trim();
    claims.forEach((claim, i) => {
      if (claim.type !== 'speech' || found.has(i)) return;
      const own = textStems(claim.summary);
      const shared = named.filter((stem) => holdsStem(own, stem)).length;
      if (shared >= 2 && shared >= named.length * SHARED)
        found.set(i, { finding: 'protected', reasoning, quote: quoteOf(s) });
    });
  }
  return found;
}
