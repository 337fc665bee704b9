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

/** A length of time in whole hours or days: short deprivations (a suspect's detention) are limited in hours. */
export const ShortTermSchema = z.strictObject({
  value: z.number().int().positive(),
  unit: z.enum(['hours', 'days']),
});
export type ShortTerm = z.infer<typeof ShortTermSchema>;

/**
 * The most a measure of this kind may last by law (a suspect's detention: 72 hours, CPC KZ Art. 128(5)), and
 * the ordinary limit that only `ordinaryConditions` lift (48 hours unless the crime is especially grave…).
 */
export const MeasureLimitSchema = z.strictObject({
  basis: LegalBasisSchema,
  max: ShortTermSchema,
  ordinary: ShortTermSchema.optional(),
  ordinaryConditions: z.array(ShortTextSchema).optional(),
  note: TextSchema.optional(),
});
export type MeasureLimit = z.infer<typeof MeasureLimitSchema>;

/**
 * How the facts count days under a kind that deprives of liberty: `detention` (before any sentence: a suspect's
 * detention, custody, detention of a kind not stated), `house_arrest`, or `administrative_arrest` (a sanction
 * under the code of administrative offences). Left out, a custodial kind counts as detention, another as house
 * arrest.
 */
export const DeprivationSchema = z.enum(['detention', 'house_arrest', 'administrative_arrest']);
export type Deprivation = z.infer<typeof DeprivationSchema>;

/** A kind of restraint measure (or detention) a person can be under; `severity` orders them for status. */
export const MeasureKindSchema = z.strictObject({
  key: z.string().regex(/^[a-z_]+$/),
  titles: TitlesSchema,
  /**
   * How sources word it, by language: phrases whose words begin a text's words in turn ("домашн арест" finds "под
   * домашним арестом", "pre trial detention" finds "pre-trial detention"), for drafting a record from a source.
   */
  mentions: z.record(z.string(), z.array(ShortTextSchema).min(1)).optional(),
  basis: LegalBasisSchema,
  /** A measure of the procedure code: its time counts towards the custody terms (custody-limits.json). */
  isCodeMeasure: z.boolean(),
  deprivesLiberty: z.boolean(),
  isCustodial: z.boolean(),
  allowsElectronicTag: z.boolean(),
  severity: z.number().int().nonnegative(),
  deprivation: DeprivationSchema.optional(),
  limit: MeasureLimitSchema.optional(),
  /** A measure of this kind is imposed under an article of this code (records cite it in `article`). */
  articleCode: ShortTextSchema.optional(),
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
      if (m.deprivation !== undefined && !m.deprivesLiberty) {
        ctx.addIssue({
          code: 'custom',
          message: 'only a measure that deprives of liberty counts as a kind of deprivation',
          path: ['measures', i, 'deprivation'],
        });
      }
      if (m.limit?.ordinary && shortTermHours(m.limit.ordinary) > shortTermHours(m.limit.max)) {
        ctx.addIssue({
          code: 'custom',
          message: 'the ordinary limit cannot be longer than the maximum',
          path: ['measures', i, 'limit', 'ordinary'],
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

/** A short term in hours. */
export function shortTermHours(t: ShortTerm): number {
  return t.unit === 'hours' ? t.value : t.value * 24;
}

/** The kind of deprivation a measure kind's days count as; undefined when it does not deprive of liberty. */
export function deprivationOf(kind: MeasureKind): Deprivation | undefined {
  if (!kind.deprivesLiberty) return undefined;
  return kind.deprivation ?? (kind.isCustodial ? 'detention' : 'house_arrest');
}

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
