import { dayBounds, isPartialDate } from '../../../../../src/core/dates/partial-date.ts';
import type { Day } from '../../../../../src/core/dates/day.ts';
import { sourceBesidePath } from '../../../lib/url-state.ts';
import { documentsOfForm } from './quick-case-documents.ts';
import type { QuickCaseValues } from './quick-case.ts';

/** Whether the text a source was read from was kept as its copy, or why not. */
export type KeptText = { kept: true } | { kept: false; why: string };

/** What a save of the form of one source answered: the import's report, and whether its text was kept. */
export interface QuickSaved {
  report: unknown;
  kept: KeptText | undefined;
}

/**
 * Where the form of one source goes once saved, and what it tells the page it opens: a new case whose text is kept
 * opens beside that text, each sentence with what was saved from it, to be checked in one reading, its notice
 * leading on to the case page; else the case page itself. Past its latest news, the case page opens on that day,
 * where its facts are the source's, and says how to see it today; a case added to reads as it did before.
 */
export function afterQuickSave(
  values: QuickCaseValues,
  saved: QuickSaved,
  at: {
    into: string;
    ids: { case: string; source: string };
    today: Day;
    /** Of the rows read from the text, how many were ticked as checked beside their sentences. */
    checked?: { ticked: number; rows: number };
  },
): { to: string; state: Record<string, unknown> } {
  const { into, ids } = at;
  const news = values.confirmedOn;
  const day = news !== '' && isPartialDate(news) ? dayBounds(news).latest : undefined;
  const asOf = into === '' && day !== undefined && day < at.today ? `?asOf=${day}` : '';
  // What was saved, in counts the researcher can hold against the form; added to a case, what was added, and for
  // how many records it held the text is now cited too.
  const { counts = {}, outcomes = {} } = saved.report as {
    counts?: Record<string, number>;
    outcomes?: Record<string, { created: number; updated: number }>;
  };
  // The source the facts cite, to be read beside them.
  const source = values.source.existing === '' ? ids.source : values.source.existing;
  const caseAt = `/cases/${encodeURIComponent(into !== '' ? into : ids.case)}${asOf}`;
  // Of the sources saved, the documents the text tells of (the indictment) are said as such, apart from the text's.
  const told =
    into === ''
      ? documentsOfForm(values, { case: ids.case, visibility: values.visibility }).records.length
      : 0;
  const sources = counts['source'] ?? 0;
  const recorded =
    told > 0 && sources >= told ? { ...counts, source: sources - told, document: told } : counts;
  const checked = at.checked !== undefined && at.checked.rows > 0 ? { checked: at.checked } : {};
  const state =
    into === ''
      ? { recorded, kept: saved.kept, source, ...checked }
      : {
          kept: saved.kept,
          source,
          recorded: Object.fromEntries(Object.entries(outcomes).map(([kind, o]) => [kind, o.created])),
          cited: Object.values(outcomes).reduce((sum, o) => sum + o.updated, 0),
        };
  return into === '' && saved.kept?.kept === true && source !== ''
    ? { to: sourceBesidePath(ids.case, source), state: { ...state, caseAt } }
    : { to: caseAt, state };
}
