// The checks an upload passes before anything of it is stored: its size while it is read, not empty, its type
// from its bytes and agreeing with its name and declared type, and a PDF neither a bomb nor unreadable.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { DomainError, ErrorCode } from '../core/errors.ts';
import type { BlobStore } from '../core/ports.ts';
import { MEDIA_TYPES, claimAgainst, sniffMediaType, type MediaType } from './file-type.ts';
import { DEFAULT_LIMITS, type IngestLimits } from './limits.ts';
import { scanPdf } from './pdf-bomb.ts';
import { openPdf } from './pdf-text.ts';
import { refuseUpload } from './refusal.ts';

/** An upload's bytes: whole, or a stream of chunks (an HTTP body, a file being read). */
export type UploadSource = Uint8Array | AsyncIterable<Uint8Array>;

/** What an upload claims about itself: its file name, the type it was sent as, the size it announced. */
export interface UploadClaims {
  name?: string;
  declaredType?: string;
  declaredSize?: number;
  limits?: Partial<IngestLimits>;
}

/** An upload that passed every check: its bytes, digest and size, its true type, and a PDF's page count. */
export interface CheckedUpload {
  bytes: Uint8Array;
  sha256: string;
  size: number;
  mediaType: MediaType;
  pageCount?: number;
}

const refuse = (code: ErrorCode, message: string, file: string | undefined) =>
  refuseUpload(code, message, { file });

const ONE_PAGE: readonly string[] = ['text/plain', 'text/html', 'image/png', 'image/jpeg', 'image/tiff'];

/**
 * Reads and checks an upload; throws 'document.too_large' (as soon as the stream passes the limit),
 * 'document.empty', 'document.unsupported', 'document.type_mismatch', 'document.bomb' or 'document.corrupt'.
 * Nothing is written anywhere: the caller stores the bytes it is given back.
 */
export async function checkUpload(source: UploadSource, claims: UploadClaims = {}): Promise<CheckedUpload> {
  const limits = { ...DEFAULT_LIMITS, ...claims.limits };
  const file = claims.name;
  const tooLarge = () =>
    refuse(
      'document.too_large',
      `the file is larger than the limit of ${limits.maxBytes.toLocaleString('en-US')} bytes`,
      file,
    );
  if (claims.declaredSize !== undefined && claims.declaredSize > limits.maxBytes) throw tooLarge();
  const { bytes, sha256 } = await readLimited(source, limits.maxBytes, tooLarge);
  if (bytes.length === 0) throw refuse('document.empty', 'the file is empty (0 bytes)', file);
  const mediaType = sniffMediaType(bytes);
  if (mediaType === undefined)
    throw refuse(
      'document.unsupported',
      'the file is of no type Casewatch keeps (PDF, image, audio, video, web capture, text, DOCX)',
      file,
    );
  const lie = claimAgainst(mediaType, claims);
  if (lie)
    throw refuse(
      'document.type_mismatch',
      `its ${lie.by} says ${lie.claim} but its bytes are a ${MEDIA_TYPES[mediaType].label} (${mediaType})`,
      file,
    );
  // A text or an image is one page, as its text is read; other media (audio, video, captures) have none.
  if (ONE_PAGE.includes(mediaType)) return { bytes, sha256, size: bytes.length, mediaType, pageCount: 1 };
  if (mediaType !== 'application/pdf') return { bytes, sha256, size: bytes.length, mediaType };
  await scanPdf(bytes, limits, file);
  const document = await openPdf(bytes, { limits, file });
  const pageCount = document.numPages;
  await document.destroy();
  return { bytes, sha256, size: bytes.length, mediaType, pageCount };
}

/** Reads a file from disk for `checkUpload`: refused by its size before a byte is read when it is too large. */
export async function checkUploadFile(
  path: string,
  claims: Omit<UploadClaims, 'declaredSize'> = {},
): Promise<CheckedUpload> {
  const { size } = await stat(path);
  const name = claims.name ?? basename(path);
  return checkUpload(createReadStream(path, { highWaterMark: 1024 * 1024 }), {
    ...claims,
    name,
    declaredSize: size,
  });
}

/** Collects a source's bytes and their SHA-256, throwing as soon as they pass `max`. */
async function readLimited(
  source: UploadSource,
  max: number,
  tooLarge: () => DomainError,
): Promise<{ bytes: Uint8Array; sha256: string }> {
  const hash = createHash('sha256');
  if (source instanceof Uint8Array) {
    if (source.length > max) throw tooLarge();
    return { bytes: source, sha256: hash.update(source).digest('hex') };
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of source) {
    size += chunk.length;
    if (size > max) throw tooLarge(); // leaving the loop closes the stream: the rest is never read
    hash.update(chunk);
    chunks.push(chunk);
  }
  return { bytes: Buffer.concat(chunks, size), sha256: hash.digest('hex') };
}

/**
 * Checks an upload, then keeps it in the blob store: a refused file leaves nothing behind. `isNew` says whether
 * this call wrote the file, so a record write that then fails may `delete` it (and only then).
 */
export async function storeUpload(
  blobs: BlobStore,
  source: UploadSource,
  claims: UploadClaims = {},
): Promise<CheckedUpload & { isNew: boolean }> {
  const checked = await checkUpload(source, claims);
  const { isNew } = await blobs.put(checked.bytes, checked.sha256);
  return { ...checked, isNew };
}
