import type { ApiSchemas } from '../../../lib/api.ts';
import { keptAuthorities, newOrganisation, type OrganisationContext } from './quick-case-authorities.ts';

/** The kinds of organisation the form of one source offers for a person's affiliation. */
export const AFFILIATION_KINDS = ['party', 'movement', 'ngo', 'media', 'other'] as const;

/**
 * An organisation the person prosecuted belongs to, as the source says ("the opposition leader of the unregistered
 * Democratic Party of Kazakhstan"): one already recorded, or a new one by its name, with the person's role in it and,
 * for a new one, whether the source says it works without registration.
 */
export interface QuickAffiliation {
  /** The id a new organisation is written under. */
  id: string;
  existing: string;
  name: string;
  role: string;
  kind: (typeof AFFILIATION_KINDS)[number];
  isUnregistered: boolean;
  quote?: string;
  because?: string[];
}

export function emptyQuickAffiliation(id: string): QuickAffiliation {
  return { id, existing: '', name: '', role: '', kind: 'party', isUnregistered: false };
}

type Rec = Record<string, unknown>;

/** The rows naming an organisation, each with the id it is written under: the one recorded, or its new one. */
export const keptAffiliations = (rows: readonly QuickAffiliation[]) => keptAuthorities(rows);

/**
 * What the affiliations of the form write: each new organisation named as the source names it, of the case's
 * jurisdiction, with its registration as the source gives it (working without one); and the person's tie to each,
 * with their role; every fact citing the sentence it was read from.
 */
export function affiliationsOfQuickCase(
  rows: readonly QuickAffiliation[],
  context: OrganisationContext,
): { organisations: Rec[]; affiliations: Rec[] } {
  const kept = keptAffiliations(rows);
  const organisations = kept
    .filter((row) => row.existing === '')
    .map((row) =>
      newOrganisation(
        row,
        row.kind,
        context,
        row.isUnregistered ? { registration: [{ status: 'unregistered', sources: context.cite(row) }] } : {},
      ),
    );
  const affiliations = kept.map((row) => ({
    organisation: row.ref,
    // An empty role is written as it is: the core refuses it, and the refusal is put beside the row's box.
    role: row.role.trim(),
    sources: context.cite(row),
  }));
  return { organisations, affiliations };
}

type DraftAffiliation = ApiSchemas['CaseDraft']['affiliations'][number];

/**
 * The organisations the text ties the person to, after those in the form (an empty row gives way; one named alike
 * already is not added twice), each with the sentence naming it. Only those of the person the form records: the
 * first the text names.
 */
export function affiliationsFromDraft(
  rows: readonly QuickAffiliation[],
  drafted: readonly DraftAffiliation[],
  makeId: () => string,
): QuickAffiliation[] {
  const kept = keptAffiliations(rows).map(({ ref: _ref, ...row }) => row);
  const named = new Set(kept.map((row) => row.name.trim().toLowerCase()));
  const added = drafted
    .filter((a) => a.person === 0 && !named.has(a.name.toLowerCase()))
    .map((a) => ({
      ...emptyQuickAffiliation(makeId()),
      name: a.name,
      role: a.role,
      kind: a.kind,
      isUnregistered: a.isUnregistered,
      quote: a.quote.text,
    }));
  return [...kept, ...added];
}
