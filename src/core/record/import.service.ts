import { assertAllowed } from '../access/policy.ts';
import type { Actor } from '../actor.ts';
import { DomainError, isDomainError, type Issue } from '../errors.ts';
import type { RecordWriter, Store } from '../ports.ts';
import { HANDOVER_STEPS, type Charge } from '../charge/charge.ts';
import { IntegrityChecker, recordPath, type IntegrityLaw } from './integrity.ts';
import type { StoredLineage } from './lineage-check.ts';
import { prepareRecord, type ImportItem, type PreparedRecord } from './prepare.ts';
import { RECORD_KINDS, RECORD_KIND_ORDER, type RecordKind } from './record-kinds.ts';
import type { RecordRow } from './record-row.ts';

export type { ImportItem, PreparedRecord };

/** Options of an import: a dry run validates everything and writes nothing. */
export interface ImportOptions {
  dryRun?: boolean;
  file?: string;
  batchSize?: number;
  /** How many references may wait in memory for records further on before they are parked in the database. */
  parkWaitingAt?: number;
}

/** What an import did (or, in a dry run, would do). */
export interface ImportReport {
  dryRun: boolean;
  counts: Record<RecordKind, number>;
  total: number;
  warnings: Issue[];
}

/** After this many issues an import stops reading: enough to fix a file in one pass, not a flood. */
export const MAX_IMPORT_ISSUES = 100;

const DEFAULT_BATCH = 500;
/** Records prepared in the importing thread are taken this many at a time. */
const PREPARE_BATCH = 256;
/**
 * When this many references wait for records further on in the bundle, they are parked in the database
 * rather than held in memory: a bundle whose charges cite decisions listed at its end keeps memory flat.
 */
const PARK_WAITING_AT = 10_000;

class DryRunRollback extends Error {}

/**
 * Imports a stream of records all-or-nothing in one transaction: each record is validated by its schema and
 * the integrity checker, written in batches as it streams, and any issue throws 'import.invalid_record' so the
 * transaction rolls back. Ids that already exist are an error, never a silent overwrite.
 */
export function importBundle(
  deps: { store: Store; law?: IntegrityLaw },
  actor: Actor,
  records: AsyncIterable<ImportItem>,
  options: ImportOptions = {},
): Promise<ImportReport> {
  return importPrepared(deps, actor, prepareAll(records, options.file), options);
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
  deps: { store: Store; law?: IntegrityLaw },
  actor: Actor,
  batches: AsyncIterable<readonly PreparedRecord[]>,
  options: ImportOptions = {},
): Promise<ImportReport> {
  assertAllowed(actor, 'import');
  const report: ImportReport = {
    dryRun: options.dryRun ?? false,
    counts: Object.fromEntries(RECORD_KIND_ORDER.map((k) => [k, 0])) as Record<RecordKind, number>,
    total: 0,
    warnings: [],
  };
  const reason = `import${options.file !== undefined ? ` of ${options.file}` : ''}`;
  try {
    await deps.store.run(actor, (tx) => new Importer(tx, deps.law, options).run(batches, report), { reason });
  } catch (error) {
    if (error instanceof DryRunRollback) return report;
    throw error;
  }
  return report;
}

/** Rows of one kind waiting to be written, with their indexes in the collection (for paths in issues). */
interface Pending {
  rows: RecordRow[];
  indexes: number[];
}

class Importer {
  private readonly checker: IntegrityChecker;
  private readonly issues: Issue[] = [];
  private readonly batches = new Map<RecordKind, Pending>();
  private readonly batchSize: number;
  private readonly file: string | undefined;
  /** Ids of records that failed their schema, by kind: they have an id but are not written. */
  private readonly unwritten = new Map<RecordKind, string[]>();
  /** The batch write in flight, if any (see `write`). */
  private writing: Promise<void> = Promise.resolve();
  private hasWriteFailed = false;

  constructor(
    private readonly tx: RecordWriter,
    law: IntegrityLaw | undefined,
    private readonly options: ImportOptions,
  ) {
    this.file = options.file;
    this.checker = new IntegrityChecker({
      ...(law ? { law } : {}),
      ...(this.file !== undefined ? { file: this.file } : {}),
    });
    this.batchSize = options.batchSize ?? DEFAULT_BATCH;
  }

