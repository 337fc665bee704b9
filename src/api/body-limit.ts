import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { AppEnv } from './env.ts';
import { UPLOAD_PATH } from './routes/documents.routes.ts';

/** Methods whose requests carry no body (the Fetch standard refuses one). */
const BODILESS = new Set(['GET', 'HEAD']);

/** The most bytes a record's write may send: far more than the largest record (a mass trial's case). */
export const MAX_WRITE_BYTES = 16 * 2 ** 20;

/**
 * Refuses a body larger than MAX_WRITE_BYTES with a 413 before it is read whole; an import's bundle streams and
 * is not held in memory, so it has no such limit.
 */
export function limitBodies(): MiddlewareHandler<AppEnv> {
  const limit = bodyLimit({
    maxSize: MAX_WRITE_BYTES,
    onError: (c) =>
      c.json(
        {
          error: {
            code: 'request.too_large',
            message: `the body is larger than ${MAX_WRITE_BYTES / 2 ** 20} MiB; send a bundle to /api/import`,
          },
        },
        413,
      ),
  });
  // An upload's file is read as a stream and refused past the document limit (src/ingest/limits.ts) by its checks.
  // A GET or HEAD has no body to limit: asking for one would build the whole Fetch request for every read.
  return (c, next) =>
    BODILESS.has(c.req.method) ||
    c.req.path === '/api/import' ||
    (c.req.method === 'POST' && UPLOAD_PATH.test(c.req.path))
      ? next()
      : limit(c, next);
}
