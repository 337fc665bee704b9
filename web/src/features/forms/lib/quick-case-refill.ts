import { isChangedFromDraft } from './quick-case-changed.ts';
import type { QuickCaseValues } from './quick-case.ts';
import { QUOTING, type QuotingList } from './quick-case-as-read.ts';

// A text read again replaces what an earlier reading put in the form: its rows, each with the sentence it was read
// from, give way to the new reading's; the rows typed by hand stay, their ties to rows that gave way let go.

type Row = { id: string; quote?: string };

const isRead = (row: Row): boolean => (row.quote ?? '') !== '';

const rowsOf = (values: QuickCaseValues, list: QuotingList): Row[] => values[list] ?? [];

/** The rows an earlier reading of a text put in the form, and how many of them were changed since. */
export function earlierReading(values: QuickCaseValues): { rows: number; changed: number } {
  const read = QUOTING.flatMap((list) => rowsOf(values, list).filter(isRead));
  return { rows: read.length, changed: read.filter((row) => isChangedFromDraft(row)).length };
}

/**
 * The form without the rows an earlier reading put in it. A row typed by hand that was tied to one of them (a claim
 * to its charge, a charge reclassified from it) is kept without that tie; a charge's tie to an earlier row, kept by
 * the row's place, follows the rows that stay.
 */
export function withoutEarlierReading(values: QuickCaseValues): QuickCaseValues {
  const gone = new Set(
    QUOTING.flatMap((list) =>
      rowsOf(values, list)
        .filter(isRead)
        .map((r) => r.id),
    ),
  );
  const keptIds = (ids: readonly string[]) => ids.filter((id) => !gone.has(id));
  const keptId = (id: string) => (gone.has(id) ? '' : id);
  const charges = values.charges.filter((row) => !isRead(row));
  const placeOf = (from: string) => {
    const earlier = values.charges[Number(from)];
    return from === '' || earlier === undefined || gone.has(earlier.id)
      ? ''
      : String(charges.indexOf(earlier));
  };
  return {
    ...values,
    charges: charges.map((row) => ({ ...row, from: placeOf(row.from) })),
    measures: values.measures.filter((row) => !isRead(row)),
    hearings: values.hearings
      .filter((row) => !isRead(row))
      .map((row) => ({ ...row, charges: keptIds(row.charges) })),
    decisions: values.decisions
      .filter((row) => !isRead(row))
      .map((row) => ({ ...row, charges: keptIds(row.charges) })),
    allegations: values.allegations
      .filter((row) => !isRead(row))
      .map((row) => ({ ...row, charge: keptId(row.charge) })),
    authorities: values.authorities
      .filter((row) => !isRead(row))
      .map((row) => ({ ...row, charges: keptIds(row.charges), hearings: keptIds(row.hearings) })),
    affiliations: (values.affiliations ?? []).filter((row) => !isRead(row)),
    events: (values.events ?? []).filter((row) => !isRead(row)),
    evidence: (values.evidence ?? [])
      .filter((row) => !isRead(row))
      .map((row) => ({ ...row, allegations: keptIds(row.allegations) })),
    documents: (values.documents ?? [])
      .filter((row) => !isRead(row))
      .map((row) => ({ ...row, allegations: keptIds(row.allegations) })),
  };
}
