// A document's page as an image for the viewer: a PDF page rendered by pdftoppm at 110 dpi and kept beside the
// stored files (by digest and page), an image file as its own page 1.
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DomainError } from './core/errors.ts';

/** Renders page `page` of a stored file (its bytes, type and digest): PNG bytes, or the image file itself. */
export type PageRenderer = (
  file: { sha256: string; mediaType: string; bytes: () => Promise<Uint8Array> },
  page: number,
) => Promise<{ bytes: Uint8Array; mediaType: string }>;

const DPI = '110';
const IMAGES = new Set(['image/png', 'image/jpeg', 'image/gif', 'image/webp']);

/** The renderer with its cache in `cacheRoot` (`<files>.pages` beside the stored files). */
export function pageRenderer(cacheRoot: string, pdftoppm = 'pdftoppm', timeoutMs = 60_000): PageRenderer {
  return async (file, page) => {
    if (IMAGES.has(file.mediaType)) {
      if (page !== 1) throw noPage(page);
      return { bytes: await file.bytes(), mediaType: file.mediaType };
    }
    if (file.mediaType !== 'application/pdf')
      throw new DomainError('record.not_found', `a ${file.mediaType} file has no pages to show`);
    const cached = join(cacheRoot, file.sha256.slice(0, 2), `${file.sha256}-${page}.png`);
    const kept = await readFile(cached).catch(() => undefined);
    if (kept !== undefined) return { bytes: kept, mediaType: 'image/png' };
    const folder = await mkdtemp(join(tmpdir(), 'cw-page-'));
    try {
      const input = join(folder, 'document.pdf');
      await writeFile(input, await file.bytes(), { mode: 0o600 });
      const out = join(folder, 'page');
      const args = ['-r', DPI, '-f', `${page}`, '-l', `${page}`, '-png', '-singlefile', input, out];
      const failure = await new Promise<{ code?: string | number | null } | null>((resolve) =>
        execFile(pdftoppm, args, { timeout: timeoutMs, killSignal: 'SIGKILL' }, (error) => resolve(error)),
      );
      if (failure?.code === 'ENOENT')
        throw new DomainError(
          'store.unavailable',
          'pdftoppm is not installed (poppler-utils): pages cannot be shown',
        );
      if (failure !== null) throw noPage(page);
      const bytes = await readFile(`${out}.png`);
      await mkdir(join(cacheRoot, file.sha256.slice(0, 2)), { recursive: true, mode: 0o700 });
      await writeFile(`${cached}.tmp`, bytes, { mode: 0o600 });
      await rename(`${cached}.tmp`, cached);
      return { bytes, mediaType: 'image/png' };
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  };
}

const noPage = (page: number) =>
  new DomainError('record.not_found', `the document has no page ${page}`, [
    { code: 'record.not_found', message: 'no such page', page },
  ]);
