import { CaseAuthoritySchema } from '../../../../../src/core/case/case.ts';

/** What an authority did in the case, as the case records it. */
export const AUTHORITY_ROLES = CaseAuthoritySchema.shape.role.options;

/**
 * An investigator, prosecutor or court of the case, as the source names it: one already recorded, or a new one by
 * its name; the charges it brought, by their rows' ids, have it as the authority of their bringing, and the hearings
 * a court held have it as their court.
 */
export interface QuickAuthority {
  id: string;
  existing: string;
  name: string;
  role: (typeof AUTHORITY_ROLES)[number];
  charges: string[];
  /** For a court, the hearings it held, by their rows' ids. */
  hearings: string[];
  quote?: string;
  because?: string[];
}

export function emptyQuickAuthority(id: string): QuickAuthority {
  return { id, existing: '', name: '', role: 'prosecuting', charges: [], hearings: [] };
}

type Rec = Record<string, unknown>;
type Citations = { source: string; quote?: string }[];

/**
 * The rows naming an organisation (an authority, a party), each with the id it is written under: the one recorded,
 * or its new one; a row naming none is left out.
 */
export function keptAuthorities<Row extends { id: string; existing: string; name: string }>(
  rows: readonly Row[],
): (Row & { ref: string })[] {
  return rows.flatMap((row) =>
    row.existing !== ''
      ? [{ ...row, ref: row.existing }]
      : row.name.trim() !== ''
        ? [{ ...row, ref: row.id }]
        : [],
  );
}

/** The kind of organisation a new authority is, by its role and, for investigators, by its name. */
function kindOf(row: QuickAuthority): string {
  if (row.role === 'prosecuting') return 'prosecutor';
  if (row.role.startsWith('court')) return 'court';
  if (/police|полици|полиция/iu.test(row.name)) return 'police';
  if (/security|KNB|КНБ|безопасност|қауіпсіздік/iu.test(row.name)) return 'security_service';
  return 'other';
}

/** What the form writes organisations with: the case's jurisdiction and visibility, its citations, its names. */
export interface OrganisationContext {
  jurisdiction: string;
  visibility: string;
  cite: (row: { quote?: string }) => Citations;
  name: (value: string, cite: Citations) => Rec;
}

/** A new organisation as a row names it, of the case's jurisdiction, cited by the row's sentence. */
export function newOrganisation(
  row: { id: string; name: string; quote?: string },
  kind: string,
  context: OrganisationContext,
  more: Rec = {},
): Rec {
  return {
    id: row.id,
    names: [context.name(row.name.trim(), context.cite(row))],
    kind,
    jurisdiction: context.jurisdiction,
    ...more,
    visibility: context.visibility,
    sources: context.cite(row),
  };
}

/**
 * What the authorities of the form write: each new one as an organisation of the case's jurisdiction named as the
 * source names it, the case's authorities with their roles, and the authority of each charge's bringing; every
 * fact citing the sentence it was read from.
 */
export function authoritiesOfQuickCase(
  rows: readonly QuickAuthority[],
  context: OrganisationContext,
): { organisations: Rec[]; authorities: Rec[]; bringing: Map<string, string>; courts: Map<string, string> } {
  const kept = keptAuthorities(rows);
  const organisations = kept
    .filter((row) => row.existing === '')
    .map((row) => newOrganisation(row, kindOf(row), context));
  const authorities = kept.map((row) => ({
    organisation: row.ref,
    role: row.role,
    sources: context.cite(row),
  }));
  const bringing = new Map(kept.flatMap((row) => row.charges.map((charge) => [charge, row.ref] as const)));
  const courts = new Map(
    kept
      .filter((row) => row.role.startsWith('court'))
      .flatMap((row) => row.hearings.map((hearing) => [hearing, row.ref] as const)),
  );
  return { organisations, authorities, bringing, courts };
}
