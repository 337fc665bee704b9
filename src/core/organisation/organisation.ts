import { z } from 'zod';
import { PartialDateSchema } from '../dates/partial-date.ts';
import { NameSchema } from '../common/names.ts';
import { IdSchema, LineSchema, MAX_SHORT, SourcesSchema, TextSchema } from '../common/schemas.ts';
import { DisputesSchema } from '../common/disputes.ts';
import { FieldVisibilitySchema, ReadersSchema, VisibilitySchema } from '../common/visibility.ts';
import { accessRules } from '../access/access-fields.ts';
import { SCHEMA_MESSAGES } from '../common/schema-messages.ts';

/** What an organisation is; courts, prosecutors and police are organisations too. */
export const OrganisationKindSchema = z.enum([
  'party',
  'ngo',
  'media',
  'court',
  'prosecutor',
  'police',
  'investigative_committee',
  'security_service',
  'ministry',
  'parliament',
  'election_commission',
  'detention_facility',
  'bar',
  'international',
  'company',
  'movement',
  'other',
]);

/**
 * One dated step in an organisation's registration history. `unregistered`: it works without registration, having
 * not been able to register (as a source says, often with no application or refusal on record).
 */
export const RegistrationStepSchema = z
  .object({
    status: z.enum([
      'applied',
      'refused',
      'unregistered',
      'registered',
      'suspended',
      'liquidated',
      'banned',
      'designated_extremist',
    ]),
    date: PartialDateSchema.optional(),
    authority: IdSchema.optional(),
    note: TextSchema.optional(),
    sources: SourcesSchema,
  })
  .strict();

/** An organisation: a party (registered or not), an NGO, a court, a prosecutor's office. */
export const OrganisationSchema = z
  .object({
    id: IdSchema,
    names: z.array(NameSchema).min(1, { message: SCHEMA_MESSAGES.organisationName }).max(100),
    kind: OrganisationKindSchema,
    jurisdiction: z.string().min(2).max(MAX_SHORT).optional(),
    parent: IdSchema.optional(),
    place: LineSchema.optional(),
    description: TextSchema.optional(),
    registration: z.array(RegistrationStepSchema).max(500).default([]),
    visibility: VisibilitySchema,
    readers: ReadersSchema.optional(),
    fieldVisibility: FieldVisibilitySchema.optional(),
    sources: SourcesSchema,
    disputes: DisputesSchema,
  })
  .strict()
  .superRefine(accessRules('organisation'));
export type Organisation = z.infer<typeof OrganisationSchema>;
