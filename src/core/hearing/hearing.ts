import { z } from 'zod';
import { PartialDateSchema } from '../dates/partial-date.ts';
import { IdSchema, LineSchema, SourcesSchema, TextSchema } from '../common/schemas.ts';
import { DisputesSchema } from '../common/disputes.ts';
import { FieldVisibilitySchema, ReadersSchema, VisibilitySchema } from '../common/visibility.ts';
import { accessRules } from '../access/access-fields.ts';

/** A court hearing, past or upcoming, with who sat and whether the public could attend. */
export const HearingSchema = z
  .object({
    id: IdSchema,
    case: IdSchema,
    kind: z.enum([
      'detention_review',
      'preliminary',
      'trial_session',
      'verdict',
      'appeal',
      'cassation',
      'other',
    ]),
    date: PartialDateSchema,
    time: z
      .string()
      .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'a local time HH:MM' })
      .optional(),
    court: IdSchema.optional(),
    courtroom: LineSchema.optional(),
    judges: z.array(IdSchema).max(100).default([]),
    prosecutors: z.array(IdSchema).max(100).default([]),
    access: z.enum(['public', 'closed', 'partially_closed', 'unknown']).default('unknown'),
    status: z.enum(['scheduled', 'held', 'postponed', 'cancelled']),
    outcome: TextSchema.optional(),
    nextDate: PartialDateSchema.optional(),
    decision: IdSchema.optional(),
    note: TextSchema.optional(),
    visibility: VisibilitySchema,
    readers: ReadersSchema.optional(),
    fieldVisibility: FieldVisibilitySchema.optional(),
    sources: SourcesSchema,
    disputes: DisputesSchema,
  })
  .strict()
  .superRefine(accessRules('hearing'));
export type Hearing = z.infer<typeof HearingSchema>;
