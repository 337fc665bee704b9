import { sentencesOf, type QuotedRow } from '../../../lib/text-as-read.ts';

// The longest prison term a text says its charges carry ("The charge carries a maximum 10-year prison sentence"),
// set against the term the law data gives each charge's article: the two differing says an article or part was read
// or typed wrong, or that the text is wrong, before anything is saved.

/** A term the text says charges carry, the form's charges it speaks of (by their ids), and its sentence. */
export interface StatedMaximum {
  max: { years?: number; months?: number };
  charges: string[];
  quote: string;
}

/** A law's term ({value, unit}) in months; undefined for a unit no prison term is counted in. */
export function lawTermMonths(term: { value: number; unit: string } | undefined): number | undefined {
  if (term === undefined) return undefined;
  return term.unit === 'years' ? term.value * 12 : term.unit === 'months' ? term.value : undefined;
}

const PLACE = 'maximums';

/** The stated terms as rows quoting their sentences, for the text laid out as read: "maximums.0". */
export const maximumRows = (maximums: readonly StatedMaximum[]): QuotedRow[] =>
  maximums.map((m, i) => ({ place: `${PLACE}.${String(i)}`, quote: m.quote }));

/** The stated term at a place of the text laid out as read; undefined for a row's place. */
export function maximumAt(maximums: readonly StatedMaximum[], place: string): StatedMaximum | undefined {
  const [list, at] = place.split('.');
  return list === PLACE ? maximums[Number(at)] : undefined;
}

/** The draft's stated terms, their charges given by the ids of the rows the draft's charges became. */
export function statedMaximums(
  drafted: readonly { max: StatedMaximum['max']; charges: number[]; quote: { text: string } }[],
  chargeIds: readonly string[],
): StatedMaximum[] {
  return drafted.map((m) => ({
    max: m.max,
    charges: m.charges.flatMap((n) => (chargeIds[n] !== undefined ? [chargeIds[n]] : [])),
    quote: m.quote.text,
  }));
}

/**
 * A charge's row whose quote ends with sentences saying the term it carries, its line set after its own sentence
 * rather than after them; any other row as it is.
 */
export function lineAfterOwn(row: QuotedRow, maximums: readonly StatedMaximum[]): QuotedRow {
  const said = new Set(maximums.map((m) => m.quote.trim()));
  const parts = sentencesOf(row.quote);
  let k = parts.length - 1;
  while (k > 0 && said.has((parts[k] ?? '').trim())) k -= 1;
  return k === parts.length - 1 ? row : { ...row, lineAfter: k };
}
