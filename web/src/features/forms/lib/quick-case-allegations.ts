// The prosecution's claims a source reports, as the form of one source records them: each its words in a line,
// speech or an act, the charge it serves and the elements of its offence it asserts; written as an allegation in
// the source, at the sentence it was read from.

import { titleIn } from '../../../../../src/core/common/titles.ts';
import { isPartialDate } from '../../../../../src/core/dates/partial-date.ts';
import type { IntlShape } from 'react-intl';
import { languageOf } from '../../../lib/locale.ts';
import type { QuickCharge } from './quick-case.ts';

type Rec = Record<string, unknown>;

export interface QuickAllegation {
  id: string;
  summary: string;
  type: 'act' | 'speech' | 'association' | 'omission';
  /** The charge row (its id) it serves; '' for none. */
  charge: string;
  /** The elements of that charge's offence (their keys) it asserts. */
  elements?: string[];
  /** When the conduct alleged took place, as the text or the researcher dates it ('' for not said). */
  conductOn?: string;
  /** For speech: whether it was protected expression, as the researcher (or the source) assesses it; '' for none. */
  finding?: '' | 'protected' | 'not_protected' | 'undetermined';
  /** Why, in a few words: the source's own judgement ("calling for political reforms is not a crime"). */
  reasoning?: string;
  /**
   * The source's own assessment, where the text judges the speech no crime: what it found, its words, and the
   * sentence saying it, cited by the assessment while the row keeps that finding and those words.
   */
  sourceAssessed?: { finding: 'protected'; reasoning: string; quote: string };
  /** What the record notes of the claim: drafted, the text's own answer to it ("the indictment does not say…"). */
  note?: string;
  /** The text's answer as drafted and the sentences saying it, cited by the claim while its note is that answer. */
  sourceNoted?: { note: string; quotes: string[] };
  quote?: string;
  because?: string[];
}

export function emptyQuickAllegation(id: string): QuickAllegation {
  return { id, summary: '', type: 'act', charge: '', elements: [] };
}

/** Whether a claim's assessment is still the source's own, as the text judged it: then it cites that sentence. */
export const isSourceAssessed = (row: QuickAllegation): boolean =>
  row.sourceAssessed !== undefined &&
  row.finding === row.sourceAssessed.finding &&
  (row.reasoning ?? '').trim() === row.sourceAssessed.reasoning;

/** The elements a row has ticked: a lone box left without a list reads as none. */
export const tickedElements = (row: QuickAllegation): string[] =>
  Array.isArray(row.elements) ? row.elements : [];

/** An element of an offence as the law data titles it, by language. */
export interface QuickElement {
  key: string;
  titles: Record<string, string>;
}

/** The elements a charge row's offence lists, and the article (as `articleKey` gives it) they were listed for. */
export interface ListedElements {
  article: string;
  list: QuickElement[];
}

/** An article of a charge row as one string: its code, number and part. */
export const articleKey = (a: { code: string; article: string; part: string }) =>
  `${a.code} ${a.article.trim()}${a.part.trim() === '' ? '' : `(${a.part.trim()})`}`;

/** The elements of a charge row's offence, while its article is still the one they were listed for. */
export function chargeElements(charge: {
  article: { code: string; article: string; part: string };
  elements?: ListedElements;
}): readonly QuickElement[] {
  return charge.elements !== undefined && charge.elements.article === articleKey(charge.article)
    ? charge.elements.list
    : [];
}

/** An element's title in the reader's language, else the one they read next, else English, else any. */
export const elementTitle = (element: QuickElement, language: string) =>
  titleIn(element.titles, language) ?? element.key;

/** What an allegation is written with: its case, the source it is read in, citations, the charges written. */
export interface AllegationContext {
  case: string;
  source: string;
  visibility: string;
  charged: ReadonlySet<string>;
  /** The elements (their keys) a charge row's offence lists. */
  elementsOf: (charge: string) => ReadonlySet<string>;
  cite: (row: { quote?: string | undefined }) => Rec[];
  /** The document a claim's row is made in, where the source tells of one (the indictment): else the source. */
  documentOf?: (claim: string) => string | undefined;
}

/**
 * The allegations of the rows with words: each in the source (its one page, at the sentence it was read from), on
 * its charge where that row is written, asserting the elements of that charge's offence ticked.
 */
export function allegationsOfQuickCase(rows: readonly QuickAllegation[], context: AllegationContext): Rec[] {
  return rows
    .filter((row) => row.summary.trim() !== '')
    .map((row) => {
      const isCharged = context.charged.has(row.charge);
      // Only the elements its charge's offence lists: a charge changed to another article asserts none of the old.
      const listed = isCharged ? context.elementsOf(row.charge) : new Set<string>();
      const elements = [...new Set(tickedElements(row))].filter((key) => listed.has(key));
      // Speech assessed as protected or not, citing the source the assessment is read in.
      const finding = row.type === 'speech' ? (row.finding ?? '') : '';
      const reasoning = row.reasoning?.trim() ?? '';
      const conductOn = row.conductOn?.trim() ?? '';
      const note = row.note?.trim() ?? '';
      // A note that is still the text's answer cites the sentences saying it, beside the claim's own.
      const answered = note !== '' && note === row.sourceNoted?.note ? row.sourceNoted.quotes : [];
      // Made in a document known only from the source, it is told of there: its sentence is cited, not a page of it.
      const madeIn = context.documentOf?.(row.id);
      return {
        id: row.id,
        case: context.case,
        document: madeIn ?? context.source,
        ...(madeIn === undefined && row.quote !== undefined && row.quote !== ''
          ? { passage: { page: 1, quote: row.quote } }
          : {}),
        ...(isCharged ? { charge: row.charge } : {}),
        type: row.type,
        summary: row.summary.trim(),
        ...(elements.length > 0 ? { elements } : {}),
        ...(conductOn !== '' && isPartialDate(conductOn) ? { conductOn } : {}),
        ...(finding !== ''
          ? {
              speechAssessment: {
                finding,
                ...(reasoning !== '' ? { reasoning } : {}),
                sources: context.cite(isSourceAssessed(row) ? { quote: row.sourceAssessed?.quote } : row),
              },
            }
          : {}),
        ...(note !== '' ? { note } : {}),
        visibility: context.visibility,
        sources: [...context.cite(row), ...answered.flatMap((quote) => context.cite({ quote }))],
      };
    });
}

/**
 * The elements a claim asserts, each by its title up to its first comma ("accompanied by violence…"), and those of its
 * charge's offence it does not: the line says which of them the row ticks, to be read without opening it.
 */
export function assertedText(
  intl: IntlShape,
  charge: QuickCharge | undefined,
  keys: readonly string[],
): string {
  const elements = charge === undefined ? [] : chargeElements(charge);
  const titles = (list: typeof elements) =>
    intl.formatList(
      list.map((e) => {
        const title = elementTitle(e, languageOf(intl.locale));
        const comma = title.indexOf(',');
        return comma < 0 ? title : `${title.slice(0, comma)}…`;
      }),
    );
  const asserted = elements.filter((e) => keys.includes(e.key));
  const not = elements.filter((e) => !keys.includes(e.key));
  if (asserted.length === 0) return '';
  return not.length === 0
    ? intl.formatMessage({ id: 'quick.row.assertsAll' }, { elements: titles(asserted) })
    : intl.formatMessage({ id: 'quick.row.assertsSome' }, { elements: titles(asserted), not: titles(not) });
}
