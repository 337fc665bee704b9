import type { QuickCaseValues } from './quick-case.ts';
import type { QuotedRow } from '../../../lib/text-as-read.ts';

/** The lists of the form whose rows quote a sentence of the text, in the order the form shows them. */
export const QUOTING = [
  'affiliations',
  'charges',
  'measures',
  'hearings',
  'decisions',
  'allegations',
  'authorities',
  'events',
  'evidence',
] as const;
export type QuotingList = (typeof QUOTING)[number];

/** Every row of the form that quotes a sentence, in the form's order. */
export function quotedRows(values: QuickCaseValues): QuotedRow[] {
  return QUOTING.flatMap((list) =>
    ((values[list] ?? []) as { quote?: string }[]).flatMap((row, i) =>
      row.quote === undefined || row.quote.trim() === ''
        ? []
        : [{ place: `${list}.${String(i)}`, quote: row.quote }],
    ),
  );
}
