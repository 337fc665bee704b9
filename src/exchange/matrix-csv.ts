import { titleIn } from '../core/matrix/matrix.service.ts';
import {
  GAP_KINDS,
  type GapKind,
  type IndictmentMatrix,
  type MatrixAllegation,
  type MatrixCharge,
  type MatrixElement,
  type MatrixEvidence,
} from '../core/matrix/matrix.ts';
import { toCsv } from './csv.ts';

/** The matrix's CSV columns: what a row is about, then one yes/empty column per kind of gap. */
export const MATRIX_CSV_HEADER = [
  'charge',
  'article',
  'charge_state',
  'charge_live',
  'element',
  'element_title',
  'element_status',
  'allegation',
  'allegation_type',
  'allegation_summary',
  'page',
  'evidence',
  'evidence_title',
  'evidence_type',
  'evidence_side',
  'commissioned_by',
  'stance',
  ...GAP_KINDS,
  'gaps_certain',
] as const;

type Cell = string | number | undefined;

/**
 * The matrix as CSV, one row per (charge, element, allegation, evidence): an element no allegation asserts has a
 * row of its own, an allegation an evidence item does not bear on too; allegations that name none of their
 * charge's elements, and those that serve no charge, follow with the element left empty. Titles in `lang`.
 */
export function matrixCsv(matrix: IndictmentMatrix, lang = 'en'): string {
  const flagged = new Map<string, Set<GapKind>>();
  const flag = (key: string, kind: GapKind) => flagged.set(key, (flagged.get(key) ?? new Set()).add(kind));
  for (const gap of matrix.gaps) {
    if (gap.element !== undefined && gap.allegation === undefined)
      flag(`e|${gap.charge}|${gap.element}`, gap.kind);
    if (gap.allegation !== undefined) flag(`a|${gap.charge ?? ''}|${gap.allegation}`, gap.kind);
  }
  const certain = matrix.isCertain ? 'yes' : 'no';
  const rows: Cell[][] = [];
  const row = (
    charge: MatrixCharge | undefined,
    element: MatrixElement | undefined,
    allegation: MatrixAllegation | undefined,
    evidence: MatrixEvidence | undefined,
  ) => {
    const kinds = new Set([
      ...(element && charge ? (flagged.get(`e|${charge.charge}|${element.key}`) ?? []) : []),
      ...(allegation ? (flagged.get(`a|${charge?.charge ?? ''}|${allegation.allegation}`) ?? []) : []),
    ]);
    rows.push([
      charge?.charge,
      charge?.articleText,
      charge?.state,
      charge === undefined ? undefined : charge.isLive ? 'yes' : 'no',
      element?.key,
      element ? titleIn(element.titles, lang) : undefined,
      element?.status,
      allegation?.allegation,
      allegation?.type,
      allegation?.summary,
      allegation?.passage?.page,
      evidence?.evidence,
      evidence?.title,
      evidence?.type,
      evidence?.side,
      evidence?.commissionedBy,
      evidence?.stance,
      ...GAP_KINDS.map((k) => (kinds.has(k) ? 'yes' : '')),
      certain,
    ]);
  };
  const withEvidence = (
    charge: MatrixCharge | undefined,
    element: MatrixElement | undefined,
    a: MatrixAllegation,
  ) => {
    const items = element ? a.evidence.filter((e) => e.elements.includes(element.key)) : a.evidence;
    if (items.length === 0) row(charge, element, a, undefined);
    for (const e of items) row(charge, element, a, e);
  };
  for (const charge of matrix.charges) {
    const keys = new Set(charge.elements.map((e) => e.key));
    for (const element of charge.elements) {
      const asserting = charge.allegations.filter((a) => a.elements.includes(element.key));
      if (asserting.length === 0) row(charge, element, undefined, undefined);
      for (const a of asserting) withEvidence(charge, element, a);
    }
    for (const a of charge.allegations.filter((x) => !x.elements.some((k) => keys.has(k))))
      withEvidence(charge, undefined, a);
  }
  for (const a of matrix.unattached) withEvidence(undefined, undefined, a);
  return toCsv(MATRIX_CSV_HEADER, rows);
}
