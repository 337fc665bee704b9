import { z } from 'zod';
import { ShortTextSchema } from '../common/schemas.ts';
import {
  AmountSchema,
  LawSourceSchema,
  TitlesSchema,
  checkWindows,
  compareAmounts,
  fileHeader,
  unitDimension,
  windowFields,
} from './law-primitives.ts';

/** One sanction the part allows; alternatives (a fine OR arrest) are separate entries. */
export const PenaltySchema = z
  .strictObject({
    type: z.string().regex(/^[a-z_]+$/),
    min: AmountSchema.optional(),
    max: AmountSchema.optional(),
    life: z.boolean().optional(),
  })
  .superRefine((p, ctx) => {
    if (p.min === undefined || p.max === undefined) return;
    if (unitDimension(p.min.unit) !== unitDimension(p.max.unit)) {
      ctx.addIssue({
        code: 'custom',
        message: `min is in ${p.min.unit} but max is in ${p.max.unit}`,
        path: ['max', 'unit'],
      });
    } else if (compareAmounts(p.min, p.max) > 0) {
      ctx.addIssue({
        code: 'custom',
        message: `max ${p.max.value} ${p.max.unit} is below min ${p.min.value} ${p.min.unit}`,
        path: ['max'],
      });
    }
  });
export type Penalty = z.infer<typeof PenaltySchema>;

/**
 * The sanction and gravity of one part of an article while one wording was in force. Either may be unknown (the
 * article is in force but its text has not been read): left out, with a note saying so.
 */
export const ArticleVersionSchema = z
  .strictObject({
    ...windowFields,
    penalties: z.array(PenaltySchema).min(1).optional(),
    gravity: ShortTextSchema.optional(),
    sources: z.array(LawSourceSchema).optional(),
  })
  .superRefine((v, ctx) => {
    if ((v.penalties === undefined || v.gravity === undefined) && v.note === undefined)
      ctx.addIssue({
        code: 'custom',
        message: 'a version whose penalties or gravity are unknown needs a note saying why',
        path: ['note'],
      });
  });
export type ArticleVersion = z.infer<typeof ArticleVersionSchema>;

/** A part of an article; `part: null` is the whole article when it has no parts (Art. 400). */
export const ArticlePartSchema = z.strictObject({
  part: ShortTextSchema.nullable(),
  titles: TitlesSchema.optional(),
  versions: z.array(ArticleVersionSchema).min(1),
});
export type ArticlePart = z.infer<typeof ArticlePartSchema>;

/** An article of a code with its parts, each versioned by date of effect. */
export const ArticleSchema = z
  .strictObject({
    article: z.string().regex(/^\d+(-\d+)?$/, 'expected an article number such as "272" or "405-1"'),
    titles: TitlesSchema,
    parts: z.array(ArticlePartSchema).min(1),
  })
  .superRefine((a, ctx) => {
    const seen = new Set<string | null>();
    a.parts.forEach((p, i) => {
      if (seen.has(p.part))
        ctx.addIssue({
          code: 'custom',
          message: `duplicate part ${String(p.part)}`,
          path: ['parts', i, 'part'],
        });
      seen.add(p.part);
      checkWindows(p.versions, ctx, ['parts', i, 'versions']);
    });
    if (seen.has(null) && a.parts.length > 1) {
      ctx.addIssue({
        code: 'custom',
        message: 'an article with parts cannot also have a part null (the whole article)',
        path: ['parts'],
      });
    }
  });
export type Article = z.infer<typeof ArticleSchema>;

/** criminal-code.json: the articles of one code that Casewatch needs, not the whole code. */
export const ArticlesFileSchema = z
  .strictObject({ ...fileHeader, code: ShortTextSchema, articles: z.array(ArticleSchema) })
  .superRefine((file, ctx) => {
    const seen = new Set<string>();
    file.articles.forEach((a, i) => {
      if (seen.has(a.article))
        ctx.addIssue({
          code: 'custom',
          message: `duplicate article ${a.article}`,
          path: ['articles', i, 'article'],
        });
      seen.add(a.article);
    });
  });
export type ArticlesFile = z.infer<typeof ArticlesFileSchema>;
