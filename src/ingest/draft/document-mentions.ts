import type { DraftAllegation, DraftDocument, DraftQuote } from './draft-types.ts';
import type { TextSentence } from './text-sentences.ts';
import { NAMES_INDICTMENT } from './source-answers.ts';

// The prosecution's documents a text tells of without being them ("The new 59-page indictment asserts that…",
// «обвинительное заключение на 59 листах»): each a document of the case of its own, known only from the text, in
// which the claims its sentences report are made. A claim is the document's where its own sentence names it; one
// read from other words ("the prosecutor argues…") is left to the researcher to tie.

/** The pages a sentence gives the indictment: "59-page indictment", «на 59 листах», «59 беттік». */
const PAGES = /(\d{1,4})[-\s]page\b|на\s+(\d{1,4})\s+(?:листах|страницах)|(\d{1,4})\s+беттік/iu;

/** The indictment a text tells of, at the first sentence naming it, with its pages where that sentence gives them. */
export function documentMentions(
  sentences: readonly TextSentence[],
  quoteOf: (s: TextSentence) => DraftQuote,
): DraftDocument[] {
  const first = sentences.find((s) => NAMES_INDICTMENT.test(s.text));
  if (first === undefined) return [];
  const pages = PAGES.exec(first.text);
  const count = Number(pages?.[1] ?? pages?.[2] ?? pages?.[3] ?? Number.NaN);
  return [
    {
      kind: 'indictment',
      ...(Number.isInteger(count) && count > 0 ? { pageCount: count } : {}),
      quote: quoteOf(first),
    },
  ];
}

/** The claims made in a document the text tells of, by their indexes: those whose own sentence names it. */
export function claimsOfDocuments(
  documents: readonly DraftDocument[],
  claims: readonly DraftAllegation[],
): (number | undefined)[] {
  const indictment = documents.findIndex((d) => d.kind === 'indictment');
  return claims.map((c) => (indictment >= 0 && NAMES_INDICTMENT.test(c.quote.text) ? indictment : undefined));
}
