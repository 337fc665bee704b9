import type { z } from 'zod';
import { CaseSchema } from '../case/case.ts';
import { ChargeSchema } from '../charge/charge.ts';
import { AllegationSchema } from '../allegation/allegation.ts';
import { DecisionSchema } from '../decision/decision.ts';
import { EventSchema } from '../event/event.ts';
import { EvidenceSchema } from '../evidence/evidence.ts';
import { HearingSchema } from '../hearing/hearing.ts';
import { MeasureSchema } from '../measure/measure.ts';
import { OrganisationSchema } from '../organisation/organisation.ts';
import { PersonSchema } from '../person/person.ts';
import { SourceSchema } from '../source/source.ts';

/** Every kind of record, with its schema and its collection name in a bundle; ordered so references point back. */
export const RECORD_KINDS = {
  source: { schema: SourceSchema, collection: 'sources' },
  organisation: { schema: OrganisationSchema, collection: 'organisations' },
  person: { schema: PersonSchema, collection: 'persons' },
  case: { schema: CaseSchema, collection: 'cases' },
  event: { schema: EventSchema, collection: 'events' },
  charge: { schema: ChargeSchema, collection: 'charges' },
  measure: { schema: MeasureSchema, collection: 'measures' },
  hearing: { schema: HearingSchema, collection: 'hearings' },
  decision: { schema: DecisionSchema, collection: 'decisions' },
  allegation: { schema: AllegationSchema, collection: 'allegations' },
  evidence: { schema: EvidenceSchema, collection: 'evidence' },
} as const;

export type RecordKind = keyof typeof RECORD_KINDS;
export type RecordOf<K extends RecordKind> = z.infer<(typeof RECORD_KINDS)[K]['schema']>;
export type AnyRecord = { [K in RecordKind]: RecordOf<K> }[RecordKind];
export type Collection = (typeof RECORD_KINDS)[RecordKind]['collection'];

/** The kinds in dependency order: sources first; allegations after charges, evidence after allegations. */
export const RECORD_KIND_ORDER = Object.keys(RECORD_KINDS) as RecordKind[];

/** The record kind stored under a bundle collection name, or undefined. */
export function kindOfCollection(collection: string): RecordKind | undefined {
  return RECORD_KIND_ORDER.find((k) => RECORD_KINDS[k].collection === collection);
}

/** Kinds whose records belong to one case (they carry a `case` field). */
export const CASE_SCOPED_KINDS = [
  'charge',
  'measure',
  'hearing',
  'decision',
  'allegation',
  'evidence',
] as const satisfies readonly RecordKind[];
export type CaseScopedKind = (typeof CASE_SCOPED_KINDS)[number];

/** The case-scoped kinds a case file holds and its facts are computed from; documents' analysis is apart. */
export const CASE_FILE_KINDS = [
  'charge',
  'measure',
  'hearing',
  'decision',
] as const satisfies readonly CaseScopedKind[];

/** Kinds that can be listed by case: the case-scoped ones, and sources (a document names its case). */
export const CASE_LISTED_KINDS: readonly RecordKind[] = [...CASE_SCOPED_KINDS, 'source'];
