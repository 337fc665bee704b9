import { z } from 'zod';
import { ShortTextSchema, TextSchema } from '../common/schemas.ts';
import { isTimeZone } from '../dates/day.ts';
import { DaySchema } from '../dates/index.ts';
import {
  CertaintySchema,
  LANGUAGE_CODE,
  TermSchema,
  TitlesSchema,
  UnitSchema,
  checkUniqueKeys,
  checkWindows,
  fileHeader,
  windowFields,
} from './law-primitives.ts';

/** A code of law in a jurisdiction (criminal, criminal procedure, administrative offences). */
export const LegalCodeSchema = z.strictObject({
  id: z.string().regex(/^[a-z]+$/, 'expected a short lower-case id such as "cc"'),
  title: TitlesSchema,
  number: ShortTextSchema,
  /** The days it was adopted and took effect; left out where they are not known. */
  adopted: DaySchema.optional(),
  inForce: DaySchema.optional(),
  certainty: CertaintySchema.optional(),
  note: TextSchema.optional(),
});
export type LegalCode = z.infer<typeof LegalCodeSchema>;

/** A kind of sentence (sanction) the code knows, with the unit its size is stated in. */
export const SentenceTypeSchema = z.strictObject({
  key: z.string().regex(/^[a-z_]+$/),
  titles: TitlesSchema,
  unit: UnitSchema.optional(),
  isLife: z.boolean().optional(),
  /** The death penalty, where the code still has it: no unit, graver than any term and than life. */
  isDeath: z.boolean().optional(),
  deprivesLiberty: z.boolean(),
  /**
   * When this type, added to a sentence served in custody, starts counting: the day the verdict enters into
   * force (the default) or the day the principal term is served.
   */
  additionalCountsFrom: z.enum(['entry_into_force', 'end_of_principal']).optional(),
  /** The words sources use for it, by language, each word the beginning of one in the text ("лишени свобод"). */
  mentions: z.record(z.string(), z.array(ShortTextSchema).min(1)).optional(),
  certainty: CertaintySchema.optional(),
  note: TextSchema.optional(),
});
export type SentenceType = z.infer<typeof SentenceTypeSchema>;

/** A security regime of the institution a prison sentence is served in. */
export const RegimeSchema = z.strictObject({
  key: z.string().regex(/^[a-z_]+$/),
  titles: TitlesSchema,
  formerTitles: TitlesSchema.optional(),
  certainty: CertaintySchema.optional(),
  note: TextSchema.optional(),
});
export type Regime = z.infer<typeof RegimeSchema>;

/** A word as the lower and the upper bound of a range say it ("АЕК-тен", "АЕК-ке"). */
const BoundFormsSchema = z.strictObject({ from: ShortTextSchema, to: ShortTextSchema });

/** jurisdiction.json: the codes, money unit, sentence types and regimes of one jurisdiction. */
export const JurisdictionFileSchema = z
  .strictObject({
    ...fileHeader,
    names: TitlesSchema,
    codes: z.array(LegalCodeSchema).min(1),
    /** The unit fines and other money penalties are stated in (Kazakhstan: 'mci'); its key is used as a unit. */
    monetaryUnit: z.strictObject({
      key: z
        .string()
        .regex(/^[a-z][a-z_]*$/, 'expected a short lower-case key such as "mci"')
        .refine((key) => key !== 'hours' && !['years', 'months', 'days'].includes(key), {
          message: 'the money unit cannot be a unit of time or work',
        }),
      abbreviation: ShortTextSchema,
      /** The abbreviation in each language people write it in ("МРП" in Russian); `abbreviation` where none. */
      abbreviations: TitlesSchema.optional(),
      /**
       * The abbreviation as the bounds of a range word it, in a language that declines it: Kazakh writes
       * "20 АЕК-тен 100 АЕК-ке дейін" (ablative, dative). A language not listed writes the abbreviation as it is.
       */
      boundForms: z
        .record(z.string().regex(LANGUAGE_CODE, 'a language code such as "kk"'), BoundFormsSchema)
        .optional(),
      titles: TitlesSchema,
    }),
    sentenceTypes: z.array(SentenceTypeSchema).min(1),
    /** Where the jurisdiction's calendar days begin and end: "today" for its cases is a day there. */
    timeZone: z.string().refine(isTimeZone, { message: 'an IANA time zone such as "Asia/Almaty"' }),
    regimes: z.array(RegimeSchema),
  })
  .superRefine((file, ctx) => {
    checkUniqueKeys(file.sentenceTypes, ctx, ['sentenceTypes']);
    checkUniqueKeys(file.regimes, ctx, ['regimes']);
    checkUniqueKeys(
      file.codes.map((c) => ({ key: c.id })),
      ctx,
      ['codes'],
    );
    file.sentenceTypes.forEach((t, i) => {
      const isWithoutTerm = t.isLife === true || t.isDeath === true;
      if ((t.unit === undefined) !== isWithoutTerm || (t.isLife === true && t.isDeath === true)) {
        ctx.addIssue({
          code: 'custom',
          message:
            'a sentence type needs a unit, unless it is for life (isLife: true) or the death penalty (isDeath: true), which have none',
          path: ['sentenceTypes', i, 'unit'],
        });
      }
      if (t.certainty === 'uncertain' && t.note === undefined) {
        ctx.addIssue({
          code: 'custom',
          message: 'an uncertain fact needs a note saying why',
          path: ['sentenceTypes', i, 'note'],
        });
      }
    });
  });
export type JurisdictionFile = z.infer<typeof JurisdictionFileSchema>;

/** One version of a gravity category: its limitation period and the imprisonment ceiling that defines it. */
export const GravityVersionSchema = z.strictObject({
  ...windowFields,
  limitationPeriod: TermSchema,
  imprisonmentUpTo: TermSchema.optional(),
  includesLife: z.boolean().optional(),
});

/** A category of offence by gravity (Art. 11 CC KZ), ordered by `rank` (0 = least grave). */
export const GravityCategorySchema = z.strictObject({
  key: z.string().regex(/^[a-z_]+$/),
  rank: z.number().int().nonnegative(),
  titles: TitlesSchema,
  definition: TextSchema,
  versions: z.array(GravityVersionSchema).min(1),
});

/** gravity.json: the categories of offences and their limitation periods, versioned. */
export const GravityFileSchema = z
  .strictObject({ ...fileHeader, categories: z.array(GravityCategorySchema).min(1) })
  .superRefine((file, ctx) => {
    checkUniqueKeys(file.categories, ctx, ['categories']);
    file.categories.forEach((c, i) => checkWindows(c.versions, ctx, ['categories', i, 'versions']));
  });
export type GravityFile = z.infer<typeof GravityFileSchema>;
