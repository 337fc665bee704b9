import { z } from 'zod';
import { fromZodError } from '../common/zod-issues.ts';
import { DomainError } from '../errors.ts';

const Letters = z.record(z.string().min(1), z.string());
const Comment = { $comment: z.string().optional() };

/** The folding tables (data/names/folding.json): letters, spellings and endings, in the order they apply. */
export const FoldingTablesSchema = z
  .object({
    ...Comment,
    version: z.string(),
    /** Each Cyrillic letter (Russian and Kazakh) to its skeleton letters. */
    cyrillic: Letters,
    /** Latin letters with marks, and plain ones read otherwise (q, w, x, y), to skeleton letters. */
    latinLetters: Letters,
    /** Latin spellings of more than one letter, or of one with several readings: every reading they may have. */
    latinSpellings: z.array(z.tuple([z.string().min(1), z.array(z.string()).min(1)])),
    /** Kazakh Latin 2017: a letter followed by an apostrophe, read as another (s' is ш). */
    apostrophes: z.object(Comment).catchall(z.string()),
    lookalikes: z.object({ ...Comment, latinToCyrillic: Letters, cyrillicToLatin: Letters }).strict(),
    skeleton: z.object({ ...Comment, rewrites: z.array(z.tuple([z.string(), z.string()])) }).strict(),
    patronymics: z
      .object({
        ...Comment,
        suffixes: z.array(z.string().min(1)),
        caseEndings: z.array(z.string()),
        words: z.array(z.string().min(1)),
      })
      .strict(),
    caseEndings: z
      .object({ ...Comment, minStem: z.number().int().min(1), endings: z.array(z.string().min(1)) })
      .strict(),
    loose: z.object({ ...Comment, minConsonants: z.number().int().min(1) }).strict(),
    limits: z.object({ readingsPerWord: z.number().int().min(1).max(256) }).strict(),
  })
  .strict();
export type FoldingTables = z.infer<typeof FoldingTablesSchema>;

/** The tables checked, or an error naming the file and the place of what is wrong. */
export function parseFoldingTables(input: unknown, file?: string): FoldingTables {
  const result = FoldingTablesSchema.safeParse(input);
  if (!result.success)
    throw DomainError.fromIssues('validation.invalid', fromZodError(result.error, '$', file));
  for (const [i, [pattern]] of result.data.skeleton.rewrites.entries()) {
    try {
      new RegExp(pattern, 'g');
    } catch (error) {
      throw new DomainError(
        'validation.invalid',
        `${file ?? 'folding tables'} $.skeleton.rewrites[${i}]: not a regular expression: ${(error as Error).message}`,
      );
    }
  }
  return result.data;
}
