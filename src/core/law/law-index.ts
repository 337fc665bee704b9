import { z } from 'zod';
import { ShortTextSchema, TextSchema } from '../common/schemas.ts';
import { DaySchema } from '../dates/index.ts';
import { LANGUAGE_CODE, LawSourceSchema, fileHeader } from './law-primitives.ts';

/**
 * Names by language code where English may be missing: the index holds every article's title as the code is
 * published (Russian, Kazakh), and English only where someone has given a faithful one.
 */
export const IndexTitlesSchema = z.record(z.string(), TextSchema).superRefine((titles, ctx) => {
  const keys = Object.keys(titles);
  if (keys.length === 0)
    ctx.addIssue({ code: 'custom', message: 'give the title in at least one language', path: [] });
  for (const key of keys)
    if (!LANGUAGE_CODE.test(key))
      ctx.addIssue({
        code: 'custom',
        message: `"${key}" is not a language code such as "ru", "kk" or "en"`,
        path: [key],
      });
});
export type IndexTitles = Record<string, string>;

/** A law that changed the code (added or excluded an article): its number and the day it was signed. */
const AmendingLawSchema = z.strictObject({
  law: TextSchema,
  /** The day the law is dated (signed), not the day it took effect. */
  signedOn: DaySchema.optional(),
});

/** One article of a code as its table of contents lists it: no parts, no sanction, only what it is called. */
export const IndexedArticleSchema = z.strictObject({
  article: z.string().regex(/^\d+(-\d+)?$/, 'expected an article number such as "272" or "405-1"'),
  /** The title it has, or had before it was excluded. */
  titles: IndexTitlesSchema,
  /** The division of the code: the general part, the special part, or the final provisions. */
  division: z.enum(['general', 'special', 'final']),
  section: IndexTitlesSchema.optional(),
  chapter: IndexTitlesSchema.optional(),
  /** The article was excluded from the code (as of the version the index is from), and by which law. */
  excluded: AmendingLawSchema.optional(),
  /** The article was added to the code after the version the index is transcribed from. */
  added: AmendingLawSchema.optional(),
  /**
   * How sources commonly name the offence where the title's words differ, by language ("inciting hatred" for
   * "inciting … discord", "оскорбление полицейского" for "оскорбление представителя власти"): found by them too.
   */
  alsoNamed: z.record(z.string().regex(LANGUAGE_CODE), z.array(ShortTextSchema).min(1)).optional(),
  /** Titles the article had in an earlier version, with the day of that version. */
  earlierTitles: z.array(z.strictObject({ asOf: DaySchema, titles: IndexTitlesSchema })).optional(),
  sources: z.array(LawSourceSchema).optional(),
  note: TextSchema.optional(),
});
export type IndexedArticle = z.infer<typeof IndexedArticleSchema>;

/**
 * code-index.json: every article of one code by number and title, so a charge under any article is named even
 * where criminal-code.json does not know its sanction. Not versioned by date of effect: it is one version of the
 * table of contents (`transcribedFrom`), with the articles added since marked `added`.
 */
export const CodeIndexFileSchema = z
  .strictObject({
    ...fileHeader,
    code: ShortTextSchema,
    transcribedFrom: z.strictObject({ description: TextSchema, asOf: DaySchema.optional() }),
    articles: z.array(IndexedArticleSchema).min(1),
  })
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
      if (a.excluded && a.added)
        ctx.addIssue({
          code: 'custom',
          message: 'an article marked both added and excluded: record the one the index version shows',
          path: ['articles', i, 'excluded'],
        });
    });
  });
export type CodeIndexFile = z.infer<typeof CodeIndexFileSchema>;
