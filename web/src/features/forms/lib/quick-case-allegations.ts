// The prosecution's claims a source reports, as the form of one source records them: each its words in a line,
// speech or an act, the charge it serves; written as an allegation in the source, at the sentence it was read from.

type Rec = Record<string, unknown>;

export interface QuickAllegation {
  id: string;
  summary: string;
  type: 'act' | 'speech' | 'association' | 'omission';
  /** The charge row (its id) it serves; '' for none. */
  charge: string;
  quote?: string;
  because?: string[];
}

export function emptyQuickAllegation(id: string): QuickAllegation {
  return { id, summary: '', type: 'act', charge: '' };
}

/** What an allegation is written with: its case, the source it is read in, citations, the charges written. */
export interface AllegationContext {
  case: string;
  source: string;
  visibility: string;
  charged: ReadonlySet<string>;
  cite: (row: QuickAllegation) => Rec[];
}

/**
 * The allegations of the rows with words: each in the source (its one page, at the sentence it was read from), on
 * its charge where that row is written.
 */
export function allegationsOfQuickCase(rows: readonly QuickAllegation[], context: AllegationContext): Rec[] {
  return rows
    .filter((row) => row.summary.trim() !== '')
    .map((row) => ({
      id: row.id,
      case: context.case,
      document: context.source,
      ...(row.quote !== undefined && row.quote !== '' ? { passage: { page: 1, quote: row.quote } } : {}),
      ...(context.charged.has(row.charge) ? { charge: row.charge } : {}),
      type: row.type,
      summary: row.summary.trim(),
      visibility: context.visibility,
      sources: context.cite(row),
    }));
}
