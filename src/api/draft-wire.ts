import { z } from 'zod';
import { CaseAuthoritySchema } from '../core/case/case.ts';
import { MAX_TEXT } from '../core/common/schemas.ts';
import { DurationSchema } from '../core/dates/duration.ts';
import { PartialDateSchema } from '../core/dates/partial-date.ts';

/** What a case is drafted from: a source's text, the case's jurisdiction, and the source's date when known. */
export const CaseDraftQuerySchema = z.object({
  text: z.string().min(1).max(MAX_TEXT).describe("The source's text, as pasted: a dispatch, a court report."),
  jurisdiction: z
    .string()
    .min(2)
    .max(20)
    .describe('The jurisdiction whose law the offences are read against (kz).'),
  publishedOn: PartialDateSchema.optional().describe(
    "The source's date: what the text writes without a year is dated near it, and a hearing after it is to come.",
  ),
});

const QuoteSchema = z
  .object({ start: z.number().int(), end: z.number().int(), text: z.string() })
  .describe('The sentence of the text the fact was read from, by its characters.');
const DraftDateSchema = z.object({
  date: PartialDateSchema,
  isInferred: z
    .boolean()
    .describe('Written without a year, or worked out from another date and a length ("two months after").'),
  because: z
    .enum([
      'no_year',
      'length_before_step',
      'events_to_step',
      'events_to_hearing',
      'events_to_news',
      'liberty_to_news',
      'charge_to_trial',
      'news_to_next',
      'next_day',
      'events_charged',
    ])
    .optional()
    .describe(
      'How it was worked out: the nearest year; a length before a later step; after the events charged and before the step that ended the charge, the first hearing that tried it, or (for a measure) the latest news less its length, from a day the text shows the person at liberty where it gives one; sent to court after it was brought and by the first hearing held on it; written on or after the latest news and before the first day to come; counted from the date just before ("the next day", "two weeks later"); a claim\'s conduct as the events its charge is brought for.',
    ),
});

