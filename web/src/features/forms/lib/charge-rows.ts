import { recordOfForm } from './form-record.ts';

/** One charge as a row of the form that adds several: its article, the day it was brought, the conduct alleged. */
export interface ChargeRow {
  id: string;
  article: { jurisdiction: string; code: string; article: string; part: string };
  /** The offence as the source words it, when typed rather than cited. */
  label?: string;
  date: string;
  conduct: string;
}

/** What the form holds: the case, the defendant and the citations every charge shares, and the rows. */
export interface ChargeRows {
  case: string;
  defendant: string;
  sources: { source: string; page?: number; quote?: string }[];
  charges: ChargeRow[];
}

/** A row with nothing typed yet, under a code of the case's jurisdiction. */
export function emptyRow(id: string, jurisdiction = 'kz'): ChargeRow {
  return { id, article: { jurisdiction, code: 'cc', article: '', part: '' }, date: '', conduct: '' };
}

/**
 * The charge records the rows make, in order: each brought on its row's day, against the shared defendant, and
 * citing the shared sources both for itself and for the day it was brought. Empty boxes are left out.
 */
export function chargesOfRows(values: ChargeRows): Record<string, unknown>[] {
  return values.charges.map(
    (row) =>
      recordOfForm({
        id: row.id,
        case: values.case,
        defendant: values.defendant,
        article: row.article,
        label: row.label,
        conduct: row.conduct,
        lifecycle: [{ kind: 'brought', date: row.date, sources: values.sources }],
        visibility: 'internal',
        sources: values.sources,
      }) as Record<string, unknown>,
  );
}

/**
 * Where in the form a problem with the `index`th charge stands, from its path in the record ('.lifecycle[0].date',
 * or the API's '$.records[2].lifecycle[0].date' with its own index): a row's box, a shared one, or undefined when
 * no box holds it (the form then says it as a whole).
 */
export function rowFieldOf(path: string, index?: number): string | undefined {
  const batch = /^\$\.records\[(\d+)\](.*)$/.exec(path);
  const row = batch !== null ? Number(batch[1]) : index;
  const inRecord = (batch !== null ? (batch[2] ?? '') : path.replace(/^\$/, '')).replace(/^\./, '');
  if (row === undefined) return undefined;
  const head = inRecord.split(/[.[]/)[0] ?? '';
  if (head === 'defendant') return 'defendant';
  if (head === 'article' || head === 'conduct' || head === 'id')
    return `charges.${String(row)}.${inRecord.replace(/\[(\d+)\]/g, '.$1')}`;
  if (/^lifecycle\[0\]\.date/.test(inRecord)) return `charges.${String(row)}.date`;
  if (/^(lifecycle\[0\]\.)?sources/.test(inRecord)) return 'sources';
  return undefined;
}
