import { z } from 'zod';
import { PartialDateSchema } from '../dates/partial-date.ts';
import { IdSchema, LineSchema, SourcesSchema, TextSchema } from '../common/schemas.ts';
import { DisputesSchema } from '../common/disputes.ts';
import { FieldVisibilitySchema, ReadersSchema, VisibilitySchema } from '../common/visibility.ts';
import { accessRules } from '../access/access-fields.ts';
import { ArticleRefSchema } from '../law/law.ts';

/** The steps of a charge's life; a step that ends it is 'terminal'. */
export const ChargeStepKindSchema = z.enum([
  'brought',
  'amended',
  'reclassified',
  'dropped',
  'merged',
  'split',
  'suspended',
  'resumed',
  'sent_to_court',
  'returned_for_investigation',
  'convicted',
  'acquitted',
  'dismissed',
  'amnestied',
]);
export type ChargeStepKind = z.infer<typeof ChargeStepKindSchema>;

/** Steps after which the charge is no longer live. */
export const TERMINAL_STEPS: ReadonlySet<ChargeStepKind> = new Set([
  'reclassified',
  'dropped',
  'merged',
  'split',
  'acquitted',
  'dismissed',
  'amnestied',
  'convicted',
]);

/** Steps that hand a charge on to successor charges, which must name it as their origin. */
export const HANDOVER_STEPS: ReadonlySet<ChargeStepKind> = new Set(['reclassified', 'merged', 'split']);

/** One dated step in a charge's life, with the authority that took it and its sources. */
export const ChargeStepSchema = z
  .object({
    kind: ChargeStepKindSchema,
    date: PartialDateSchema,
    authority: IdSchema.optional(),
    decision: IdSchema.optional(),
    successors: z.array(IdSchema).max(100).optional(),
    reason: TextSchema.optional(),
    note: TextSchema.optional(),
    sources: SourcesSchema,
  })
  .strict();
export type ChargeStep = z.infer<typeof ChargeStepSchema>;

/** Where a charge came from: reclassified from, re-brought after, merged from or split off other charges. */
export const ChargeOriginSchema = z
  .object({
    kind: z.enum(['reclassification', 'rebrought', 'merger', 'split']),
    from: z.array(IdSchema).min(1).max(100),
  })
  .strict();
export type ChargeOrigin = z.infer<typeof ChargeOriginSchema>;

/**
 * When the act charged was committed: a partial date or a range ('[2022-01-04..2022-01-07]'), with its sources.
 * It decides which law judges the charge, when its limitation expires and whether an amnesty covers it.
 */
export const ActDateSchema = z
  .object({ date: PartialDateSchema, note: TextSchema.optional(), sources: SourcesSchema })
  .strict();
export type ActDate = z.infer<typeof ActDateSchema>;

/** A charge against one defendant under one article, with its dated lifecycle and lineage. */
export const ChargeSchema = z
  .object({
    id: IdSchema,
    case: IdSchema,
    defendant: IdSchema,
    article: ArticleRefSchema,
    label: LineSchema.optional(),
    conduct: TextSchema.optional(),
    actDate: ActDateSchema.optional(),
    origin: ChargeOriginSchema.optional(),
    lifecycle: z
      .array(ChargeStepSchema)
      .min(1, { message: 'a charge needs at least the step that brought it' })
      .max(500),
    visibility: VisibilitySchema,
    readers: ReadersSchema.optional(),
    fieldVisibility: FieldVisibilitySchema.optional(),
    sources: SourcesSchema,
    disputes: DisputesSchema,
  })
  .strict()
  .superRefine(accessRules('charge'));
export type Charge = z.infer<typeof ChargeSchema>;
