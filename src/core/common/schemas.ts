import { z } from 'zod';
import { PartialDateSchema } from '../dates/partial-date.ts';

/** A stable external id: lower-case letters, digits and . _ : - (e.g. 'person:mamay'); the same in every export. */
export const IdSchema = z
  .string()
  .min(1)
  .max(200)
  .regex(/^[a-z0-9][a-z0-9._:-]*$/, {
    message: 'an id is lower-case letters, digits and . _ : - (e.g. "case:mamay-2022")',
  });
export type Id = z.infer<typeof IdSchema>;

/** Text in several languages, keyed by BCP 47 tag ('en', 'ru', 'kk'). */
export const LocalizedTextSchema = z.record(
  z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/),
  z.string().min(1),
);
export type LocalizedText = z.infer<typeof LocalizedTextSchema>;

/** A pointer from a fact to a source: which source, where in it, and what it says there. */
export const CitationSchema = z
  .object({
    source: IdSchema,
    page: z.number().int().positive().optional(),
    pageEnd: z.number().int().positive().optional(),
    locator: z.string().min(1).optional(),
    quote: z.string().min(1).optional(),
    note: z.string().min(1).optional(),
  })
  .strict()
  .refine((c) => c.pageEnd === undefined || (c.page !== undefined && c.pageEnd >= c.page), {
    message: 'pageEnd needs a page and may not come before it',
    path: ['pageEnd'],
  });
export type Citation = z.infer<typeof CitationSchema>;

/** The citations a fact carries; every fact a user records can cite its sources. */
export const SourcesSchema = z.array(CitationSchema).default([]);

/** A dated span; either end may be partial or unknown (omitted). */
export const PeriodSchema = z
  .object({ from: PartialDateSchema.optional(), to: PartialDateSchema.optional() })
  .strict();
export type Period = z.infer<typeof PeriodSchema>;

/** Free-text notes a researcher keeps on any record. */
export const NoteSchema = z.string().min(1).max(20_000);

/**
 * One line of text shown as it is (a title, a name, a label): no line breaks or other control characters, which
 * would let stored text forge lines or terminal escapes wherever it is printed.
 */
export const LineSchema = z
  .string()
  .trim()
  .min(1)
  // eslint-disable-next-line no-control-regex -- the point is to refuse control characters
  .regex(/^[^\u0000-\u001f\u007f-\u009f]*$/, {
    message: 'one line of text, with no control characters (tab, newline, escape…)',
  });
