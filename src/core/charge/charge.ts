import { z } from 'zod';
import { PartialDateSchema } from '../dates/partial-date.ts';
import { IdSchema, LineSchema, ShortTextSchema, SourcesSchema, TextSchema } from '../common/schemas.ts';
import { DisputesSchema } from '../common/disputes.ts';
import { FieldVisibilitySchema, ReadersSchema, VisibilitySchema } from '../common/visibility.ts';
import { accessRules } from '../access/access-fields.ts';
import { ArticleRefSchema } from '../law/law.ts';
import { SCHEMA_MESSAGES } from '../common/schema-messages.ts';

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
  'released_from_liability',
  'outcome_unknown',
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
  'released_from_liability',
]);

/** Steps that hand a charge on to successor charges, which must name it as their origin. */
export const HANDOVER_STEPS: ReadonlySet<ChargeStepKind> = new Set(['reclassified', 'merged', 'split']);

/** Why a person found guilty was released from criminal liability (a `released_from_liability` step). */
export const LiabilityReleaseGroundSchema = z.enum([
  'limitation_expired',
  'amnesty',
  'reconciliation',
  'other',
]);
export type LiabilityReleaseGround = z.infer<typeof LiabilityReleaseGroundSchema>;

/** One dated step in a charge's life, with the authority that took it and its sources. */
export const ChargeStepSchema = z
  .object({
    kind: ChargeStepKindSchema,
    /** For `released_from_liability`: on what ground (the step needs one). */
    ground: LiabilityReleaseGroundSchema.optional(),
    date: PartialDateSchema,
    authority: IdSchema.optional(),
    decision: IdSchema.optional(),
    successors: z.array(IdSchema).max(100).optional(),
    reason: TextSchema.optional(),
    note: TextSchema.optional(),
    sources: SourcesSchema,
  })
  .strict()
  .superRefine((step, ctx) => {
    if ((step.kind === 'released_from_liability') !== (step.ground !== undefined))
      ctx.addIssue({
        code: 'custom',
        path: ['ground'],
        message:
          step.kind === 'released_from_liability'
            ? SCHEMA_MESSAGES.releaseGroundNeeded
            : SCHEMA_MESSAGES.releaseGroundOnly,
      });
  });
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

/**
 * A charge's origin: one, or several of different kinds (brought again after one charge was dropped AND
 * reclassified from another). Bundles written before lists keep the single object.
 */
export const ChargeOriginsSchema = z.union([ChargeOriginSchema, z.array(ChargeOriginSchema).min(1).max(20)]);
export type ChargeOrigins = z.infer<typeof ChargeOriginsSchema>;

/**
 * The charge that brought again the one `charge` took the place of by reclassification, when there is one among
 * `charges` (of the same defendant, and brought): then the record says nothing of what became of `charge`, dropped
 * when the first came back or pending beside it for the same acts.
 */
export function broughtAgainAfterReplaced<T extends { id: string; origin?: ChargeOrigins | undefined }>(
  charge: T,
  charges: readonly T[],
  how: { isBrought: (other: T) => boolean; defendantOf: (c: T) => string | undefined },
): T | undefined {
  const from = (c: T, kind: string) => originsOf(c).flatMap((o) => (o.kind === kind ? o.from : []));
  const replaced = from(charge, 'reclassification');
  if (replaced.length === 0) return undefined;
  return charges.find(
    (other) =>
      other.id !== charge.id &&
      how.defendantOf(other) === how.defendantOf(charge) &&
      how.isBrought(other) &&
      from(other, 'rebrought').some((id) => replaced.includes(id)),
  );
}

/** Every origin of a charge as a list, whichever form the record holds. */
export function originsOf(charge: { origin?: ChargeOrigins | undefined }): ChargeOrigin[] {
  const o = charge.origin;
  return o === undefined ? [] : Array.isArray(o) ? o : [o];
}

/** Each origin with its place in the record ('.origin', or '.origin[1]' in a list), for errors that name it. */
export function originsWithPaths(charge: {
  origin?: ChargeOrigins | undefined;
}): (ChargeOrigin & { path: string })[] {
  const o = charge.origin;
  if (o === undefined) return [];
  return Array.isArray(o) ? o.map((x, i) => ({ ...x, path: `.origin[${i}]` })) : [{ ...o, path: '.origin' }];
}

/** The qualifier article a stage or role is charged with, in the charge's own code: "with 24(3)", "with 28(4)". */
export const QualifierSchema = z
  .object({ article: ShortTextSchema, part: ShortTextSchema.optional() })
  .strict();

/** An unfinished offence: preparation or attempt (a charge without `stage` is of the completed offence). */
export const ChargeStageSchema = z
  .object({
    kind: z.enum(['preparation', 'attempt']),
    qualifier: QualifierSchema.optional(),
    sources: SourcesSchema,
  })
  .strict();
export type ChargeStage = z.infer<typeof ChargeStageSchema>;

/** An accomplice's role (a charge without `role` is against the executor). */
export const ChargeRoleSchema = z
  .object({
    kind: z.enum(['organiser', 'instigator', 'accessory']),
    qualifier: QualifierSchema.optional(),
    sources: SourcesSchema,
  })
  .strict();
export type ChargeRole = z.infer<typeof ChargeRoleSchema>;

/** One part a charge may be under when sources disagree ("part 2 or 3"), with the sources that give it. */
export const PartInDoubtSchema = z.object({ part: ShortTextSchema, sources: SourcesSchema }).strict();
export type PartInDoubt = z.infer<typeof PartInDoubtSchema>;

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
    origin: ChargeOriginsSchema.optional(),
    stage: ChargeStageSchema.optional(),
    role: ChargeRoleSchema.optional(),
    /** The parts sources disagree on; `article.part` is then left out. */
    partsInDoubt: z.array(PartInDoubtSchema).min(2).max(10).optional(),
    lifecycle: z.array(ChargeStepSchema).min(1, { message: SCHEMA_MESSAGES.chargeFirstStep }).max(500),
    visibility: VisibilitySchema,
    readers: ReadersSchema.optional(),
    fieldVisibility: FieldVisibilitySchema.optional(),
    sources: SourcesSchema,
    disputes: DisputesSchema,
  })
  .strict()
  .superRefine((c, ctx) => {
    if (c.partsInDoubt === undefined) return;
    if (c.article.part !== undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['partsInDoubt'],
        message: SCHEMA_MESSAGES.partCertainOrInDoubt,
      });
    const parts = c.partsInDoubt.map((p) => p.part);
    parts.forEach((p, i) => {
      if (parts.indexOf(p) !== i)
        ctx.addIssue({
          code: 'custom',
          path: ['partsInDoubt', i, 'part'],
          message: SCHEMA_MESSAGES.partTwice,
        });
    });
  })
  .superRefine(accessRules('charge'));
export type Charge = z.infer<typeof ChargeSchema>;
