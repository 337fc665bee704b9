import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import type { Context, Env, Hono } from 'hono';
import { encodeAnswer, sendEncoded, type EncodedAnswer } from './encoded-answer.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

/** The client routes of the web application: each answers with its index.html, which React then routes. */
export const CLIENT_ROUTES = [
  '/',
  '/cases',
  '/cases/*',
  '/persons',
  '/persons/*',
  '/organisations/*',
  '/history/*',
  '/exchange',
  '/sign-in',
  '/search',
  '/records/*',
  '/documents/*',
] as const;

/** True when the folder holds a built web application. */
export function hasWebBuild(root: string | undefined): root is string {
  return root !== undefined && existsSync(join(root, 'index.html'));
}

/** The file under root a request path names, or undefined when there is none or the path leaves root. */
function fileUnder(root: string, path: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0')) return undefined;
  const file = normalize(join(root, decoded));
  if (!file.startsWith(root.endsWith(sep) ? root : root + sep)) return undefined;
  return existsSync(file) && statSync(file).isFile() ? file : undefined;
}

/** A file as last read: its bytes or their gzip, and its tag, kept while its size and time of change stay the same. */
type KeptFile = EncodedAnswer & { stamp: string };
/** Files larger than this are read each time they are asked for, not kept. */
const KEPT_MAX_BYTES = 1024 * 1024;
const kept = new Map<string, KeptFile>();
const COMPRESSED = new Set(['.png', '.woff2', '.ico']);

/** The file's bytes and tag, read again only when the file has changed on disk (a new build). */
function readKept(file: string): KeptFile {
  const stat = statSync(file);
  const stamp = `${stat.size}:${stat.mtimeMs}`;
  const known = kept.get(file);
  if (known?.stamp === stamp) return known;
  const bytes = new Uint8Array(readFileSync(file));
  const etag = `"${createHash('sha256').update(bytes).digest('base64url').slice(0, 27)}"`;
  if (bytes.byteLength > KEPT_MAX_BYTES) return { stamp, body: bytes, etag };
  // Images and fonts are compressed already; text is compressed once here, not for every reader.
  const read: KeptFile = {
    stamp,
    ...(COMPRESSED.has(extname(file)) ? { body: bytes, etag } : encodeAnswer(bytes, etag)),
  };
  kept.set(file, read);
  return read;
}

function sendFile(c: Context, file: string, status: 200 | 404 = 200) {
  const type = TYPES[extname(file)] ?? 'application/octet-stream';
  // Hashed assets never change under their name; the page itself is asked for again each time.
  const cache = file.includes(`${sep}assets${sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache';
  return sendEncoded(c, readKept(file), status, { 'Content-Type': type, 'Cache-Control': cache });
}

/** The web application's page for a path no route knows: the app shows its own "not found" with a 404 status. */
export function webNotFound(c: Context, root: string) {
  return sendFile(c, join(root, 'index.html'), 404);
}

/**
 * Serves the built web application from root: its files (hashed assets with a year's cache), and index.html for
 * its client routes. The API stays under /api; nothing here answers there.
 */
export function serveWeb<E extends Env>(app: Hono<E>, root: string): void {
  const index = join(root, 'index.html');
  for (const route of CLIENT_ROUTES) app.get(route, (c) => sendFile(c, index));
  app.get('/assets/*', (c) => {
    const file = fileUnder(root, c.req.path);
    return file ? sendFile(c, file) : c.notFound();
  });
  app.get('/favicon.svg', (c) => {
    const file = fileUnder(root, '/favicon.svg');
    return file ? sendFile(c, file) : c.notFound();
  });
}
