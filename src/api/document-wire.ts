import { z } from 'zod';
import { type FieldVisibility, VisibilitySchema } from '../core/common/visibility.ts';
import {
  CAPTURE_FIELDS,
  CaptureSchema,
  DocumentKindSchema,
  SourceKindSchema,
  StoredFileSchema,
  type SourceDetails,
} from '../core/source/source.ts';
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
  capture: CaptureSchema.optional(),
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

const text = (max: number, what: string) => z.string().min(1).max(max).optional().describe(what);

/** The upload's query: the source record's fields and its capture record, all optional, checked by the core. */
export const UploadQuerySchema = z.object({
  title: text(1_000, 'The title (the file name when not given).'),
  url: text(4_000, 'Where the file was found online.'),
  documentKind: DocumentKindSchema.optional().describe('Its role: indictment, verdict, expert_analysis, …'),
  visibility: VisibilitySchema.optional().describe('Who may read it (internal unless said).'),
  author: text(1_000, 'Who wrote or made it.'),
  publisher: text(1_000, 'Who published it.'),
  publishedOn: text(64, "When it was published: 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD'."),
  language: text(35, 'Its language, as a BCP 47 tag (ru, kk, en).'),
  accessedOn: text(10, 'The day it was seen online (YYYY-MM-DD).'),
  archiveUrl: text(4_000, 'An archived copy (Wayback Machine, archive.today).'),
  platform: text(200, 'Capture: the platform it was posted on (facebook, youtube, telegram…).'),
  postId: text(1_000, "Capture: the post's id on that platform."),
  account: text(1_000, 'Capture: the account that posted it.'),
  publishedAt: text(64, 'Capture: when it was posted (ISO 8601, with its offset where known).'),
  capturedAt: text(64, 'Capture: when it was captured (ISO 8601).'),
  collector: text(1_000, 'Capture: who captured it (restrict it with restrict=capture).'),
  tool: text(1_000, 'Capture: the tool it was captured with.'),
  restrict: text(
    1_000,
    'Fields restricted beyond the document, comma-separated (capture, author, url, archiveUrl, publisher).',
  ),
});
type UploadQuery = z.infer<typeof UploadQuerySchema>;

/** The source details and the field visibility an upload's query gives, for the core to check. */
export function uploadDetailsOf(query: UploadQuery): {
  details: SourceDetails;
  fieldVisibility?: FieldVisibility;
} {
  const pick = <K extends keyof UploadQuery>(keys: readonly K[]) =>
    Object.fromEntries(keys.flatMap((k) => (query[k] !== undefined ? [[k, query[k]]] : [])));
  const capture = pick(CAPTURE_FIELDS);
  const details = {
    ...pick(['author', 'publisher', 'publishedOn', 'language', 'accessedOn', 'archiveUrl'] as const),
    ...(Object.keys(capture).length > 0 ? { capture } : {}),
  } as SourceDetails;
  const restricted = query.restrict
    ?.split(',')
    .map((f) => f.trim())
    .filter((f) => f !== '');
  return {
    details,
    ...(restricted !== undefined && restricted.length > 0
      ? { fieldVisibility: Object.fromEntries(restricted.map((f) => [f, 'restricted' as const])) }
      : {}),
  };
}

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
