import { z } from 'zod';
import { DurationSchema } from '../dates/duration.ts';
import { PartialDateSchema } from '../dates/partial-date.ts';
import { IdSchema, LineSchema, SourcesSchema, ShortTextSchema, TextSchema } from '../common/schemas.ts';
import { DisputesSchema } from '../common/disputes.ts';
import { FieldVisibilitySchema, ReadersSchema, VisibilitySchema } from '../common/visibility.ts';
import { accessRules } from '../access/access-fields.ts';
import { ArticleRefSchema } from '../law/law.ts';
import { SCHEMA_MESSAGES } from '../common/schema-messages.ts';

/** The steps of a restraint measure: ordered, extended, changed to another measure, ended. */
export const MeasureStepSchema = z
  .object({
    kind: z.enum(['ordered', 'extended', 'appealed', 'upheld', 'changed', 'ended']),
    date: PartialDateSchema,
    /** The local time, when the record gives it (a detention report states the hour): limits in hours use it. */
    time: z
      .string()
      .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: SCHEMA_MESSAGES.localTime })
      .optional(),
    authority: IdSchema.optional(),
    plannedEnd: PartialDateSchema.optional(),
    term: DurationSchema.optional(),
    successor: IdSchema.optional(),
    reason: TextSchema.optional(),
    note: TextSchema.optional(),
    sources: SourcesSchema,
  })
  .strict();
export type MeasureStep = z.infer<typeof MeasureStepSchema>;

/** A length a source states without dates ("just over eight months"): bounds, each optional. */
export const ReportedDurationSchema = z
  .object({
    atLeast: DurationSchema.optional(),
    atMost: DurationSchema.optional(),
    text: LineSchema.optional(),
    sources: SourcesSchema,
  })
  .strict();

/** A restraint measure on a person in a case; its kind is a key in the jurisdiction's measures data. */
export const MeasureSchema = z
  .object({
    id: IdSchema,
    case: IdSchema,
    person: IdSchema,
    kind: ShortTextSchema,
    /** The article it was imposed under, for a kind whose law data names a code (administrative arrest). */
    article: ArticleRefSchema.optional(),
    place: LineSchema.optional(),
    facility: IdSchema.optional(),
    steps: z.array(MeasureStepSchema).min(1, { message: SCHEMA_MESSAGES.measureFirstStep }).max(500),
    reportedDuration: ReportedDurationSchema.optional(),
    visibility: VisibilitySchema,
    readers: ReadersSchema.optional(),
    fieldVisibility: FieldVisibilitySchema.optional(),
    sources: SourcesSchema,
    disputes: DisputesSchema,
  })
  .strict()
  .superRefine(accessRules('measure'));
export type Measure = z.infer<typeof MeasureSchema>;
