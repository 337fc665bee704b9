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

/** Options of a file import: those of `importBundle`, and whether to prepare records in a worker thread. */
export interface ImportFileOptions extends Omit<ImportOptions, 'file'> {
  /** Read and prepare in a worker thread; by default, for files of `WORKER_THRESHOLD_BYTES` and more. */
  inWorker?: boolean;
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
  const { inWorker = statSync(file).size >= WORKER_THRESHOLD_BYTES, ...rest } = options;
  if (inWorker) return importPrepared(deps, prepareBundleFile(file), { ...rest, file });
  return importBundle(deps, readBundle(createReadStream(file), file), { ...rest, file });
}
