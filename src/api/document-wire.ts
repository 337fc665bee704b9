import { z } from 'zod';
import { DocumentKindSchema, SourceKindSchema, StoredFileSchema } from '../core/source/source.ts';
import { VisibilitySchema } from '../core/common/visibility.ts';
import { CustodyDetailsSchema } from '../core/document/custody-details.ts';
import { ActorNameSchema } from './wire.ts';

/** A document as the API shows it: its source record's title and case, its file and its text's state. */
export const DocumentSummarySchema = z.object({
  id: z.string(),
  title: z.string(),
  case: z.string().optional(),
  documentKind: DocumentKindSchema.optional(),
  kind: SourceKindSchema,
  url: z.string().optional(),
  file: StoredFileSchema,
  textStatus: z.enum(['pending', 'reading', 'done', 'failed', 'none']),
  pageCount: z.number().int().optional(),
  pagesDone: z.number().int(),
  textNote: z.string().optional(),
  visibility: z.enum(['public', 'internal', 'restricted']),
});

/** The answer to an upload: the new document, its file's digest and its text's state (read in the background). */
export const DocumentAddedSchema = z.object({
  id: z.string(),
  sha256: z.string(),
  textStatus: DocumentSummarySchema.shape.textStatus,
  document: DocumentSummarySchema,
});

export const DocumentListSchema = z.object({ items: z.array(DocumentSummarySchema) });

export const DocumentPageSchema = z.object({
  page: z.number().int(),
  text: z.string(),
  method: z.enum(['text', 'ocr', 'none']),
});
export const DocumentPagesSchema = z.object({ pages: z.array(DocumentPageSchema) });

/** One thing extraction found on a page, for a researcher to accept or reject. */
export const DocumentSuggestionSchema = z.object({
  key: z.string(),
  type: z.enum(['citation', 'date', 'sentence', 'person', 'link']),
  page: z.number().int(),
  start: z.number().int(),
  end: z.number().int(),
  quote: z.string(),
  label: z.string(),
  value: z.unknown(),
});
export const DocumentSuggestionsSchema = z.object({ suggestions: z.array(DocumentSuggestionSchema) });

/** One link of a chain of custody: who (their id, and their name when the reader may be shown it), what, when. */
export const CustodyEventSchema = z.object({
  action: z.enum(['added', 'exported', 'verified', 'verify_failed', 'text_read']),
  actor: z.string().describe('The id of who acted (user:ID, cli:NAME, system).'),
  actorName: ActorNameSchema,
  at: z.string(),
  origin: z.string().optional(),
  details: CustodyDetailsSchema.optional().describe(
    "What the event concerns, as data for the reader's language to word.",
  ),
  detail: z
    .string()
    .optional()
    .describe(
      'What an event recorded by an older version says of it, in English; newer events carry details.',
    ),
});
export const CustodySchema = z.object({ events: z.array(CustodyEventSchema) });

/** The upload's query: the source record's fields, all optional. */
export const UploadQuerySchema = z.object({
  title: z.string().min(1).max(1_000).optional().describe('The title (the file name when not given).'),
  url: z.string().max(4_000).optional().describe('Where the file was found online.'),
  documentKind: DocumentKindSchema.optional().describe('Its role: indictment, verdict, expert_analysis, …'),
  visibility: VisibilitySchema.optional().describe('Who may read it (internal unless said).'),
});

/** The named schemas of the document routes, for the OpenAPI document and the web client. */
export const DOCUMENT_SCHEMAS = [
  { id: 'DocumentSummary', schema: DocumentSummarySchema },
  { id: 'DocumentAdded', schema: DocumentAddedSchema },
  { id: 'DocumentList', schema: DocumentListSchema },
  { id: 'DocumentPage', schema: DocumentPageSchema },
  { id: 'DocumentPages', schema: DocumentPagesSchema },
  { id: 'DocumentSuggestion', schema: DocumentSuggestionSchema },
  { id: 'DocumentSuggestions', schema: DocumentSuggestionsSchema },
  { id: 'CustodyEvent', schema: CustodyEventSchema },
  { id: 'Custody', schema: CustodySchema },
] as const;
