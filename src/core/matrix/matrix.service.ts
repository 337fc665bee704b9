import type { Session } from '../access/session.ts';
import { titleIn as titleOf } from '../common/titles.ts';
import { DomainError } from '../errors.ts';
import type { RecordKind } from '../record/record-kinds.ts';
import { buildMatrix, elementsDay, type ElementsSource } from './matrix-builder.ts';
import type { IndictmentMatrix, Titles } from './matrix.ts';

/** What the matrix service reads through: the acting user's session and the law data. */
export interface MatrixDeps {
  session: Session;
  law: ElementsSource;
}

/**
 * The indictment matrix of a case as the acting user may see it: its charges, allegations and evidence are read
 * through their session, and what is withheld from them is counted so that no gap is stated as certain.
 */
export async function caseMatrix(deps: MatrixDeps, caseId: string): Promise<IndictmentMatrix> {
  const { session } = deps;
  const stored = await session.get('case', caseId);
  if (!stored) throw new DomainError('record.not_found', `no case with id "${caseId}"`);
  const kinds = ['charge', 'allegation', 'evidence'] as const;
  const [charges, allegations, evidence, ...hidden] = await Promise.all([
    session.list('charge', { case: caseId }),
    session.list('allegation', { case: caseId }),
    session.list('evidence', { case: caseId }),
    ...kinds.map((k) => session.countWithheld(k, caseId)),
  ]);
  const withheld: Partial<Record<RecordKind, number>> = {};
  kinds.forEach((k, i) => {
    if ((hidden[i] ?? 0) > 0) withheld[k] = hidden[i];
  });
  // The documents the claims are read from, as the reader may see them: their pages, where recorded.
  const documents = await Promise.all(
    [...new Set(allegations.map((a) => a.data.document))].map((id) => session.get('source', id)),
  );
  const pageCounts = new Map(
    documents.flatMap((d) => (d?.data.pageCount !== undefined ? [[d.id, d.data.pageCount] as const] : [])),
  );
  return buildMatrix(
    {
      case: { id: stored.id, jurisdiction: stored.data.jurisdiction },
      pageCounts,
      charges: charges.map((r) => r.data),
      allegations: allegations.map((r) => r.data),
      evidence: evidence.map((r) => r.data),
      withheld,
    },
    deps.law,
  );
}

/** The elements of a charge's offence with their titles in one language: what an allegation form offers. */
export interface ChargeElements {
  charge: string;
  jurisdiction: string;
  code: string;
  article: string;
  part?: string;
  isHeld: boolean;
  elements: { key: string; kind: string; title: string; alternatives?: string[] }[];
}

/** A title in the language asked for, else English (which the matrix's titles always have). */
export function titleIn(titles: Titles, lang: string): string {
  return titleOf(titles, lang) ?? titles.en;
}

/** The elements of the offence a charge is brought under, as the law data holds them on its day. */
export async function chargeElements(
  deps: MatrixDeps,
  chargeId: string,
  lang = 'en',
): Promise<ChargeElements> {
  const stored = await deps.session.get('charge', chargeId);
  if (!stored) throw new DomainError('record.not_found', `no charge with id "${chargeId}"`);
  const { article } = stored.data;
  const elements = deps.law.offenceElements(
    article.jurisdiction,
    article.code,
    article.article,
    article.part,
    elementsDay(stored.data),
  );
  return {
    charge: stored.id,
    jurisdiction: article.jurisdiction,
    code: article.code,
    article: article.article,
    ...(article.part !== undefined ? { part: article.part } : {}),
    isHeld: elements !== undefined,
    elements: (elements ?? []).map((e) => ({
      key: e.key,
      kind: e.kind,
      title: titleIn(e.titles as Titles, lang),
      ...(e.alternatives !== undefined
        ? { alternatives: e.alternatives.map((t) => titleIn(t as Titles, lang)) }
        : {}),
    })),
  };
}
