import { z } from 'zod';
import { PartialDateSchema } from '../dates/partial-date.ts';
import { IdSchema, LineSchema, PeriodSchema, SourcesSchema } from '../common/schemas.ts';
import { FieldVisibilitySchema, ReadersSchema, VisibilitySchema } from '../common/visibility.ts';
import { accessRules } from '../access/access-fields.ts';

/** The roles a person plays in a case. */
export const ParticipantRoleSchema = z.enum([
  'defendant',
  'suspect',
  'lawyer',
  'judge',
  'prosecutor',
  'investigator',
  'expert',
  'witness',
  'victim',
  'monitor',
  'other',
]);
export type ParticipantRole = z.infer<typeof ParticipantRoleSchema>;

/** A person's part in a case, over a period. */
export const ParticipantSchema = z
  .object({
    person: IdSchema,
    role: ParticipantRoleSchema,
    period: PeriodSchema.optional(),
    note: z.string().min(1).optional(),
    sources: SourcesSchema,
  })
  .strict();

/** An authority acting in a case: who investigates, prosecutes and judges it. */
export const CaseAuthoritySchema = z
  .object({
    organisation: IdSchema,
    role: z.enum([
      'investigating',
      'prosecuting',
      'court_first_instance',
      'court_appeal',
      'court_cassation',
      'other',
    ]),
    period: PeriodSchema.optional(),
    sources: SourcesSchema,
  })
  .strict();

/** An official case number and who gave it. */
export const CaseNumberSchema = z
  .object({
    value: z.string().min(1),
    authority: IdSchema.optional(),
    assignedOn: PartialDateSchema.optional(),
    sources: SourcesSchema,
  })
  .strict();

/** A prosecution: the frame that charges, measures, hearings and decisions hang on. */
export const CaseSchema = z
  .object({
    id: IdSchema,
    jurisdiction: z.string().min(2),
    title: LineSchema,
    summary: z.string().min(1).optional(),
    numbers: z.array(CaseNumberSchema).default([]),
    openedOn: PartialDateSchema.optional(),
    authorities: z.array(CaseAuthoritySchema).default([]),
    groups: z.array(z.string().min(1)).default([]),
    themes: z.array(z.string().min(1)).default([]),
    participants: z.array(ParticipantSchema).default([]),
    events: z.array(IdSchema).default([]),
    visibility: VisibilitySchema,
    readers: ReadersSchema.optional(),
    fieldVisibility: FieldVisibilitySchema.optional(),
    sources: SourcesSchema,
  })
  .strict()
  .superRefine(accessRules('case'));
export type Case = z.infer<typeof CaseSchema>;
