import type { QuickCaseValues } from './quick-case.ts';
import { isSourceAssessed } from './quick-case-allegations.ts';
import type { QuotedRow } from '../../../lib/text-as-read.ts';

/** The lists of the form whose rows quote a sentence of the text, in the order the form shows them. */
export const QUOTING = [
  'affiliations',
  'charges',
  'measures',
  'hearings',
  'decisions',
  'documents',
  'allegations',
  'authorities',
  'events',
  'evidence',
] as const;
export type QuotingList = (typeof QUOTING)[number];

/**
 * The place of a claim's answer by the text, read from sentences of its own: one a sentence, each at its own
 * ("allegations.0.answer.1", its second sentence).
 */
export const ANSWER = 'answer';

/** The place of the source's assessment of a claim's speech, read from a sentence of its own. */
export const ASSESSMENT = 'assessment';

/**
 * Every row of the form that quotes a sentence, in the form's order; and the text's answer to a claim, where the
 * claim's note still holds it, at each of the sentences saying it (they may stand apart, the claim's between them).
 */
export function quotedRows(values: QuickCaseValues): QuotedRow[] {
  const rows = QUOTING.flatMap((list) =>
    ((values[list] ?? []) as { quote?: string }[]).flatMap((row, i) =>
      row.quote === undefined || row.quote.trim() === ''
        ? []
        : [{ place: `${list}.${String(i)}`, quote: row.quote }],
    ),
  );
  const answers = (values.allegations ?? []).flatMap((claim, i) =>
    claim.sourceNoted !== undefined && (claim.note ?? '').trim() === claim.sourceNoted.note
      ? claim.sourceNoted.quotes.map((quote, k) => ({
          place: `allegations.${String(i)}.${ANSWER}.${String(k)}`,
          quote,
        }))
      : [],
  );
  // The source's assessment of a claim's speech, while the row keeps it, at the sentence judging it.
  const assessments = (values.allegations ?? []).flatMap((claim, i) =>
    claim.sourceAssessed !== undefined && isSourceAssessed(claim)
      ? [{ place: `allegations.${String(i)}.${ASSESSMENT}`, quote: claim.sourceAssessed.quote }]
      : [],
  );
  return [...rows, ...answers, ...assessments];
}

/** Whether a place of the text laid out is a claim's answer by the text or its assessment, not a row of its own. */
export const isKeptWithClaim = (place: string): boolean => {
  const part = place.split('.')[2];
  return part === ANSWER || part === ASSESSMENT;
};
