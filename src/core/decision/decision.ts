import { z } from 'zod';
import { LiabilityReleaseGroundSchema } from '../charge/charge.ts';
import { DurationSchema } from '../dates/duration.ts';
import { PartialDateSchema } from '../dates/partial-date.ts';
import { IdSchema, SourcesSchema, ShortTextSchema, TextSchema } from '../common/schemas.ts';
import { DisputesSchema } from '../common/disputes.ts';
import { FieldVisibilitySchema, ReadersSchema, VisibilitySchema } from '../common/visibility.ts';
import { accessRules } from '../access/access-fields.ts';

/** One part of a sentence: a prison term with its regime, a suspended term, a fine, a ban. */
export const SentenceComponentSchema = z
  .object({
    type: ShortTextSchema,
    term: DurationSchema.optional(),
    amount: z.object({ value: z.number().nonnegative(), unit: ShortTextSchema }).strict().optional(),
    regime: ShortTextSchema.optional(),
    isSuspended: z.boolean().optional(),
    probation: DurationSchema.optional(),
    activity: TextSchema.optional(),
    isPrincipal: z.boolean().optional(),
    /** When serving this part began, if not on the day the decision entered into force. */
    startedOn: PartialDateSchema.optional(),
  })
  .strict();
export type SentenceComponent = z.infer<typeof SentenceComponentSchema>;

/** A decision's outcome for one charge. */
export const ChargeOutcomeSchema = z
  .object({
    charge: IdSchema,
    /** `released_from_liability`: found guilty but released (on `ground`); `unknown`: the record lacks it. */
    outcome: z.enum([
      'convicted',
      'acquitted',
      'dismissed',
      'returned',
      'released_from_liability',
      'unknown',
    ]),
    ground: LiabilityReleaseGroundSchema.optional(),
    reason: TextSchema.optional(),
  })
  .strict()
  .superRefine((o, ctx) => {
    if (o.ground !== undefined && o.outcome !== 'released_from_liability')
      ctx.addIssue({
        code: 'custom',
        path: ['ground'],
        message: `only the outcome "released_from_liability" takes a ground, not "${o.outcome}"`,
      });
  });

/** An appeal against a decision, and where it went. */
export const AppealSchema = z
  .object({
    by: z.enum(['defence', 'prosecution', 'victim', 'other']),
    filedOn: PartialDateSchema,
    outcome: z.enum(['pending', 'upheld', 'overturned', 'modified', 'withdrawn']).default('pending'),
    decision: IdSchema.optional(),
    sources: SourcesSchema,
  })
  .strict();

/** A court's decision: a verdict or a ruling on appeal, with per-charge outcomes and the sentence. */
export const DecisionSchema = z
  .object({
    id: IdSchema,
    case: IdSchema,
    kind: z.enum(['verdict', 'appeal_ruling', 'cassation_ruling', 'other']),
    date: PartialDateSchema,
    court: IdSchema.optional(),
    judges: z.array(IdSchema).max(100).default([]),
    defendant: IdSchema,
    outcomes: z.array(ChargeOutcomeSchema).max(5_000).default([]),
    sentence: z.array(SentenceComponentSchema).max(100).default([]),
    isInAbsentia: z.boolean().optional(),
    enteredIntoForce: PartialDateSchema.optional(),
    reviews: IdSchema.optional(),
    appeals: z.array(AppealSchema).max(100).default([]),
    visibility: VisibilitySchema,
    readers: ReadersSchema.optional(),
    fieldVisibility: FieldVisibilitySchema.optional(),
    sources: SourcesSchema,
    disputes: DisputesSchema,
  })
  .strict()
  .superRefine(accessRules('decision'));
export type Decision = z.infer<typeof DecisionSchema>;
