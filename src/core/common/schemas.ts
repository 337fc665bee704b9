import { z } from 'zod';
import { PartialDateSchema } from '../dates/partial-date.ts';
import { SCHEMA_MESSAGES } from './schema-messages.ts';

/** A stable external id: lower-case letters, digits and . _ : - (e.g. 'person:mamay'); the same in every export. */
export const IdSchema = z
  .string()
  .min(1)
  .max(200)
  .regex(/^[a-z0-9][a-z0-9._:-]*$/, {
    message: SCHEMA_MESSAGES.idFormat,
  });
export type Id = z.infer<typeof IdSchema>;

/** The most characters of a passage of free text (a note, a description, a quote): some twelve pages. */
export const MAX_TEXT = 20_000;
/** The most characters of one line (a title, a name, a label, a place). */
export const MAX_LINE = 1_000;
/** The most characters of a term or code (a decision's type, a unit, a group, a theme). */
export const MAX_SHORT = 100;

/** A passage of free text, line breaks allowed: a note, a summary, a description, a quote, a reason. */
export const TextSchema = z.string().min(1).max(MAX_TEXT);

/** Free-text notes a researcher keeps on any record. */
export const NoteSchema = TextSchema;

/** A short term or code that records share (a group, a theme, a unit, a regime): one word or a few. */
export const ShortTextSchema = z.string().min(1).max(MAX_SHORT);

/**
 * Unicode's controls of writing direction: embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069)
 * and the marks (U+200E, U+200F, U+061C). Invisible, they can make one name or title display as another.
 */
const NO_DIRECTION_CONTROLS = /^[^\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]*$/;

/**
 * One line of text shown as it is (a title, a name, a label): no line breaks or other control characters, which
 * would let stored text forge lines or terminal escapes wherever it is printed, and no controls of writing
 * direction, which would let it display as other text.
 */
export const LineSchema = z
  .string()
  .trim()
  .min(1)
  .max(MAX_LINE)
  // eslint-disable-next-line no-control-regex -- the point is to refuse control characters
  .regex(/^[^\u0000-\u001f\u007f-\u009f]*$/, {
    message: SCHEMA_MESSAGES.oneLine,
  })
  .regex(NO_DIRECTION_CONTROLS, {
    message: SCHEMA_MESSAGES.noDirectionControls,
  });

/** Text in several languages, keyed by BCP 47 tag ('en', 'ru', 'kk'). */
export const LocalizedTextSchema = z
  .record(
    z
      .string()
      .max(35)
      .regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/),
    TextSchema,
  )
  .refine((texts) => Object.keys(texts).length <= 50, { message: SCHEMA_MESSAGES.languagesAtMost });
export type LocalizedText = z.infer<typeof LocalizedTextSchema>;

/** A pointer from a fact to a source: which source, where in it, and what it says there. */
export const CitationSchema = z
  .object({
    source: IdSchema,
    page: z.number().int().positive().optional(),
    pageEnd: z.number().int().positive().optional(),
    locator: LineSchema.optional(),
    quote: TextSchema.optional(),
    note: TextSchema.optional(),
  })
  .strict()
  .refine((c) => c.pageEnd === undefined || (c.page !== undefined && c.pageEnd >= c.page), {
    message: SCHEMA_MESSAGES.pageEnd,
    path: ['pageEnd'],
  });
export type Citation = z.infer<typeof CitationSchema>;

/** The citations a fact carries; every fact a user records can cite its sources. */
export const SourcesSchema = z.array(CitationSchema).max(100).default([]);

/** A dated span; either end may be partial or unknown (omitted). */
export const PeriodSchema = z
  .object({ from: PartialDateSchema.optional(), to: PartialDateSchema.optional() })
  .strict();
export type Period = z.infer<typeof PeriodSchema>;

/** A country by its two-letter code (ISO 3166: 'kz'), as records write a citizenship or an event's country. */
export const CountryCodeSchema = z.string().length(2, { message: SCHEMA_MESSAGES.countryCode });
