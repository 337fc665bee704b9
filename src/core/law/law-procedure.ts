import { z } from 'zod';
import { ShortTextSchema, TextSchema } from '../common/schemas.ts';
import {
  CertaintySchema,
  LocalArticleRefSchema,
  TermSchema,
  TitlesSchema,
  checkUniqueKeys,
  checkWindows,
  fileHeader,
  windowFields,
} from './law-primitives.ts';

/** The legal basis of a rule: a code id and, when known, the article. */
export const LegalBasisSchema = z.strictObject({
  code: ShortTextSchema,
  article: ShortTextSchema.optional(),
  note: TextSchema.optional(),
});
export type LegalBasis = z.infer<typeof LegalBasisSchema>;

/** A kind of restraint measure (or detention) a person can be under; `severity` orders them for status. */
export const MeasureKindSchema = z.strictObject({
  key: z.string().regex(/^[a-z_]+$/),
  titles: TitlesSchema,
  basis: LegalBasisSchema,
  isCodeMeasure: z.boolean(),
  deprivesLiberty: z.boolean(),
  isCustodial: z.boolean(),
  allowsElectronicTag: z.boolean(),
  severity: z.number().int().nonnegative(),
  certainty: CertaintySchema.optional(),
  note: TextSchema.optional(),
});
export type MeasureKind = z.infer<typeof MeasureKindSchema>;

/** measures.json: the measures of restraint and other deprivations of liberty, as data. */
export const MeasuresFileSchema = z
  .strictObject({ ...fileHeader, measures: z.array(MeasureKindSchema).min(1) })
  .superRefine((file, ctx) => {
    checkUniqueKeys(file.measures, ctx, ['measures']);
    file.measures.forEach((m, i) => {
      if (m.isCustodial && !m.deprivesLiberty) {
        ctx.addIssue({
          code: 'custom',
          message: 'a custodial measure must deprive of liberty',
          path: ['measures', i, 'deprivesLiberty'],
        });
      }
      if (m.certainty === 'uncertain' && m.note === undefined) {
        ctx.addIssue({
          code: 'custom',
          message: 'an uncertain fact needs a note saying why',
          path: ['measures', i, 'note'],
        });
      }
    });
  });
export type MeasuresFile = z.infer<typeof MeasuresFileSchema>;

/**
 * A step up in the custody term. Machine-usable eligibility: the tier is open when the gravity is at least
 * `minGravity` OR one of `caseFeatures` applies; no condition fields means any case. `conditions` is the law's text.
 */
export const CustodyTierSchema = z.strictObject({
  upTo: TermSchema,
  decidedBy: ShortTextSchema,
  agreedBy: ShortTextSchema.optional(),
  conditions: z.array(ShortTextSchema),
  minGravity: ShortTextSchema.optional(),
  caseFeatures: z.array(z.enum(['group', 'terrorist', 'extremist'])).optional(),
  isExceptional: z.boolean().optional(),
  certainty: CertaintySchema.optional(),
  note: TextSchema.optional(),
});
export type CustodyTier = z.infer<typeof CustodyTierSchema>;

/** Limits on a measure imposed before the qualification decree (Art. 139 CPC KZ). */
export const PreQualificationSchema = z.strictObject({
  basis: LegalBasisSchema,
  defaultLimit: TermSchema,
  extendedLimit: TermSchema,
  extendedFor: z.array(LocalArticleRefSchema).min(1),
  note: TextSchema.optional(),
});

/** One version of the pre-trial custody rules (Art. 151 CPC KZ). */
export const CustodyLimitsVersionSchema = z
  .strictObject({
    ...windowFields,
    basis: LegalBasisSchema,
    baseTerm: TermSchema,
    tiers: z.array(CustodyTierSchema).min(1),
    absoluteMax: TermSchema,
    releaseRequiredAfterMax: z.boolean(),
    preQualification: PreQualificationSchema.optional(),
    duringTrial: z.strictObject({ certainty: CertaintySchema, note: TextSchema }).optional(),
  })
  .superRefine((v, ctx) => {
    const last = v.tiers.at(-1);
    if (last && (last.upTo.value !== v.absoluteMax.value || last.upTo.unit !== v.absoluteMax.unit)) {
      ctx.addIssue({
        code: 'custom',
        message: 'the last tier must reach absoluteMax',
        path: ['absoluteMax'],
      });
    }
    v.tiers.forEach((t, i) => {
      const prev = i === 0 ? v.baseTerm : v.tiers[i - 1]?.upTo;
      if (prev && prev.unit === t.upTo.unit && t.upTo.value <= prev.value) {
        ctx.addIssue({
          code: 'custom',
          message: `tier ${i} must extend beyond ${prev.value} ${prev.unit}`,
          path: ['tiers', i, 'upTo'],
        });
      }
    });
  });
export type CustodyLimits = z.infer<typeof CustodyLimitsVersionSchema>;

/** custody-limits.json: pre-trial custody terms, versioned by date of effect. */
export const CustodyLimitsFileSchema = z
  .strictObject({ ...fileHeader, versions: z.array(CustodyLimitsVersionSchema).min(1) })
  .superRefine((file, ctx) => checkWindows(file.versions, ctx, ['versions']));
export type CustodyLimitsFile = z.infer<typeof CustodyLimitsFileSchema>;
