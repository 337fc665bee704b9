import type { IntlShape } from 'react-intl';
import type { ApiSchemas } from '../../../lib/api.ts';
import { withDrafted } from './quick-case-changed.ts';

// The prosecution's documents a source tells of without being them (the 59-page indictment), as the form of one
// source records them: each a source of the case of its own, known only from the source, in which the claims ticked
// are made; those claims cite the source's sentences that tell of them.

type Rec = Record<string, unknown>;
type DraftDocument = ApiSchemas['CaseDraft']['documents'][number];

export interface QuickDocument {
  id: string;
  /** What kind of document it is (the law's: an indictment, a decree, a court decision…). */
  kind: string;
  title: string;
  /** Its pages ('' for not said; a number as read, and as its box holds it once drawn). */
  pageCount: string | number;
  /** The claims (their rows' ids) made in it. */
  allegations: string[];
  /** What the record says of it: that it is known only from the source, in the source's words. */
  note: string;
  quote?: string;
}

export function emptyQuickDocument(id: string): QuickDocument {
  return { id, kind: 'indictment', title: '', pageCount: '', allegations: [], note: '' };
}

/** The document rows a form records: laid over a case, none (the case keeps its own, added from its page). */
const recordedDocuments = (values: { documents?: QuickDocument[]; into?: string }): QuickDocument[] =>
  (values.into ?? '') === '' ? (values.documents ?? []) : [];

/** Whether a row holds a document to record: a title. */
export const isDocumentFilled = (row: QuickDocument): boolean => row.title.trim() !== '';

/**
 * The documents a draft of the text tells of, a row each, titled and noted as the text describes them (`said`), with
 * the claims drafted as made in each.
 */
export function documentsFromDraft(
  drafted: readonly DraftDocument[],
  claims: readonly { id: string; document?: number | undefined }[],
  said: (d: DraftDocument) => { title: string; note: string },
  makeId: () => string,
): QuickDocument[] {
  // Kept beside what the text gave, so that a row changed since is asked about before a new reading replaces it.
  return drafted.map((d, i) =>
    withDrafted({
      ...emptyQuickDocument(makeId()),
      kind: d.kind,
      ...said(d),
      pageCount: d.pageCount ?? '',
      allegations: claims.filter((c) => c.document === i).map((c) => c.id),
      quote: d.quote.text,
    }),
  );
}

/** What the documents are written with: the case and who may see them. */
export interface DocumentContext {
  case: string;
  visibility: string;
}

/** The sources the rows filled in record: each a document of the prosecution, known only from the form's source. */
function documentsOfQuickCase(rows: readonly QuickDocument[], context: DocumentContext): Rec[] {
  return rows.filter(isDocumentFilled).map((row) => {
    const pages = Number(row.pageCount);
    return {
      id: row.id,
      kind: 'document',
      documentKind: row.kind,
      title: row.title.trim(),
      ...(Number.isInteger(pages) && pages > 0 ? { pageCount: pages } : {}),
      ...(row.note.trim() !== '' ? { note: row.note.trim() } : {}),
      case: context.case,
      visibility: context.visibility,
    };
  });
}

/** The document a claim's row is made in, by the rows filled in that tick it; undefined for none. */
function documentOfClaim(rows: readonly QuickDocument[], claim: string): string | undefined {
  return rows.find((row) => isDocumentFilled(row) && row.allegations.includes(claim))?.id;
}

/** A document's title and note as the reader's language words them, from what the text says of it. */
export const documentWords =
  (intl: IntlShape) =>
  (d: DraftDocument): { title: string; note: string } => ({
    title: intl.formatMessage(
      { id: `quick.document.title.${d.kind}` },
      { pages: d.pageCount ?? 0, paged: d.pageCount === undefined ? 'no' : 'yes' },
    ),
    note: intl.formatMessage({ id: 'quick.document.note' }, { quote: d.quote.text }),
  });

/** The documents a form records, and the one each claim's row is made in. */
export function documentsOfForm(
  values: { documents?: QuickDocument[]; into?: string },
  context: DocumentContext,
): { records: Rec[]; documentOf: (claim: string) => string | undefined } {
  const rows = recordedDocuments(values);
  return {
    records: documentsOfQuickCase(rows, context),
    documentOf: (claim) => documentOfClaim(rows, claim),
  };
}
