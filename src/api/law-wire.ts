import { z } from 'zod';
import { AmountSchema } from '../core/law/law-primitives.ts';

const TitlesSchema = z.record(z.string(), z.string()).describe('By language (en, ru, kk).');

/** One part of an article in force on the day: its title, penalties and gravity. */
export const ArticlePartSchema = z.object({
  part: z.string().optional().describe('The part, absent for an article without parts.'),
  titles: TitlesSchema.optional(),
  penalties: z.array(
    z.object({
      type: z.string().describe("A sentence type of the jurisdiction's law data (imprisonment, fine…)."),
      min: AmountSchema.optional(),
      max: AmountSchema.optional(),
      life: z.boolean().optional(),
      titles: TitlesSchema.optional().describe("The sentence type's title."),
    }),
  ),
  isPenaltyUnknown: z
    .boolean()
    .describe('The law data has the part but not its sanction: never read as "no penalty".'),
  gravity: z.object({ key: z.string(), titles: TitlesSchema }).optional(),
  certainty: z.enum(['verified', 'uncertain']),
});

/** What the law data says of an article: how much it knows, its titles, and its parts on the day. */
const MoneyUnitSchema = z
  .object({
    key: z.string().describe('The unit amounts carry (mci).'),
    abbreviations: TitlesSchema.describe('By language: MCI, МРП, АЕК.'),
    boundForms: z
      .record(z.string(), z.object({ from: z.string(), to: z.string() }))
      .optional()
      .describe(
        'In a language that declines the abbreviation, how the bounds of a range word it: kk АЕК-тен, АЕК-ке.',
      ),
  })
  .describe("The jurisdiction's money unit, in which its fines are stated.");

export const ArticleDescriptionSchema = z.object({
  label: z.string().describe('kz CC 272(1)'),
  known: z
    .enum(['sanctioned', 'indexed', 'excluded', 'unknown'])
    .describe(
      'The sanction is known; only the title (from the code index); the article was excluded from the code; nothing.',
    ),
  reason: z
    .enum(['jurisdiction', 'code', 'article', 'part'])
    .optional()
    .describe('For `unknown`: what the law data lacks.'),
  titles: TitlesSchema.optional(),
  excludedBy: z.string().optional().describe('For `excluded`: the law that excluded it.'),
  parts: z.array(ArticlePartSchema),
  onDate: z.string().describe('The day the law is read as of.'),
  moneyUnit: MoneyUnitSchema.optional(),
});

const TermKeySchema = z.object({ key: z.string(), titles: TitlesSchema });

/** The words of a jurisdiction's law a form offers: its codes, restraint measures, sentence types and regimes. */
export const LawVocabularySchema = z.object({
  jurisdiction: z.string(),
  names: TitlesSchema,
  codes: z.array(z.object({ id: z.string(), titles: TitlesSchema })),
  measures: z
    .array(
      TermKeySchema.extend({
        deprivesLiberty: z.boolean(),
        deprivation: z
          .string()
          .optional()
          .describe('The kind of deprivation of liberty its days count as (detention, house_arrest…).'),
      }),
    )
    .describe('Most severe first.'),
  sentenceTypes: z.array(TermKeySchema),
  regimes: z.array(TermKeySchema),
  moneyUnit: MoneyUnitSchema.optional(),
});

/** Articles and parts found by the words of their titles, best first. */
export const FoundArticlesSchema = z.object({
  items: z.array(
    z.object({
      code: z.string().describe('The code (cc).'),
      article: z.string(),
      part: z.string().optional().describe('The part whose title holds the words, when it is a part.'),
      titles: TitlesSchema.describe("The part's titles, else the article's."),
      articleTitles: TitlesSchema.optional().describe("The article's titles, when a part was found."),
      known: z
        .enum(['sanctioned', 'indexed', 'excluded'])
        .describe('Its penalties are in the law data; only its title; the code dropped it.'),
      matched: z.number().int().describe('How many of the words asked its title holds.'),
    }),
  ),
});

export const LAW_SCHEMAS = [
  {
    id: 'FoundArticles',
    schema: FoundArticlesSchema,
    description: 'Articles and parts found by the words of their titles, best first',
  },
  {
    id: 'LawVocabulary',
    schema: LawVocabularySchema,
    description: "A jurisdiction's codes, measures, sentence types and regimes, titled by language",
  },
  {
    id: 'ArticleDescription',
    schema: ArticleDescriptionSchema,
    description: 'What the law data says of an article, as of a day',
  },
] as const;
