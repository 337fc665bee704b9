import { z } from 'zod';
import { PartialDateSchema } from '../dates/partial-date.ts';
import { NameSchema } from '../common/names.ts';
import {
  CountryCodeSchema,
  IdSchema,
  LineSchema,
  PeriodSchema,
  SourcesSchema,
  TextSchema,
} from '../common/schemas.ts';
import { DisputesSchema } from '../common/disputes.ts';
import { FieldVisibilitySchema, ReadersSchema, VisibilitySchema } from '../common/visibility.ts';
import { accessRules } from '../access/access-fields.ts';
import { SCHEMA_MESSAGES } from '../common/schema-messages.ts';

/** A person's tie to an organisation (a party leader, a prosecutor in an office) over a period. */
export const AffiliationSchema = z
  .object({
    organisation: IdSchema,
    role: LineSchema,
    period: PeriodSchema.optional(),
    sources: SourcesSchema,
  })
  .strict();

/** How to reach a person (a lawyer's phone, a family's address): restricted by default, field by field. */
export const ContactSchema = z
  .object({
    phones: z.array(z.string().min(1).max(50)).max(20).optional(),
    emails: z.array(z.email().max(320)).max(20).optional(),
    address: z.string().min(1).max(2000).optional(),
  })
  .strict();

/** A person: a defendant, a lawyer, an official; several written names, each with its script and source. */
export const PersonSchema = z
  .object({
    id: IdSchema,
    names: z.array(NameSchema).min(1, { message: SCHEMA_MESSAGES.personName }).max(100),
    birthDate: PartialDateSchema.optional(),
    gender: z.enum(['female', 'male', 'other', 'unknown']).optional(),
    citizenship: z.array(CountryCodeSchema).max(10).optional(),
    occupation: LineSchema.optional(),
    description: TextSchema.optional(),
    contact: ContactSchema.optional(),
    affiliations: z.array(AffiliationSchema).max(500).default([]),
    visibility: VisibilitySchema,
    readers: ReadersSchema.optional(),
    fieldVisibility: FieldVisibilitySchema.optional(),
    sources: SourcesSchema,
    disputes: DisputesSchema,
  })
  .strict()
  .superRefine(accessRules('person'));
export type Person = z.infer<typeof PersonSchema>;
export type PersonInput = z.input<typeof PersonSchema>;