  async run(records: AsyncIterable<readonly PreparedRecord[]>, report: ImportReport): Promise<void> {
    try {
      await this.read(records, report);
      for (const kind of RECORD_KIND_ORDER) await this.flush(kind);
      await this.writing;
    } catch (error) {
      // A write that failed first explains what followed (an aborted transaction); else the error stands.
      await this.writing;
      throw error;
    }
    if (this.issueCount() < MAX_IMPORT_ISSUES) this.issues.push(...(await this.finish()));
    else this.issues.push(...this.checker.finish({ existing: () => true }));
    if (this.issues.length > 0) {
      throw DomainError.fromIssues(
        'import.invalid_record',
        sortByPlace(this.issues).slice(0, MAX_IMPORT_ISSUES),
      );
    }
    if (this.options.dryRun) throw new DryRunRollback();
  }

  /** Checks each prepared record against the others as they stream in, and writes them in batches per kind. */
  private async read(batches: AsyncIterable<readonly PreparedRecord[]>, report: ImportReport): Promise<void> {
    for await (const records of batches) {
      // What the batch refers to beyond the records the checker holds is looked up at once, kind by kind.
      const lookups = this.checker.lookups(records);
      for (const [kind, ids] of lookups.ids) this.checker.confirm(kind, await this.tx.existing(kind, ids));
      if (lookups.jurisdictions.length > 0)
        for (const [id, jurisdiction] of await this.tx.caseJurisdictions(lookups.jurisdictions))
          this.checker.confirmJurisdiction(id, jurisdiction);
      for (const prepared of records) {
        if (prepared.id !== undefined && !prepared.row) this.unwrittenOf(prepared.kind).push(prepared.id);
        if (this.checker.addPrepared(prepared) && prepared.row) {
          const batch = this.pending(prepared.kind);
          batch.rows.push(prepared.row);
          batch.indexes.push(prepared.index);
          if (batch.rows.length >= this.batchSize) await this.flush(prepared.kind);
        }
        report.counts[prepared.kind]++;
        report.total++;
      }
      if (this.issueCount() >= MAX_IMPORT_ISSUES) break;
      if (this.checker.waitingCount >= (this.options.parkWaitingAt ?? PARK_WAITING_AT)) {
        const refs = this.checker.takeWaiting();
        this.write(() => this.tx.parkReferences(refs));
      }
    }
  }

  private unwrittenOf(kind: RecordKind): string[] {
    let ids = this.unwritten.get(kind);
    if (!ids) this.unwritten.set(kind, (ids = []));
    return ids;
  }

  private issueCount(): number {
    return this.issues.length + this.checker.issueCount;
  }

  private pending(kind: RecordKind): Pending {
    let batch = this.batches.get(kind);
    if (!batch) this.batches.set(kind, (batch = { rows: [], indexes: [] }));
    return batch;
  }

  /**
   * Writes a batch, but for ids that exist already (in the database, or written earlier from this bundle),
   * which are issues. Writing goes on after issues, so the checker can let go of what is written and memory
   * stays flat; the transaction is rolled back at the end anyway. A failed write stops everything.
   */
  private async flush(kind: RecordKind): Promise<void> {
    if (this.hasWriteFailed) await this.writing; // throws the write's error
    const batch = this.batches.get(kind);
    if (!batch || batch.rows.length === 0) return;
    this.batches.delete(kind);
    const taken = new Set(
      await this.tx.existing(
        kind,
        batch.rows.map((r) => r.id),
      ),
    );
    const rows = taken.size === 0 ? batch.rows : batch.rows.filter((r) => !taken.has(r.id));
    const indexes =
      taken.size === 0 ? batch.indexes : batch.indexes.filter((_, i) => !taken.has(batch.rows[i]?.id ?? ''));
    batch.rows.forEach(({ id }, i) => {
      if (taken.has(id)) {
        this.issues.push({
          code: 'reference.duplicate',
          message: `${kind} "${id}" already exists, in the database or earlier in this bundle (an import never overwrites)`,
          path: recordPath(kind, batch.indexes[i] ?? 0, '.id'),
          ...(this.file !== undefined ? { file: this.file } : {}),
        });
      }
    });
    await this.writing; // one write in flight at most, so memory stays bounded
    const ids = rows.map((r) => r.id);
    this.write(async () => {
      try {
        await this.tx.createRows(kind, rows);
      } catch (error) {
        throw this.placed(error, kind, indexes);
      }
      this.checker.forget(kind, ids);
    });
  }

