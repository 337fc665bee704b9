import type { Issue } from '../errors.ts';
import { RECORD_KIND_ORDER, type RecordKind } from './record-kinds.ts';

/**
 * What an import does with a record whose id already exists: `merge` (the default) updates it when the bundle's
 * record differs, leaves it alone when it is the same, and refuses it when the stored one changed since the
 * bundle's version of it; `create` refuses it as a duplicate.
 */
export type ImportMode = 'merge' | 'create';

/** The modes, for the edges that parse them. */
export const IMPORT_MODES: readonly ImportMode[] = ['merge', 'create'];

/** Options of an import: a dry run validates everything and writes nothing. */
export interface ImportOptions {
  mode?: ImportMode;
  dryRun?: boolean;
  file?: string;
  /** Why the records are written, kept with each revision instead of "import" (a form that writes a bundle). */
  reason?: string;
  batchSize?: number;
  /** How many references may wait in memory for records further on before they are parked in the database. */
  parkWaitingAt?: number;
  /** How many bytes of records' dates may be kept in memory for the checks across a case's records (ImportConflicts). */
  keepDatesBytes?: number;
}

/** How many records an import created, updated, and left as they were (the same as the stored ones). */
export interface ImportOutcomes {
  created: number;
  updated: number;
  unchanged: number;
}

/** What an import did (or, in a dry run, would do). */
export interface ImportReport extends ImportOutcomes {
  dryRun: boolean;
  mode: ImportMode;
  /** Records of each kind in the bundle. */
  counts: Record<RecordKind, number>;
  total: number;
  /** Of each kind: created, updated, unchanged. `created`, `updated` and `unchanged` are their sums. */
  outcomes: Record<RecordKind, ImportOutcomes>;
  warnings: Issue[];
}

/** A report of nothing yet, for an import in the mode given. */
export function emptyReport(mode: ImportMode, dryRun: boolean): ImportReport {
  const perKind = <T>(make: () => T) =>
    Object.fromEntries(RECORD_KIND_ORDER.map((k) => [k, make()])) as Record<RecordKind, T>;
  return {
    dryRun,
    mode,
    counts: perKind(() => 0),
    total: 0,
    created: 0,
    updated: 0,
    unchanged: 0,
    outcomes: perKind(() => ({ created: 0, updated: 0, unchanged: 0 })),
    warnings: [],
  };
}

/** Adds what was done with records of a kind to its counts and to the sums. */
export function tally(report: ImportReport, kind: RecordKind, done: Partial<ImportOutcomes>): void {
  for (const outcome of ['created', 'updated', 'unchanged'] as const) {
    const n = done[outcome] ?? 0;
    report.outcomes[kind][outcome] += n;
    report[outcome] += n;
  }
}
