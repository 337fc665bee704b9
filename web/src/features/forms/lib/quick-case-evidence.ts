import type { ApiSchemas } from '../../../lib/api.ts';

// The items of evidence a source tells of (an expert opinion a side commissioned, the videos a claim rests on), as
// the form of one source records them: each an item of the case, in the source, put forward for the claims it
// names, citing its sentence.

type Rec = Record<string, unknown>;
type DraftEvidence = ApiSchemas['CaseDraft']['evidence'][number];

export interface QuickEvidence {
  id: string;
  type: string;
  side: string;
  /** For an expert opinion, the side that had it made; '' for none said. */
  commissionedBy: string;
  title: string;
  /** What it is or says: what an expert opinion found. */
  description: string;
  /** The claims (their rows' ids) it is put forward for. */
  allegations: string[];
  quote?: string;
}

export function emptyQuickEvidence(id: string): QuickEvidence {
  return {
    id,
    type: 'expert_opinion',
    side: 'prosecution',
    commissionedBy: '',
    title: '',
    description: '',
    allegations: [],
  };
}

/** The items a draft of the text tells of, a row each, tied to the claims' rows drafted with them. */
export function evidenceFromDraft(
  drafted: readonly DraftEvidence[],
  allegationIds: readonly string[],
  makeId: () => string,
): QuickEvidence[] {
  return drafted.map((e) => ({
    ...emptyQuickEvidence(makeId()),
    type: e.type,
    side: e.side,
    commissionedBy: e.commissionedBy ?? '',
    title: e.title,
    description: e.description ?? '',
    allegations: e.allegations.flatMap((n) => (allegationIds[n] !== undefined ? [allegationIds[n]] : [])),
    quote: e.quote.text,
  }));
}

/** Whether a row holds an item to record: a title. */
export const isEvidenceFilled = (row: QuickEvidence): boolean => row.title.trim() !== '';

/** What the items are written with: the case, the source they are told of in, the claims written, citations. */
export interface EvidenceContext {
  case: string;
  source: string;
  visibility: string;
  /** The claims' rows that are written: an item is linked to those alone. */
  claims: ReadonlySet<string>;
  cite: (quote: string | undefined) => Rec[];
}

/** The items of the rows filled in: each in the case, found in the source, supporting the claims it is for. */
export function evidenceOfQuickCase(rows: readonly QuickEvidence[], context: EvidenceContext): Rec[] {
  return rows.filter(isEvidenceFilled).map((row) => ({
    id: row.id,
    case: context.case,
    type: row.type,
    side: row.side,
    ...(row.commissionedBy !== '' ? { commissionedBy: row.commissionedBy } : {}),
    title: row.title.trim(),
    ...(row.description.trim() !== '' ? { description: row.description.trim() } : {}),
    document: context.source,
    links: row.allegations
      .filter((id) => context.claims.has(id))
      .map((allegation) => ({ allegation, stance: 'supports' })),
    visibility: context.visibility,
    sources: context.cite(row.quote),
  }));
}
