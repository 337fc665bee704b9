import { z } from 'zod';
import { DaySchema } from '../dates/day.ts';
import { PartialDateSchema } from '../dates/partial-date.ts';
import { IdSchema, LineSchema, MAX_SHORT, ShortTextSchema, TextSchema } from '../common/schemas.ts';
import { DisputesSchema } from '../common/disputes.ts';
import { FieldVisibilitySchema, ReadersSchema, VisibilitySchema } from '../common/visibility.ts';
import { accessRules } from '../access/access-fields.ts';
import { SCHEMA_MESSAGES } from '../common/schema-messages.ts';

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

/** A SHA-256 digest in lower-case hex. */
export const Sha256Schema = z.string().regex(/^[0-9a-f]{64}$/, { message: SCHEMA_MESSAGES.sha256Hex });

/**
 * The file a document is kept as: the evidentiary copy in the content-addressed store, by its digest, with its
 * size, its type as its bytes show it, and the name it was uploaded under.
 */
export const StoredFileSchema = z
  .object({
    sha256: Sha256Schema,
    size: z.number().int().positive(),
    mediaType: z.string().min(3).max(MAX_SHORT),
    name: LineSchema.optional(),
  })
  .strict();
export type StoredFile = z.infer<typeof StoredFileSchema>;

/**
 * What describes a source beyond its title and kind: who wrote and published it, when, in what language, where it
 * is online and archived, and for online material its capture record. An upload can carry them all.
 */
const SOURCE_DETAILS = {
  language: z.string().min(2).max(MAX_SHORT).optional(),
  author: LineSchema.optional(),
  publisher: LineSchema.optional(),
  publishedOn: PartialDateSchema.optional(),
  url: z.url().max(4_000).optional(),
  accessedOn: DaySchema.optional(),
  archiveUrl: z.url().max(4_000).optional(),
  capture: CaptureSchema.optional(),
};

/** A source's details on their own, as an upload gives them. */
export const SourceDetailsSchema = z.object(SOURCE_DETAILS).strict();
export type SourceDetails = z.infer<typeof SourceDetailsSchema>;

/** The fields of a capture record, in the order the standards list them. */
export const CAPTURE_FIELDS = Object.keys(CaptureSchema.shape) as (keyof Capture)[];

/** A source of facts: a document (cited by page), a web page with publisher and access date, or a capture. */
export const SourceSchema = z
  .object({
    id: IdSchema,
    kind: SourceKindSchema,
    documentKind: DocumentKindSchema.optional(),
    title: LineSchema,
    ...SOURCE_DETAILS,
    pageCount: z.number().int().positive().optional(),
    sha256: Sha256Schema.optional(),
    /** The case a document was added to (a source may serve others too). */
    case: IdSchema.optional(),
    /** The stored file, for a document kept in Casewatch. */
    file: StoredFileSchema.optional(),
    note: TextSchema.optional(),
    visibility: VisibilitySchema,
    readers: ReadersSchema.optional(),
    fieldVisibility: FieldVisibilitySchema.optional(),
    disputes: DisputesSchema,
  })
  .strict()
  .superRefine(accessRules('source'))
  .superRefine((s, ctx) => {
    if (s.file !== undefined && s.sha256 !== undefined && s.file.sha256 !== s.sha256)
      ctx.addIssue({
        code: 'custom',
        path: ['sha256'],
        message: SCHEMA_MESSAGES.digestDiffers,
      });
    if (s.kind === 'web' && s.url === undefined)
      ctx.addIssue({ code: 'custom', path: ['url'], message: SCHEMA_MESSAGES.webSourceUrl });
    if (s.kind === 'web' && s.accessedOn === undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['accessedOn'],
        message: SCHEMA_MESSAGES.webSourceAccessed,
      });
  });
export type Source = z.infer<typeof SourceSchema>;
