import type { Session } from '../access/session.ts';
import type { Visibility } from '../common/visibility.ts';
import { DomainError } from '../errors.ts';
import type { BlobStore, DocumentPage, Store, Stored, StoredFileInfo, TextStatus } from '../ports.ts';
import type { Capture, Source } from '../source/source.ts';

/** An upload's bytes as the edges hand them over: whole, or a stream of chunks (an HTTP body, a file). */
export type UploadBytes = Uint8Array | AsyncIterable<Uint8Array>;

/** An upload that passed the checks: its bytes, digest, size, true type, and a PDF's page count. */
export interface CheckedUpload {
  bytes: Uint8Array;
  sha256: string;
  size: number;
  mediaType: string;
  pageCount?: number;
}

/** A document's text as the reading gives it, with why some of it is missing. */
export interface ReadText {
  pageCount: number;
  pages: DocumentPage[];
  warnings: { code: string; message: string; page?: number }[];
}

/** How far a reading has come, as the reader reports it. */
export interface ReadProgress {
  page: number;
  pageCount: number;
}

/**
 * What the document service needs: the store (its unit of work and stored-file rows), the blob store, and the
 * edges' upload checks and text reading (src/ingest: they read files and run programs, which the core may not).
 */
export interface DocumentDeps {
  store: Store;
  blobs: BlobStore;
  checkUpload(source: UploadBytes, claims: { name?: string; declaredType?: string }): Promise<CheckedUpload>;
  readText(
    bytes: Uint8Array,
    options: { name?: string; declaredType?: string; onProgress?: (progress: ReadProgress) => void },
  ): Promise<ReadText>;
}

/** A document as the API and CLI show it: its source record's title and case, its file and its text's state. */
export interface DocumentSummary {
  id: string;
  title: string;
  case?: string;
  documentKind?: Source['documentKind'];
  kind: Source['kind'];
  url?: string;
  /** Online material's capture record, where the reader may see it. */
  capture?: Capture;
  file: { sha256: string; size: number; mediaType: string; name?: string };
  textStatus: TextStatus;
  pageCount?: number;
  pagesDone: number;
  textNote?: string;
  visibility: Visibility;
}

/** Media types whose text is read (a PDF's layer or OCR, an image's OCR, text and HTML as they are). */
const TEXT_TYPES = new Set([
  'application/pdf',
  'image/png',
  'image/jpeg',
  'image/tiff',
  'text/plain',
  'text/html',
]);

/** Whether a file of this type has text to read; a video's or an audio's text status is 'none'. */
export function hasText(mediaType: string): boolean {
  return TEXT_TYPES.has(mediaType);
}

/** The kind of source a file makes: a capture of the web, a media file, or a document. */
export function sourceKindOf(mediaType: string): Source['kind'] {
  if (['text/html', 'multipart/related', 'application/warc'].includes(mediaType)) return 'capture';
  if (/^(image|audio|video)\//.test(mediaType)) return 'media';
  return 'document';
}

/** The file rows of the store, which a document needs; a store without them cannot keep documents. */
export function filesOf(store: Store) {
  if (store.documents === undefined)
    throw new DomainError('store.unavailable', 'this store keeps no documents');
  return store.documents;
}

/** The document's source record as the reader may see it, and its file: 'record.not_found' otherwise. */
export async function readableDocument(
  session: Session,
  store: Store,
  id: string,
): Promise<{ source: Stored<'source'>; file: NonNullable<Source['file']>; info: StoredFileInfo }> {
  const source = await session.get('source', id);
  const file = source?.data.file;
  const info = file === undefined ? undefined : await filesOf(store).file(file.sha256);
  if (source === undefined || file === undefined || info === undefined)
    throw new DomainError('record.not_found', `no document with id "${id}"`);
  return { source, file, info };
}

/** The summary of a document from its source record and its file's row. */
export function summarise(source: Source, info: StoredFileInfo): DocumentSummary {
  const file = source.file ?? { sha256: info.sha256, size: info.size, mediaType: info.mediaType };
  return {
    id: source.id,
    title: source.title,
    ...(source.case !== undefined ? { case: source.case } : {}),
    ...(source.documentKind !== undefined ? { documentKind: source.documentKind } : {}),
    kind: source.kind,
    ...(source.url !== undefined ? { url: source.url } : {}),
    ...(source.capture !== undefined ? { capture: source.capture } : {}),
    file,
    textStatus: info.textStatus,
    ...(info.pageCount !== undefined ? { pageCount: info.pageCount } : {}),
    pagesDone: info.pagesDone,
    ...(info.textNote !== undefined ? { textNote: info.textNote } : {}),
    visibility: source.visibility,
  };
}
