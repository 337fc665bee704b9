import { createReadStream, statSync } from 'node:fs';
import type { Session } from '../core/access/session.ts';
import type { IntegrityLaw } from '../core/record/integrity.ts';
import {
  importBundle,
  importPrepared,
  type ImportOptions,
  type ImportReport,
} from '../core/record/import.service.ts';
import { readBundle } from './bundle-reader.ts';
import { prepareBundleFile } from './prepared-bundle.ts';

/** From this size on, a bundle is read and prepared in a worker thread (starting one takes a moment). */
export const WORKER_THRESHOLD_BYTES = 4 * 1024 * 1024;

/** How far a file import has got: the bytes of the file read, of how many, and the records taken in. */
export interface ImportProgress {
  bytesRead: number;
  totalBytes: number;
  records: number;
}

/** Options of a file import: those of `importBundle`, and whether to prepare records in a worker thread. */
export interface ImportFileOptions extends Omit<ImportOptions, 'file'> {
  /** Read and prepare in a worker thread; by default, for files of `WORKER_THRESHOLD_BYTES` and more. */
  inWorker?: boolean;
  /** Told how far the import has got, after each record or batch taken in (often: throttle what it draws). */
  onProgress?: (progress: ImportProgress) => void;
}

/**
 * Imports a bundle file all-or-nothing (`importBundle`). A large file is read and its records prepared
 * (schema, rules within a record, rows) in a worker thread while this one checks them across records and
 * writes them; the result and the errors are the same either way.
 */
export function importBundleFile(
  deps: { session: Session; law?: IntegrityLaw },
  file: string,
  options: ImportFileOptions = {},
): Promise<ImportReport> {
  const totalBytes = statSync(file).size;
  const { inWorker = totalBytes >= WORKER_THRESHOLD_BYTES, onProgress, ...rest } = options;
  if (inWorker) {
    let bytesRead = 0;
    const batches = prepareBundleFile(file, { onRead: (n) => (bytesRead = n) });
    const counted = onProgress
      ? reporting(
          batches,
          (b) => b.length,
          () => bytesRead,
          totalBytes,
          onProgress,
        )
      : batches;
    return importPrepared(deps, counted, { ...rest, file });
  }
  const input = createReadStream(file);
  const items = readBundle(input, file);
  const counted = onProgress
    ? reporting(
        items,
        () => 1,
        () => input.bytesRead,
        totalBytes,
        onProgress,
      )
    : items;
  return importBundle(deps, counted, { ...rest, file });
}

/** Passes items through as they are taken, telling `onProgress` how far the file has been read after each. */
async function* reporting<T>(
  items: AsyncIterable<T>,
  recordsIn: (item: T) => number,
  bytesRead: () => number,
  totalBytes: number,
  onProgress: (progress: ImportProgress) => void,
): AsyncGenerator<T> {
  let records = 0;
  for await (const item of items) {
    records += recordsIn(item);
    onProgress({ bytesRead: bytesRead(), totalBytes, records });
    yield item;
  }
}
