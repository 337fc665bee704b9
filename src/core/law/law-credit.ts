import { z } from 'zod';
import { ShortTextSchema, TextSchema } from '../common/schemas.ts';
import { DaySchema } from '../dates/index.ts';
import {
  CertaintySchema,
  LocalArticleRefSchema,
  TitlesSchema,
  UnitSchema,
  checkWindows,
  fileHeader,
  windowFields,
} from './law-primitives.ts';
import { LegalBasisSchema } from './law-procedure.ts';

/**
 * An exact exchange rate: `measureDays` days under the measure count as `sentenceAmount` `sentenceUnit` of the
 * sentence type (in `regime`, when the rate depends on it; no regime means any regime).
 */
export const CreditRateSchema = z.strictObject({
  sentenceType: ShortTextSchema,
  regime: ShortTextSchema.optional(),
  measureDays: z.number().positive(),
  sentenceAmount: z.number().positive(),
  /** Days, hours (of work), or the jurisdiction's money unit, as the sentence type is measured. */
  sentenceUnit: UnitSchema,
});
export type CreditRate = z.infer<typeof CreditRateSchema>;

/** How time under one measure counts towards each sentence type. */
export const CreditRuleSchema = z.strictObject({
  measure: ShortTextSchema,
  certainty: CertaintySchema,
  note: TextSchema.optional(),
  rates: z.array(CreditRateSchema).min(1),
});
export type CreditRule = z.infer<typeof CreditRuleSchema>;

/** One version of the crediting rules (Art. 62 CC KZ). */
export const CreditVersionSchema = z
  .strictObject({ ...windowFields, basis: LegalBasisSchema, rules: z.array(CreditRuleSchema).min(1) })
  .superRefine((v, ctx) => {
    v.rules.forEach((rule, i) => {
      if (rule.certainty === 'uncertain' && rule.note === undefined) {
        ctx.addIssue({
          code: 'custom',
          message: 'an uncertain fact needs a note saying why',
          path: ['rules', i, 'note'],
        });
      }
      const seen = new Set<string>();
      rule.rates.forEach((r, j) => {
        const key = `${r.sentenceType}/${r.regime ?? '*'}`;
        if (seen.has(key))
          ctx.addIssue({
            code: 'custom',
            message: `duplicate rate for ${key}`,
            path: ['rules', i, 'rates', j],
          });
        seen.add(key);
      });
    });
  });
export type CreditRules = z.infer<typeof CreditVersionSchema>;

/** credit.json: crediting of time under restraint towards sentences, versioned. */
export const CreditFileSchema = z
  .strictObject({ ...fileHeader, versions: z.array(CreditVersionSchema).min(1) })
  .superRefine((file, ctx) => checkWindows(file.versions, ctx, ['versions']));
export type CreditFile = z.infer<typeof CreditFileSchema>;

/** What an amnesty does for one gravity category: release, or cut the sentence by a fraction. */
export const AmnestyEffectSchema = z.strictObject({
  gravity: ShortTextSchema,
  effect: z.enum(['release', 'reduce']),
  reduceBy: z
    .strictObject({ numerator: z.number().int().positive(), denominator: z.number().int().positive() })
    .optional(),
});

/** An amnesty law as data: which offences it covers, what it does, and whom it excludes. */
export const AmnestySchema = z
  .strictObject({
    id: ShortTextSchema,
    titles: TitlesSchema,
    number: ShortTextSchema,
    adopted: DaySchema,
    offencesFrom: DaySchema,
    offencesTo: DaySchema,
    effects: z.array(AmnestyEffectSchema).min(1),
    excludedArticles: z.array(LocalArticleRefSchema),
    excludedGroups: z.array(ShortTextSchema),
    expectedBeneficiaries: z.number().int().nonnegative().optional(),
    actualBeneficiaries: z.number().int().nonnegative().optional(),
    certainty: CertaintySchema,
    note: TextSchema.optional(),
  })
  .superRefine((a, ctx) => {
    if (a.offencesTo < a.offencesFrom)
      ctx.addIssue({ code: 'custom', message: 'offencesTo is before offencesFrom', path: ['offencesTo'] });
    a.effects.forEach((e, i) => {
      const bad =
        e.effect === 'reduce'
          ? e.reduceBy === undefined || e.reduceBy.numerator > e.reduceBy.denominator
          : e.reduceBy !== undefined;
      if (bad)
        ctx.addIssue({
          code: 'custom',
          message: 'reduce needs reduceBy (a fraction ≤ 1); release takes none',
          path: ['effects', i, 'reduceBy'],
        });
    });
  });
export type Amnesty = z.infer<typeof AmnestySchema>;

/** amnesty.json: amnesty laws (optional file). */
export const AmnestyFileSchema = z.strictObject({ ...fileHeader, amnesties: z.array(AmnestySchema) });
export type AmnestyFile = z.infer<typeof AmnestyFileSchema>;
