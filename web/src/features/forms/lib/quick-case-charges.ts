import {
  citing,
  keptRows,
  notedStep,
  reclassifiedBy,
  type Citations,
  type FromText,
  type QuickCaseValues,
  type QuickCharge,
  type QuickIds,
  type Rec,
} from './quick-case.ts';
import { isAsDrafted } from './quick-case-changed.ts';
import { isPartialDate } from '../../../../../src/core/dates/partial-date.ts';

// The charges of the form of one source as records of the case: each brought, reclassified into a later row or
// brought again after an earlier one, and what became of it, every step citing the sentence it was read from.

/**
 * What a charge's later step was read from: a sending to court worked out from the first hearing that tried it
 * ("his trial on those began November 7, 2022") cites that hearing's sentence, not the one naming the charge; a
 * drop, the sentence that tells of it.
 */
function thenRead(values: QuickCaseValues, row: QuickCharge): FromText {
  if (row.then === 'dropped' && row.thenQuote !== undefined) return { quote: row.thenQuote };
  if (row.then !== 'sent_to_court' || !(row.because ?? []).includes('charge_to_trial')) return row;
  if (row.workedOut?.['thenDate'] !== undefined && row.workedOut['thenDate'] !== row.thenDate) return row;
  const tried = values.hearings.find((h) => h.charges.includes(row.id) && h.quote !== undefined);
  return tried ?? row;
}

/** The charges of the form's rows kept, as records of the case `ids.case` against `defendant`. */
export function chargesOf(
  values: QuickCaseValues,
  ids: QuickIds,
  defendant: string,
  cite: Citations,
  broughtBy: ReadonlyMap<string, string>,
  notes: ReadonlyMap<string, string>,
): Rec[] {
  const rows = values.charges;
  // A date worked out rather than read says so, and how, in its step's note.
  // The researcher's own note on a charge's dates goes with the step that brought it.
  const noted = (i: number, field: string) =>
    notedStep(notes.get(`charges.${String(i)}.${field}`), field === 'date' ? rows[i]?.note : undefined);
  const lifecycles: Rec[][] = rows.map((row, i) => [
    {
      kind: 'brought',
      date: row.date,
      ...(broughtBy.has(row.id) ? { authority: broughtBy.get(row.id) } : {}),
      ...noted(i, 'date'),
      sources: citing(cite, row),
    },
  ]);
  const origins: (Rec | undefined)[] = rows.map(() => undefined);
  rows.forEach((row, i) => {
    if (row.began === 'brought') return;
    const from = Number(row.from);
    const earlier = Number.isInteger(from) && from >= 0 && from < i ? rows[from] : undefined;
    // An origin without an earlier row is written as it is, so the core says what is missing.
    origins[i] = { kind: row.began, from: earlier !== undefined ? [earlier.id] : [] };
    // The reclassification is one act with the bringing of the charge it made: by the same authority, where known.
    if (earlier !== undefined && row.began === 'reclassification')
      lifecycles[from]?.push({
        kind: 'reclassified',
        date: row.date,
        successors: [row.id],
        ...(broughtBy.has(row.id) ? { authority: broughtBy.get(row.id) } : {}),
        ...noted(i, 'date'),
        sources: citing(cite, row),
      });
  });
  rows.forEach((row, i) => {
    // A charge reclassified ends there: what the form asked of it later is not written after that.
    if (row.then !== '' && reclassifiedBy(rows, i) === undefined)
      lifecycles[i]?.push({
        kind: row.then,
        date: row.thenDate,
        ...noted(i, 'thenDate'),
        sources: citing(cite, thenRead(values, row)),
      });
  });
  return keptRows(values, 'charges').map((i) => {
    const row = rows[i] as QuickCharge;
    return {
      id: row.id,
      case: ids.case,
      defendant,
      article: row.article,
      label: row.label,
      ...(origins[i] !== undefined ? { origin: origins[i] } : {}),
      ...actsOf(row, cite),
      lifecycle: lifecycles[i],
      visibility: values.visibility,
      // Its sentence, and the one saying what it is brought for where that is another (its lineage's).
      sources: [
        ...citing(cite, row),
        ...(row.conductQuote !== undefined &&
        row.conductQuote !== row.quote &&
        (row.conduct ?? '').trim() !== ''
          ? citing(cite, { quote: row.conductQuote })
          : []),
      ],
    };
  });
}

/**
 * What a charge is brought for and when, as typed or read: the day read from the text cites the sentence it was read
 * from; a day the researcher typed over cites the source, not a sentence that does not give it.
 */
function actsOf(row: QuickCharge, cite: Citations): Rec {
  const conduct = (row.conduct ?? '').trim();
  const day = (row.actDate ?? '').trim();
  const read = row.conductQuote !== undefined && isAsDrafted(row, 'actDate');
  return {
    ...(conduct !== '' ? { conduct } : {}),
    ...(day !== '' && isPartialDate(day)
      ? { actDate: { date: day, sources: read ? citing(cite, { quote: row.conductQuote }) : cite } }
      : {}),
  };
}

/**
 * The case's notes of the questions the form left as the text leaves them: a reclassified charge whose first was
 * brought again, its fate unsaid, is noted so (`acknowledged`), with the form's note of why, rather than raised again
 * as a warning still to look at once saved. Only where the form said so (`notes`, by 'charges.N.fate').
 */
export function fateUnsaid(values: QuickCaseValues, notes: ReadonlyMap<string, string>): Rec {
  const noted = keptRows(values, 'charges').flatMap((i) => {
    const note = notes.get(`charges.${String(i)}.fate`);
    const row = values.charges[i];
    return note === undefined || row === undefined
      ? []
      : [{ code: 'charge.replaced_brought_again', record: row.id, note, sources: [] }];
  });
  return noted.length > 0 ? { acknowledged: noted } : {};
}
