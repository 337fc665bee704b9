import { z } from 'zod';
import { DaySchema } from '../dates/day.ts';
import { PartialDateSchema } from '../dates/partial-date.ts';
import { IdSchema, LineSchema, MAX_SHORT, ShortTextSchema, TextSchema } from '../common/schemas.ts';
import { DisputesSchema } from '../common/disputes.ts';
import { FieldVisibilitySchema, ReadersSchema, VisibilitySchema } from '../common/visibility.ts';
import { accessRules } from '../access/access-fields.ts';

/** What kind of thing a source is. */
export const SourceKindSchema = z.enum(['document', 'web', 'capture', 'testimony', 'media']);

/** A document's role in proceedings or in the record. */
export const DocumentKindSchema = z.enum([
  'indictment',
  'decree',
  'court_decision',
  'verdict',
  'expert_analysis',
  'complaint',
  'transcript',
  'video',
  'photo',
  'article',
  'report',
  'statement',
  'other',
]);

/** A moment as a capture tool records it: a local date and time, or one with its UTC offset ('2024-01-02T10:30:00Z'). */
export const InstantSchema = z.iso.datetime({ local: true, offset: true });

/**
 * Online material as it was preserved: where it was posted (platform, post id, the posting account, when) and
 * who captured it, when and with what tool. The collector may need to stay unnamed: the field can be restricted.
 */
export const CaptureSchema = z
  .object({
    platform: ShortTextSchema.optional(),
    postId: LineSchema.optional(),
    account: LineSchema.optional(),
    publishedAt: InstantSchema.optional(),
    capturedAt: InstantSchema.optional(),
    collector: LineSchema.optional(),
    tool: LineSchema.optional(),
  })
  .strict();
export type Capture = z.infer<typeof CaptureSchema>;

/** A source of facts: a document (cited by page), a web page with publisher and access date, or a capture. */
export const SourceSchema = z
  .object({
    id: IdSchema,
    kind: SourceKindSchema,
    documentKind: DocumentKindSchema.optional(),
    title: LineSchema,
    language: z.string().min(2).max(MAX_SHORT).optional(),
    author: LineSchema.optional(),
    publisher: LineSchema.optional(),
    publishedOn: PartialDateSchema.optional(),
    url: z.url().max(4_000).optional(),
    accessedOn: DaySchema.optional(),
    pageCount: z.number().int().positive().optional(),
    sha256: z
      .string()
      .regex(/^[0-9a-f]{64}$/, { message: 'a SHA-256 digest in lower-case hex' })
      .optional(),
    archiveUrl: z.url().max(4_000).optional(),
    capture: CaptureSchema.optional(),
    note: TextSchema.optional(),
    visibility: VisibilitySchema,
    readers: ReadersSchema.optional(),
    fieldVisibility: FieldVisibilitySchema.optional(),
    disputes: DisputesSchema,
  })
  .strict()
  .superRefine(accessRules('source'))
  .superRefine((s, ctx) => {
    if (s.kind === 'web' && s.url === undefined)
      ctx.addIssue({ code: 'custom', path: ['url'], message: 'a web source needs its url' });
    if (s.kind === 'web' && s.accessedOn === undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['accessedOn'],
        message: 'a web source needs the day it was accessed',
      });
  });
export type Source = z.infer<typeof SourceSchema>;
