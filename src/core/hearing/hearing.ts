import { z } from 'zod';
import { PartialDateSchema } from '../dates/partial-date.ts';
import { IdSchema, LineSchema, SourcesSchema, TextSchema } from '../common/schemas.ts';
import { DisputesSchema } from '../common/disputes.ts';
import { FieldVisibilitySchema, ReadersSchema, VisibilitySchema } from '../common/visibility.ts';
import { accessRules } from '../access/access-fields.ts';
import { SCHEMA_MESSAGES } from '../common/schema-messages.ts';

/** When a scheduled thing became known (set, announced, published), with the sources that say so. */
export const AnnouncementSchema = z
  .object({
    on: PartialDateSchema,
    sources: SourcesSchema,
  })
  .strict();
export type Announcement = z.infer<typeof AnnouncementSchema>;

/**
 * A dated change to a scheduled hearing: postponed (to a new day, when given) or cancelled, on the day it was
 * decided. A case as of an earlier day does not know it.
 */
export const HearingChangeSchema = z
  .object({
    kind: z.enum(['postponed', 'cancelled']),
    decidedOn: PartialDateSchema,
    to: PartialDateSchema.optional(),
    reason: TextSchema.optional(),
    sources: SourcesSchema,
  })
  .strict();
export type HearingChange = z.infer<typeof HearingChangeSchema>;

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
      .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: SCHEMA_MESSAGES.localTime })
      .optional(),
    court: IdSchema.optional(),
    courtroom: LineSchema.optional(),
    judges: z.array(IdSchema).max(100).default([]),
    prosecutors: z.array(IdSchema).max(100).default([]),
    /** The charges the hearing tries or reviews, where a source says (a trial "on those" charges only). */
    charges: z.array(IdSchema).max(500).optional(),
    access: z.enum(['public', 'closed', 'partially_closed', 'unknown']).default('unknown'),
    status: z.enum(['scheduled', 'held', 'postponed', 'cancelled']),
    outcome: TextSchema.optional(),
    nextDate: PartialDateSchema.optional(),
    decision: IdSchema.optional(),
    note: TextSchema.optional(),
    announced: AnnouncementSchema.optional(),
    changes: z.array(HearingChangeSchema).max(100).optional(),
    visibility: VisibilitySchema,
    readers: ReadersSchema.optional(),
    fieldVisibility: FieldVisibilitySchema.optional(),
    sources: SourcesSchema,
    disputes: DisputesSchema,
  })
  .strict()
  .superRefine(accessRules('hearing'));
export type Hearing = z.infer<typeof HearingSchema>;
