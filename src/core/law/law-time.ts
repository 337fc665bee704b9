import { z } from 'zod';
import { ShortTextSchema, TextSchema } from '../common/schemas.ts';
import {
  LawSourceSchema,
  LocalArticleRefSchema,
  checkWindows,
  fileHeader,
  windowFields,
} from './law-primitives.ts';
import { LegalBasisSchema } from './law-procedure.ts';

/**
 * Which day's law judges a charge: the day of the act (Kazakhstan, CC Art. 5), the day the charge was brought,
 * or the day of the judgment (the verdict on the charge, or the as-of day while none is given).
 */
export const GoverningDaySchema = z.enum(['act', 'charge_brought', 'judgment']);
export type GoverningDay = z.infer<typeof GoverningDaySchema>;

/** The jurisdiction's rule for the law in time (CC Arts 5–6 in Kazakhstan). */
export const LawInTimeRuleSchema = z.strictObject({
  governingDay: GoverningDaySchema,
  /** A later law that is milder (a lower maximum, then a lower minimum) applies to earlier acts. */
  milderLaterLawApplies: z.boolean(),
  /** The day used when the governing day is not recorded (an act date left out): today, the charge's 'brought'. */
  fallback: z.enum(['charge_brought']),
  basis: LegalBasisSchema,
  note: TextSchema.optional(),
});
export type LawInTimeRule = z.infer<typeof LawInTimeRuleSchema>;

/** From which day the limitation period runs, and the event that stops it. */
export const LimitationRunSchema = z.strictObject({
  from: z.enum(['act']),
  until: z.enum(['verdict_in_force', 'charge_brought']),
});

/** A run of articles of one code, inclusive ("175" to "186": a chapter); numbers like "405-1" sort after 405. */
export const ArticleRangeSchema = z.strictObject({
  code: ShortTextSchema,
  from: z.string().regex(/^\d+(-\d+)?$/),
  to: z.string().regex(/^\d+(-\d+)?$/),
  title: TextSchema.optional(),
});
export type ArticleRange = z.infer<typeof ArticleRangeSchema>;

/**
 * Offences to which no limitation applies: listed articles (or parts) and/or runs of articles, optionally only
 * from a gravity up; a `condition` the data cannot check (a victim's age) makes the answer "possibly".
 */
export const NoLimitationGroupSchema = z
  .strictObject({
    group: TextSchema,
    articles: z.array(LocalArticleRefSchema).optional(),
    ranges: z.array(ArticleRangeSchema).optional(),
    minGravity: ShortTextSchema.optional(),
    condition: TextSchema.optional(),
    basis: LegalBasisSchema,
  })
  .superRefine((g, ctx) => {
    if ((g.articles?.length ?? 0) + (g.ranges?.length ?? 0) === 0)
      ctx.addIssue({ code: 'custom', message: 'a group needs articles or ranges', path: ['articles'] });
  });
export type NoLimitationGroup = z.infer<typeof NoLimitationGroupSchema>;

/** One version of the limitation rules (CC Art. 71); the periods themselves are in gravity.json. */
export const LimitationVersionSchema = z.strictObject({
  ...windowFields,
  runs: LimitationRunSchema,
  noLimitation: z.array(NoLimitationGroupSchema),
  /** Gravity categories whose limitation is never suspended (Kazakh misdemeanours, Art. 71(3)). */
  neverSuspended: z.array(ShortTextSchema).optional(),
  basis: LegalBasisSchema,
  sources: z.array(LawSourceSchema).optional(),
});
export type LimitationRules = z.infer<typeof LimitationVersionSchema>;

/** law-in-time.json: which day's law judges a charge, and the limitation of prosecution (optional file). */
export const LawInTimeFileSchema = z
  .strictObject({
    ...fileHeader,
    rule: LawInTimeRuleSchema,
    limitation: z.array(LimitationVersionSchema).min(1),
  })
  .superRefine((file, ctx) => checkWindows(file.limitation, ctx, ['limitation']));
export type LawInTimeFile = z.infer<typeof LawInTimeFileSchema>;

/** Orders article numbers: 405 < 405-1 < 406. */
export function compareArticleNumbers(a: string, b: string): number {
  const [am = 0, as = 0] = a.split('-').map(Number);
  const [bm = 0, bs = 0] = b.split('-').map(Number);
  return am - bm || as - bs;
}