  /**
   * A duplicate the database found while writing (a record another import wrote meanwhile, on PostgreSQL) named
   * at its place in the bundle, like every other issue; any other error as it is.
   */
  private placed(error: unknown, kind: RecordKind, indexes: readonly number[]): unknown {
    const row = isDomainError(error, 'reference.duplicate') ? error.issues[0]?.row : undefined;
    if (row === undefined) return error;
    const issue: Issue = {
      code: 'reference.duplicate',
      message: `${error instanceof Error ? error.message : String(error)} (written meanwhile by someone else; an import never overwrites)`,
      path: recordPath(kind, indexes[row] ?? 0, '.id'),
      ...(this.file !== undefined ? { file: this.file } : {}),
    };
    return DomainError.fromIssues('import.invalid_record', [issue]);
  }

  /**
   * Starts a write after the one in flight, without waiting for it: the next records are parsed and checked
   * while the database works (PostgreSQL runs apart; SQLite's driver is synchronous, so there it changes
   * nothing). The transaction's one connection runs its queries one at a time. A failed write is thrown by
   * the next `flush` or at the end of `run`, and no later write starts.
   */
  private write(work: () => Promise<void>): void {
    const previous = this.writing;
    const next = previous.then(work);
    // Awaited later; until then a failure is only noted, so it does not count as an unhandled rejection.
    next.catch(() => (this.hasWriteFailed = true));
    this.writing = next;
  }

  /** Looks up, in the database, what the bundle refers to but does not hold, then runs the final checks. */
  private async finish(): Promise<Issue[]> {
    const found = new Set<string>();
    const jurisdictions = new Map<string, string>();
    const lineages = new Map<string, StoredLineage>();
    for (const [kind, ids] of this.checker.unresolved()) {
      for (const stored of await this.tx.list(kind, { ids: [...ids] })) {
        found.add(`${kind}\u0000${stored.id}`);
        if (stored.kind === 'case')
          jurisdictions.set(stored.id, (stored.data as { jurisdiction: string }).jurisdiction);
        if (stored.kind === 'charge') lineages.set(stored.id, lineageOfCharge(stored.data as Charge));
      }
    }
    // A reference to a record that failed its schema is not dangling: that record's issues say what is wrong.
    const missing = await this.tx.takeMissingReferences(MAX_IMPORT_ISSUES, this.unwritten);
    return this.checker.finish({
      existing: (kind, id) => found.has(`${kind}\u0000${id}`),
      jurisdictionOf: (caseId) => jurisdictions.get(caseId),
      lineageOf: (chargeId) => lineages.get(chargeId),
      missing,
    });
  }
}

/** A stored charge's origin and handover steps, for the lineage checks. */
function lineageOfCharge(charge: Charge): StoredLineage {
  return {
    origin: charge.origin ?? null,
    handovers: charge.lifecycle
      .filter((s) => HANDOVER_STEPS.has(s.kind))
      .map((s) => ({ kind: s.kind, successors: s.successors ?? [] })),
  };
}

const PLACE_RE = /^\$\.(\w+)\[(\d+)\]/;
const COLLECTIONS: readonly string[] = RECORD_KIND_ORDER.map((k) => RECORD_KINDS[k].collection);

/** Orders issues as the file is: by collection, then record (stable within one record). */
function sortByPlace(issues: Issue[]): Issue[] {
  const key = (issue: Issue): [number, number] => {
    const m = PLACE_RE.exec(issue.path ?? '');
    return m ? [COLLECTIONS.indexOf(m[1] ?? ''), Number(m[2])] : [-1, -1];
  };
  return issues
    .map((issue, i) => ({ issue, i, k: key(issue) }))
    .sort((a, b) => a.k[0] - b.k[0] || a.k[1] - b.k[1] || a.i - b.i)
    .map((x) => x.issue);
}
