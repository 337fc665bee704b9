import { historyPath, recordPagePath } from '../../../lib/record-paths.ts';
import { casePath } from '../../../lib/url-state.ts';

/**
 * What a link to a found record needs: its kind, id, the case it belongs to when it belongs to one, and for a
 * document found by its text the page it was found on.
 */
export interface HitPlace {
  kind: string;
  id: string;
  caseId?: string | undefined;
  page?: number | undefined;
}

const COLLECTIONS: Record<string, string> = {
  source: 'sources',
  event: 'events',
  charge: 'charges',
  hearing: 'hearings',
  measure: 'measures',
  decision: 'decisions',
};

/**
 * The page a found record is read on: a person's or organisation's own page, a case's page; a document found
 * in its text, its viewer at that page; a record of a case (a charge, a hearing) is read on its case's page, and
 * one without a page of its own (a source cited by no case) on its history, which shows it whole.
 */
export function hitPath(hit: HitPlace): string {
  if (hit.kind === 'source' && hit.page !== undefined)
    return `/documents/${encodeURIComponent(hit.id)}?page=${hit.page}`;
  if (hit.kind === 'person') return recordPagePath('persons', hit.id);
  if (hit.kind === 'organisation') return recordPagePath('organisations', hit.id);
  if (hit.kind === 'case') return casePath(hit.id);
  if (hit.caseId !== undefined) return casePath(hit.caseId);
  return historyPath(COLLECTIONS[hit.kind] ?? `${hit.kind}s`, hit.id);
}
