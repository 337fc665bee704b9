import { z } from 'zod';
import { LiabilityReleaseGroundSchema } from '../charge/charge.ts';
import { DurationSchema } from '../dates/duration.ts';
import { PartialDateSchema } from '../dates/partial-date.ts';
import { IdSchema, SourcesSchema, ShortTextSchema, TextSchema } from '../common/schemas.ts';
import { DisputesSchema } from '../common/disputes.ts';
import { FieldVisibilitySchema, ReadersSchema, VisibilitySchema } from '../common/visibility.ts';
import { accessRules } from '../access/access-fields.ts';
import { SCHEMA_MESSAGES } from '../common/schema-messages.ts';

/** An ISO 4217 currency code: three capital letters ('KZT', 'USD'). */
export const CURRENCY_CODE = /^[A-Z]{3}$/;

/**
 * An amount with its unit: hours of work, or money in the jurisdiction's unit (its key, 'mci') or in a currency
 * (an ISO 4217 code, 'KZT'). Which fits is checked against the case's jurisdiction at import.
 */
export const SentenceAmountSchema = z
  .object({ value: z.number().nonnegative(), unit: ShortTextSchema })
  .strict();

/** One part of a sentence: a prison term with its regime, a suspended term, a fine, a ban. */
export const SentenceComponentSchema = z
  .object({
    type: ShortTextSchema,
    term: DurationSchema.optional(),
    amount: SentenceAmountSchema.optional(),
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

/**
 * Money a decision orders that is not a penalty: damages or compensation to a victim, a civil claim granted,
 * procedural costs, confiscation. Kept apart from fines (sentence parts) and from each other, never summed.
 */
export const MoneyOrderSchema = z
  .object({
    kind: z.enum(['damages', 'compensation', 'civil_claim', 'procedural_costs', 'confiscation', 'other']),
    /** Absent when the record does not give it (confiscation of named property). */
    amount: SentenceAmountSchema.optional(),
    /** Who pays or receives, what is confiscated. */
    description: TextSchema.optional(),
  })
  .strict();
export type MoneyOrder = z.infer<typeof MoneyOrderSchema>;

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
        message: SCHEMA_MESSAGES.decisionGroundOnly,
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
    /** Money ordered other than a fine, each with its kind. */
    money: z.array(MoneyOrderSchema).max(100).optional(),
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
