import { z } from 'zod';
import { ShortTextSchema, TextSchema } from '../common/schemas.ts';
import { TitlesSchema, checkWindows, fileHeader, windowFields } from './law-primitives.ts';
import { LegalBasisSchema } from './law-procedure.ts';

/** A fraction of the principal penalty's maximum, exact: Art. 56 CC KZ caps an attempt at 3/4. */
export const FractionSchema = z
  .strictObject({ numerator: z.number().int().positive(), denominator: z.number().int().positive() })
  .refine((f) => f.numerator <= f.denominator, { message: 'a cap is a fraction of at most 1' });
export type Fraction = z.infer<typeof FractionSchema>;

/**
 * How an unfinished offence or an accomplice's role changes what a charge exposes: for which gravity categories
 * it is punishable at all (every one when left out), the cap on the principal penalty's maximum (none when left
 * out), and whether life imprisonment (and the death penalty) stays open.
 */
export const ParticipationRuleSchema = z.strictObject({
  key: ShortTextSchema,
  titles: TitlesSchema,
  basis: LegalBasisSchema,
  punishableGravities: z.array(ShortTextSchema).optional(),
  /** Set to true to say the stage is never punishable (a jurisdiction that does not punish preparation). */
  isNeverPunishable: z.boolean().optional(),
  maxFraction: FractionSchema.optional(),
  excludesLife: z.boolean().optional(),
  /** What the law says in words, and why the data has no cap where it has none. */
  note: TextSchema.optional(),
});
export type ParticipationRule = z.infer<typeof ParticipationRuleSchema>;

/** The stages and roles the data knows: preparation and attempt; organiser, instigator and accessory. */
export const STAGE_KEYS = ['preparation', 'attempt'] as const;
export const ROLE_KEYS = ['organiser', 'instigator', 'accessory'] as const;

/** One version of the rules on unfinished offences and complicity (Arts 24, 28–29, 56 CC KZ). */
export const ParticipationVersionSchema = z
  .strictObject({
    ...windowFields,
    stages: z.array(ParticipationRuleSchema.extend({ key: z.enum(STAGE_KEYS) })),
    roles: z.array(ParticipationRuleSchema.extend({ key: z.enum(ROLE_KEYS) })),
  })
  .superRefine((v, ctx) => {
    for (const list of ['stages', 'roles'] as const) {
      const seen = new Set<string>();
      v[list].forEach((r, i) => {
        if (seen.has(r.key))
          ctx.addIssue({ code: 'custom', message: `duplicate key "${r.key}"`, path: [list, i, 'key'] });
        seen.add(r.key);
        if (r.isNeverPunishable === true && (r.punishableGravities !== undefined || r.maxFraction))
          ctx.addIssue({
            code: 'custom',
            message: 'a rule never punishable takes no punishableGravities or maxFraction',
            path: [list, i, 'isNeverPunishable'],
          });
      });
    }
  });
export type ParticipationRules = z.infer<typeof ParticipationVersionSchema>;

/** participation.json: unfinished offences and complicity, versioned (optional file). */
export const ParticipationFileSchema = z
  .strictObject({ ...fileHeader, versions: z.array(ParticipationVersionSchema).min(1) })
  .superRefine((file, ctx) => checkWindows(file.versions, ctx, ['versions']));
export type ParticipationFile = z.infer<typeof ParticipationFileSchema>;
