import { z } from 'zod';
import { PartialDateSchema } from '../dates/partial-date.ts';
import { IdSchema, LineSchema, MAX_SHORT, SourcesSchema, TextSchema } from '../common/schemas.ts';
import { DisputesSchema } from '../common/disputes.ts';
import { FieldVisibilitySchema, ReadersSchema, VisibilitySchema } from '../common/visibility.ts';
import { accessRules } from '../access/access-fields.ts';
import { SCHEMA_MESSAGES } from '../common/schema-messages.ts';

/** What the prosecution says the defendant did: an act, words, membership or support, or a failure to act. */
export const AllegationTypeSchema = z.enum(['act', 'speech', 'association', 'omission']);
export type AllegationType = z.infer<typeof AllegationTypeSchema>;

/**
 * Where in a stored document an allegation is written: its page, and the passage as characters of that page's
 * text ([start, end), as the viewer selected it). The quote is kept too, so the anchor can be checked.
 */
export const PassageSchema = z
  .object({
    page: z.number().int().positive().max(100_000),
    start: z.number().int().nonnegative().optional(),
    end: z.number().int().nonnegative().optional(),
    quote: TextSchema,
  })
  .strict()
  .refine((p) => (p.start === undefined) === (p.end === undefined), {
    message: SCHEMA_MESSAGES.passageBoth,
    path: ['end'],
  })
  .refine((p) => p.start === undefined || p.end === undefined || p.end > p.start, {
    message: SCHEMA_MESSAGES.passageOrder,
    path: ['end'],
  });
export type Passage = z.infer<typeof PassageSchema>;

/**
 * Whether words the prosecution charges were protected expression, assessed against the international standards
 * (the Rabat Plan's six factors, ICCPR art. 19 and 20, General Comment 34). A speech allegation without one is
 * a gap the indictment matrix shows.
 */
export const SpeechAssessmentSchema = z
  .object({
    finding: z.enum(['protected', 'not_protected', 'undetermined']),
    standard: z.string().min(1).max(MAX_SHORT).optional(),
    reasoning: TextSchema.optional(),
    sources: SourcesSchema,
  })
  .strict();
export type SpeechAssessment = z.infer<typeof SpeechAssessmentSchema>;

/**
 * A claim of the prosecution, anchored to the document and passage it comes from, typed, linked to the charge
 * it serves and to the elements of that charge's offence (keys of the law data's elements for the article).
 */
export const AllegationSchema = z
  .object({
    id: IdSchema,
    case: IdSchema,
    /** The stored document (a source) the claim is made in. */
    document: IdSchema,
    passage: PassageSchema.optional(),
    charge: IdSchema.optional(),
    type: AllegationTypeSchema,
    /** The claim in a line: what the prosecution says happened. */
    summary: LineSchema,
    /** The elements of the charged offence the claim is meant to establish. */
    elements: z.array(z.string().min(1).max(MAX_SHORT)).max(50).default([]),
    /** When the alleged conduct took place, as the document says. */
    conductOn: PartialDateSchema.optional(),
    speechAssessment: SpeechAssessmentSchema.optional(),
    note: TextSchema.optional(),
    visibility: VisibilitySchema,
    readers: ReadersSchema.optional(),
    fieldVisibility: FieldVisibilitySchema.optional(),
    sources: SourcesSchema,
    disputes: DisputesSchema,
  })
  .strict()
  .superRefine(accessRules('allegation'))
  .superRefine((a, ctx) => {
    if (a.speechAssessment !== undefined && a.type !== 'speech')
      ctx.addIssue({
        code: 'custom',
        path: ['speechAssessment'],
        message: SCHEMA_MESSAGES.speechOnly,
      });
    if (new Set(a.elements).size !== a.elements.length)
      ctx.addIssue({ code: 'custom', path: ['elements'], message: SCHEMA_MESSAGES.elementOnce });
  });
export type Allegation = z.infer<typeof AllegationSchema>;
