// What the form added to what a text says, when it filled the form from it: the dates it counted from the text's
// words, the articles it found by the words of the charges, the years it added to days written without one, and the
// spans it kept for dates the text does not give. The rest of what it filled is the text's own words (the elements
// each claim asserts, read from its words, are the indictment matrix's to show). These are the rows a researcher
// checks against their sentences, each ticked once checked.

import { isAsDrafted, isRetyped } from './quick-case-changed.ts';
import { rowWorkedOut, type Drafted } from './quick-case-draft.ts';
import { isDatedAlike } from './quick-case-worked-out.ts';
import type { QuickCaseValues, QuickCharge, RowList } from './quick-case.ts';
import { isKeptWithClaim, quotedRows } from './quick-case-as-read.ts';

/** One thing the form added to the text, at the rows (`charges.1`) it is in. */
export interface Addition {
  kind: 'counted' | 'article' | 'year' | 'span';
  places: string[];
}

const DATED: readonly RowList[] = ['charges', 'measures', 'hearings', 'decisions'];

/**
 * Everything the form added to what the text says, in the order to check it: dates counted from its words first,
 * then the articles found by the charges' words (a pair of words and article once, for all the charges it is
 * for), the years added and the dates the text does not give. Only rows read from the text and still as read
 * (`isToCheck` leaves out those a case the text is added to holds).
 */
export function additionsOf(
  values: QuickCaseValues,
  isToCheck: (row: { id: string }) => boolean = () => true,
): Addition[] {
  const read = <T extends Drafted & { id: string }>(list: string, rows: readonly T[] | undefined) =>
    (rows ?? []).flatMap((row, i) =>
      row.quote !== undefined && isToCheck(row) ? [{ row, place: `${list}.${String(i)}`, i }] : [],
    );
  const dated = DATED.flatMap((list) =>
    read(list, values[list] as (Drafted & { id: string })[]).map((r) => ({
      ...r,
      worked: rowWorkedOut(values, list, r.i),
    })),
  );
  const byWorked = (how: 'counted' | 'span') =>
    dated.filter((r) => r.worked === how).map((r) => ({ kind: how, places: [r.place] }));
  // Charges dated alike from the same words (the lesser charges of one sentence, tried at one hearing) are one.
  const spans: Addition[] = [];
  for (const addition of byWorked('span')) {
    const last = spans.at(-1);
    if (last !== undefined && isDatedAlike(values, last.places.at(-1) ?? '', addition.places[0] ?? ''))
      last.places.push(...addition.places);
    else spans.push(addition);
  }
  const articles = new Map<string, string[]>();
  for (const { row, place } of read('charges', values.charges)) {
    if (!(row.because ?? []).includes('article_by_title') || !isAsDrafted(row, 'article')) continue;
    const key = articlePairKey(row);
    articles.set(key, [...(articles.get(key) ?? []), place]);
  }
  // A day read but for its year: a row whose date was counted, or is a span, says so as such.
  const years = [
    ...dated.filter((r) => r.worked === undefined && hasReason(r.row, 'no_year')),
    ...read('events', values.events).filter((r) => hasReason(r.row, 'season_of_news')),
  ].map((r) => ({ kind: 'year' as const, places: [r.place] }));
  return [
    ...byWorked('counted'),
    ...[...articles.values()].map((places) => ({ kind: 'article' as const, places })),
    ...years,
    ...spans,
  ];
}

const hasReason = (row: Drafted, reason: string) => !isRetyped(row) && (row.because ?? []).includes(reason);

/** Charges with the same words and article (one brought again) make one pair of words and article. */
export const articlePairKey = (charge: QuickCharge): string =>
  JSON.stringify([
    charge.label.trim().toLowerCase(),
    charge.article.jurisdiction,
    charge.article.code,
    charge.article.article,
    charge.article.part,
  ]);

/** The rows with something the form added, each once, in the order of what was added. */
export const placesToCheck = (additions: readonly Addition[]): string[] => [
  ...new Set(additions.flatMap((addition) => addition.places)),
];

/**
 * Every row read from the text, to be checked against its sentence: those with something the form added first (its
 * `additions`, as `additionsOf` gives them for the same `isToCheck`), in the order of what was added (dates counted
 * from the text's words first), then the others in the form's order. Not a claim's answer or assessment, said with
 * the claim; not a row `isToCheck` leaves out.
 */
export function rowsInCheckOrder(
  values: QuickCaseValues,
  additions: readonly Addition[],
  isToCheck: (row: { id: string }) => boolean = () => true,
): string[] {
  const rows = quotedRows(values)
    .map((row) => row.place)
    .filter((place) => {
      const id = isKeptWithClaim(place) ? undefined : rowIdAt(values, place);
      return id !== undefined && isToCheck({ id });
    });
  return [...new Set([...placesToCheck(additions), ...rows])];
}

/** The id of the row at a place of the form (`charges.1`): what a tick is kept by, as rows removed renumber places. */
export function rowIdAt(values: QuickCaseValues, place: string): string | undefined {
  const [list = '', at = '0'] = place.split('.');
  return (values[list as keyof QuickCaseValues] as { id?: string }[] | undefined)?.[Number(at)]?.id;
}

/** What the form made of the source itself: a title where the text gives none, a date worked out from its news. */
export function sourceAdditions(values: QuickCaseValues): { title: boolean; date: string | undefined } {
  const { source } = values;
  const isNew = source.existing === '';
  const date = source.workedOut?.['publishedOn'];
  return {
    title: isNew && source.madeTitle !== undefined && source.title === source.madeTitle,
    date: isNew && date !== undefined && source.publishedOn === date ? date : undefined,
  };
}
