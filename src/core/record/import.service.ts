import { assertAllowed } from '../access/policy.ts';
import type { Session } from '../access/session.ts';
import type { IntegrityLaw } from './integrity.ts';
import { DryRunRollback, Importer } from './importer.ts';
import { emptyReport, type ImportOptions, type ImportReport } from './import-report.ts';
import { prepareRecord, type ImportItem, type PreparedRecord } from './prepare.ts';

export type { ImportItem, PreparedRecord };
export { MAX_IMPORT_ISSUES } from './importer.ts';
export type { ImportMode, ImportOptions, ImportOutcomes, ImportReport } from './import-report.ts';

/** Records prepared in the importing thread are taken this many at a time. */
const PREPARE_BATCH = 256;

/**
 * Imports a stream of records all-or-nothing in one transaction: each record is validated by its schema and
 * the integrity checker, written in batches as it streams, and any issue throws 'import.invalid_record' (or
 * 'record.conflict' when the only issues are records changed in the database since the bundle's version of
 * them) so the transaction rolls back. A record whose id exists is merged by default (`ImportMode`): updated
 * through the store's update when it differs, so its revision says what it was, and left alone when it is the
 * same.
 */
export function importBundle(
  deps: { session: Session; law?: IntegrityLaw },
  records: AsyncIterable<ImportItem>,
  options: ImportOptions = {},
): Promise<ImportReport> {
  return importPrepared(deps, prepareAll(records, options.file), options);
}

/** Prepares records in this thread, a batch at a time. */
async function* prepareAll(
  items: AsyncIterable<ImportItem>,
  file?: string,
): AsyncGenerator<PreparedRecord[]> {
  let batch: PreparedRecord[] = [];
  for await (const item of items) {
    batch.push(prepareRecord(item, file));
    if (batch.length >= PREPARE_BATCH) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}

/**
 * `importBundle` for records already prepared (`prepareRecord`), in batches, perhaps by another thread: the
 * checks across records, the writes and the transaction happen here, as they come.
 */
export async function importPrepared(
  deps: { session: Session; law?: IntegrityLaw },
  batches: AsyncIterable<readonly PreparedRecord[]>,
  options: ImportOptions = {},
): Promise<ImportReport> {
  assertAllowed(deps.session.actor, 'import');
  const report = emptyReport(options.mode ?? 'merge', options.dryRun ?? false);
  const reason = options.reason ?? `import${options.file !== undefined ? ` of ${options.file}` : ''}`;
  try {
    await deps.session.write(
      (tx) => new Importer(deps.session.actor, tx, deps.law, options, report).run(batches),
      {
        action: 'import',
        reason,
      },
    );
  } catch (error) {
    if (error instanceof DryRunRollback) return report;
    throw error;
  }
  return report;
}
