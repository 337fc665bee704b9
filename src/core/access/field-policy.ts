import type { Visibility } from '../common/visibility.ts';

/** The record kinds by name (record-kinds.ts derives the same names from the schemas, which use this policy). */
export type PolicyKind =
  | 'source'
  | 'organisation'
  | 'person'
  | 'case'
  | 'event'
  | 'charge'
  | 'measure'
  | 'hearing'
  | 'decision'
  | 'allegation'
  | 'evidence';

/**
 * A field that can carry its own visibility; `default` is its visibility when the record does not set one
 * (absent: the record's own). A field is never more open than its record.
 */
export interface FieldRule {
  default?: Visibility;
}

/**
 * Per record kind, the fields that can be more confidential than the record: a person's contact details and
 * birth date, a detainee's place of house arrest, a source's author and address, a witness's identity, free-text
 * descriptions. The
 * facts engine reads none of them, so withholding one never changes a computed fact.
 */
export const FIELD_POLICY: { readonly [K in PolicyKind]: Readonly<Record<string, FieldRule>> } = {
  source: { author: {}, url: {}, archiveUrl: {}, capture: {}, note: {}, publisher: {} },
  organisation: { description: {}, place: {} },
  person: {
    contact: { default: 'restricted' },
    birthDate: {},
    citizenship: {},
    occupation: {},
    description: {},
  },
  case: { summary: {}, numbers: {} },
  event: { description: {} },
  charge: { conduct: {} },
  measure: { place: {} },
  hearing: { courtroom: {}, note: {} },
  decision: {},
  allegation: { note: {} },
  // A witness's identity may need to stay internal while the statement's existence is public.
  evidence: { author: {}, description: {}, note: {} },
};

/** The fields of a kind that can carry their own visibility. */
export function confidentialFields(kind: PolicyKind): string[] {
  return Object.keys(FIELD_POLICY[kind]);
}
