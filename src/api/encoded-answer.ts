import { gunzipSync, gzipSync } from 'node:zlib';
import type { Context } from 'hono';

/** Bodies smaller than this are sent as they are: compressing them saves less than the header costs. */
const GZIP_MIN_BYTES = 1024;

/**
 * An answer kept to be sent many times, in one form: gzip-compressed when that is smaller, else its bytes as they
 * are. The gzip is compressed once when the answer is kept, not for every reader: a case file of some 600 KB is
 * about a twentieth of that compressed, which is what a researcher on a slow connection waits for, and all that
 * the answer holds of the server's memory. The rare reader who refuses gzip gets it decompressed.
 */
export type EncodedAnswer = {
  /** The tag of the body as it is; the gzip's is the same with `-gz` inside the quotes, as the two differ in bytes. */
  etag: string;
} & (
  { body: Uint8Array<ArrayBuffer>; gzip?: undefined } | { gzip: Uint8Array<ArrayBuffer>; body?: undefined }
);

/** The answer in the form it is kept: compressed now when the body is large enough for that to pay. */
export function encodeAnswer(body: Uint8Array<ArrayBuffer>, etag: string): EncodedAnswer {
  if (body.byteLength < GZIP_MIN_BYTES) return { body, etag };
  const gzip = new Uint8Array(gzipSync(body, { level: 6 }));
  return gzip.byteLength < body.byteLength ? { gzip, etag } : { body, etag };
}

/** The bytes the answer keeps: what it counts against a cache's bound. */
export const answerBytes = (answer: EncodedAnswer): number => (answer.body ?? answer.gzip).byteLength;

/** True when the request's Accept-Encoding takes gzip (and does not refuse it with `q=0`). */
export function acceptsGzip(header: string | undefined): boolean {
  if (header === undefined) return false;
  return header.split(',').some((part) => {
    const [coding, ...params] = part.trim().toLowerCase().split(';');
    if (coding?.trim() !== 'gzip' && coding?.trim() !== '*') return false;
    const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
    return q === undefined || Number(q) > 0;
  });
}

const gzipTag = (etag: string) => `${etag.slice(0, -1)}-gz"`;

/**
 * Sends a kept answer: gzip to a reader who takes it, else the bytes as they are; 304 with no body to one whose
 * If-None-Match names the tag of either (a proxy may have the other), with `Vary: Accept-Encoding` either way.
 */
export function sendEncoded(
  c: Context,
  answer: EncodedAnswer,
  status: 200 | 404,
  headers: Record<string, string>,
): Response {
  const isGzip = answer.gzip !== undefined && acceptsGzip(c.req.header('Accept-Encoding'));
  const etag = isGzip ? gzipTag(answer.etag) : answer.etag;
  const sent: Record<string, string> = { ...headers, ETag: etag, Vary: 'Accept-Encoding' };
  const known = c.req
    .header('If-None-Match')
    ?.split(/\s*,\s*/)
    .map((t) => t.replace(/^W\//, ''));
  if (status === 200 && known?.some((t) => t === answer.etag || t === gzipTag(answer.etag)))
    return c.body(null, 304, sent);
  if (isGzip && answer.gzip !== undefined)
    return c.body(answer.gzip, status, { ...sent, 'Content-Encoding': 'gzip' });
  return c.body(answer.body ?? new Uint8Array(gunzipSync(answer.gzip)), status, sent);
}