export const CaseDraftSchema = z.object({
  persons: z
    .array(
      z.object({
        name: z.string(),
        otherNames: z.array(z.string()),
        mentions: z.number().int(),
        writtenAt: z
          .array(z.object({ name: z.string(), quote: QuoteSchema }))
          .describe(
            'The first sentence each spelling is written in as spelt; one written only declined has none.',
          ),
      }),
    )
    .describe('The persons the text names in full, most named first, with their other spellings.'),
  charges: z.array(
    z.object({
      article: z.object({ code: z.string(), article: z.string(), part: z.string().optional() }).optional(),
      elements: z
        .array(z.object({ key: z.string(), titles: z.record(z.string(), z.string()) }))
        .optional()
        .describe("The elements of the article's offence, as the law data lists them, titled by language."),
      label: z.string().describe('The offence as the text words it; empty for an article cited by number.'),
      isArticleByTitle: z
        .boolean()
        .optional()
        .describe("The article is the one whose title holds the text's words: the text does not cite it."),
      began: z.enum(['brought', 'reclassification', 'rebrought']),
      from: z.number().int().optional().describe('The earlier charge (its index here) this one follows.'),
      date: DraftDateSchema.optional(),
      sentToCourt: DraftDateSchema.optional().describe(
        'When it was sent to court, where a hearing held tried it: after it was brought, by that hearing.',
      ),
      dateQuote: QuoteSchema.optional().describe(
        'The sentence that dates it, where it is not the one naming it.',
      ),
      dropped: z
        .object({ date: DraftDateSchema, quote: QuoteSchema })
        .optional()
        .describe('When it was dropped, and the sentence that says so.'),
      conduct: z
        .object({ text: z.string(), on: DraftDateSchema.optional(), quote: QuoteSchema })
        .optional()
        .describe(
          "What it is brought for, in the text's words, and when those acts took place where the events they name are dated; a charge of the same lineage takes those of the one that gives them.",
        ),
      quote: QuoteSchema,
    }),
  ),
  measures: z.array(
    z.object({
      kind: z.string().describe("A measure kind of the jurisdiction's law data."),
      duration: z.string().optional().describe('Its length as the text writes it.'),
      from: DraftDateSchema.optional(),
      isOngoing: z.boolean(),
      quotes: z.array(QuoteSchema),
    }),
  ),
  authorities: z
    .array(
      z.object({
        name: z.string().describe('As the text writes it.'),
        // A case's authority roles, but "other": a text's words give one of these, or none is drafted.
        role: CaseAuthoritySchema.shape.role.exclude(['other']),
        quote: QuoteSchema,
        charges: z
          .array(z.number().int())
          .describe('The charges (their indexes here) it brought: those drafted from a sentence naming it.'),
        hearings: z
          .array(z.number().int())
          .describe(
            'For a court, the hearings (their indexes here) it held: those drafted from a sentence naming it.',
          ),
      }),
    )
    .describe('The investigators, prosecutors and courts the text names by their own names.'),
  affiliations: z
    .array(
      z.object({
        person: z.number().int().describe('The person (their index in persons) the text ties to it.'),
        name: z.string().describe("The organisation's name as the text writes it."),
        role: z.string().describe('Their role in it as the text words it ("opposition leader", "member").'),
        kind: z.enum(['party', 'movement', 'ngo', 'media', 'other']),
        isUnregistered: z.boolean().describe('The text says it works without registration ("unregistered").'),
        quote: QuoteSchema,
      }),
    )
    .describe(
      'The organisations the text ties the persons to: a party they lead, a movement they belong to.',
    ),
  events: z
    .array(
      z.object({
        kind: z.enum(['protest', 'riot', 'election', 'referendum']),
        title: z.string().describe('As the text names it ("January 2022 protests").'),
        start: DraftDateSchema,
        place: z
          .object({
            name: z.string().optional().describe('A city or place, as the text writes it.'),
            country: z.string().optional().describe("A country's two-letter code."),
          })
          .optional(),
        deaths: z
          .object({
            value: z.number().int(),
            qualifier: z.enum(['exact', 'at_least', 'about']),
            quote: QuoteSchema,
          })
          .optional()
          .describe('The dead the text counts ("at least 238 people died"), and the sentence counting them.'),
        quote: QuoteSchema,
      }),
    )
    .describe('The public events the text dates beside the case: protests, riots, elections, referendums.'),
  evidence: z
    .array(
      z.object({
        type: z.enum(['expert_opinion', 'video', 'photo', 'post']),
        side: z.enum(['prosecution', 'defence', 'court', 'unknown']).describe('Who put it forward.'),
        commissionedBy: z
          .enum(['prosecution', 'defence', 'court'])
          .optional()
          .describe('For an expert opinion: the side that had it made.'),
        title: z
          .string()
          .describe('As the text names it ("Expert analyses commissioned by the prosecution").'),
        description: z
          .string()
          .optional()
          .describe('What an expert opinion found, as its sentence goes on to say.'),
        allegations: z
          .array(z.number().int())
          .describe(
            'The claims (their indexes here) it is put forward for: those drafted from its sentence.',
          ),
        quote: QuoteSchema,
      }),
    )
    .describe(
      'The items of evidence the text tells of: expert opinions, the videos and posts a claim rests on.',
    ),
  documents: z
    .array(
      z.object({
        kind: z.enum(['indictment']),
        pageCount: z.number().int().positive().optional().describe('Its pages, where the text gives them.'),
        quote: QuoteSchema.describe('The first sentence naming it.'),
      }),
    )
    .describe(
      "The prosecution's documents the text tells of without being them (the indictment), the claims it reports being made in them.",
    ),
  statedMaximums: z
    .array(
      z.object({
        max: DurationSchema.describe('The longest term the sentence says the charges carry.'),
        charges: z
          .array(z.number().int())
          .describe(
            'The charges (their indexes here) it speaks of: named in its sentence, or in the one before.',
          ),
        quote: QuoteSchema,
      }),
    )
    .describe(
      'The longest prison terms the text says its charges carry ("a maximum 10-year prison sentence"), to be set against the law\'s.',
    ),
  hearings: z.array(
    z.object({
      kind: z.enum(['detention_review', 'preliminary', 'trial_session', 'verdict', 'appeal']),
      date: DraftDateSchema,
      status: z.enum(['held', 'scheduled']),
      charges: z.array(z.number().int()).describe('The charges (their indexes here) it tries.'),
      quote: QuoteSchema,
    }),
  ),
  verdicts: z
    .array(
      z.object({
        date: DraftDateSchema,
        outcome: z.enum(['convicted', 'acquitted']),
        charges: z.array(z.number().int()).describe('The charges (their indexes here) it decided.'),
        isEveryCharge: z
          .boolean()
          .describe('Its sentence names no charge: every charge still standing is taken.'),
        sentence: z
          .object({
            type: z.string().optional().describe("A kind of penalty of the jurisdiction's law data."),
            term: z.string().optional().describe('Its length as the text writes it.'),
            isSuspended: z.boolean(),
          })
          .optional()
          .describe('The penalty, when it convicted.'),
        quote: QuoteSchema,
      }),
    )
    .describe('The verdicts the text tells of (not rulings on appeal), in the order of their days.'),
  allegations: z
    .array(
      z.object({
        summary: z.string().describe("The claim's own words, in a line."),
        type: z.enum(['act', 'speech']),
        charge: z
          .number()
          .int()
          .optional()
          .describe(
            'The charge (its index here) it serves: named by its sentence, else the last brought that stands.',
          ),
        elements: z
          .array(z.string())
          .describe(
            "The elements of that charge's offence (their keys) the claim asserts, by its words, its purpose and its intent.",
          ),
        quote: QuoteSchema,
        assessment: z
          .object({
            finding: z.literal('protected'),
            reasoning: z.string().describe('The words of the text judging it, up to the judgement.'),
            quote: QuoteSchema,
          })
          .optional()
          .describe(
            'For speech the text itself judges no crime ("Calling for political reforms is not a crime"): the source\'s assessment of it as protected expression.',
          ),
        conductOn: DraftDateSchema.optional().describe(
          "When the conduct took place: the events the claim's sentence, or its charge's, dates.",
        ),
        answer: z
          .object({
            note: z.string().describe("The text's sentences answering the claim, as one note."),
            quotes: z.array(QuoteSchema),
          })
          .optional()
          .describe(
            'For a claim read from an indictment: the text\'s own answer to it ("the indictment does not say he called for violence").',
          ),
        document: z
          .number()
          .int()
          .optional()
          .describe('The document (its index in `documents`) the claim is made in: its sentence names it.'),
      }),
    )
    .describe('The prosecution\'s claims the text reports ("the prosecutor argues that…"), in its order.'),
  latest: DraftDateSchema.optional().describe('The latest day the text names that has passed.'),
  written: DraftDateSchema.optional().describe(
    'When the text was written, where its date is not given: on or after its latest news, before the first day it names as to come.',
  ),
});

/** The draft shapes as the OpenAPI document names them. */
export const DRAFT_SCHEMAS = [
  {
    id: 'CaseDraftQuery',
    schema: CaseDraftQuerySchema,
    description: "A source's text to draft a case from.",
  },
  {
    id: 'CaseDraft',
    schema: CaseDraftSchema,
    description: "A case as a source's text tells it, for a researcher to check: it records nothing.",
  },
] as const;
