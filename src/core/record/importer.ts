import type { Actor } from '../actor.ts';
import { DomainError, isDomainError, type Issue } from '../errors.ts';
import { IssueTally } from './issue-tally.ts';
import type { Transaction } from '../ports.ts';
import { HANDOVER_STEPS, originsWithPaths, type Charge } from '../charge/charge.ts';
import { IntegrityChecker, recordPath, type IntegrityLaw } from './integrity.ts';
import type { StoredLineage } from './lineage-check.ts';
import { UpdateDependents } from './import-dependents.ts';
import { ImportConflicts } from './import-conflicts.ts';
import { OwnWrites, planMerge, type MergeContext, type MergeUpdate, type Pending } from './import-merge.ts';
import { tally, type ImportMode, type ImportOptions, type ImportReport } from './import-report.ts';
import type { PreparedRecord } from './prepare.ts';
import { RECORD_KINDS, RECORD_KIND_ORDER, type RecordKind } from './record-kinds.ts';

/** An import reports this many issues, the first in the file, and how many there are in all: not a flood. */
export const MAX_IMPORT_ISSUES = 100;

const DEFAULT_BATCH = 500;
/**
 * When this many references wait for records further on in the bundle, they are parked in the database
 * rather than held in memory: a bundle whose charges cite decisions listed at its end keeps memory flat.
 */
const PARK_WAITING_AT = 10_000;

/** Written records from which an import refreshes the database's statistics before it reads the cases back. */
const REFRESH_STATISTICS_AT = 10_000;

/** Thrown at the end of a dry run that found nothing wrong, so its transaction rolls back. */
export class DryRunRollback extends Error {}

/**
 * One import inside its transaction: checks each prepared record against the others as they stream in, writes
 * them in batches per kind (creating new ids; in merge mode updating changed records), and at the end throws
 * every issue found so the transaction rolls back.
 */
export class Importer {
  private readonly checker: IntegrityChecker;
  private readonly issues = new IssueTally(MAX_IMPORT_ISSUES, sortByPlace);
  /** What the law data lacks (articles, jurisdictions): the first in the file are kept, all are counted. */
  private readonly lawWarnings = new IssueTally(MAX_IMPORT_ISSUES, sortByPlace);
  private readonly batches = new Map<RecordKind, Pending>();
  private readonly batchSize: number;
  private readonly file: string | undefined;
  private readonly mode: ImportMode;
  private readonly merge: MergeContext;
  /** Ids of records that failed their schema, by kind: they have an id but are not written. */
  private readonly unwritten = new Map<RecordKind, string[]>();
  /** The batch write in flight, if any (see `write`). */
  private writing: Promise<void> = Promise.resolve();
  private hasWriteFailed = false;
  /** The cases the bundle's records belong to: their dates across records are checked once all is written. */
  private readonly conflicts: ImportConflicts;

  constructor(
    actor: Actor,
    private readonly tx: Transaction,
    private readonly law: IntegrityLaw | undefined,
    private readonly options: ImportOptions,
    private readonly report: ImportReport,
  ) {
    this.file = options.file;
    this.mode = options.mode ?? 'merge';
    this.merge = { actor, tx, own: new OwnWrites(tx), dependents: new UpdateDependents(), file: this.file };
    this.checker = new IntegrityChecker({
      ...(law ? { law } : {}),
      ...(this.file !== undefined ? { file: this.file } : {}),
    });
    this.batchSize = options.batchSize ?? DEFAULT_BATCH;
    this.conflicts = new ImportConflicts(options.keepDatesBytes);
  }

  async run(records: AsyncIterable<readonly PreparedRecord[]>): Promise<void> {
    try {
      await this.read(records);
      for (const kind of RECORD_KIND_ORDER) await this.flush(kind);
      await this.writing;
    } catch (error) {
      // A write that failed first explains what followed (an aborted transaction); else the error stands.
      await this.writing;
      throw error;
    }
    this.issues.push(...(await this.finish()));
    if (this.issues.total > 0) {
      const issues = this.issues.kept;
      // Only stale records: the bundle is fine, the database moved on (a conflict, not an invalid file).
      const isConflict = issues.every((i) => i.code === 'record.conflict');
      throw DomainError.fromIssues(isConflict ? 'record.conflict' : 'import.invalid_record', issues, {
        total: this.issues.total,
      });
    }
    // The read-back below filters by case: after a large import the planner must know the rows are there.
    if (this.report.created + this.report.updated >= REFRESH_STATISTICS_AT)
      await this.tx.refreshStatistics(['case', 'charge', 'measure', 'hearing', 'decision']);
    this.report.warnings.push(...this.keptLawWarnings());
    this.report.warnings.push(...(await this.conflicts.warnings(this.tx, this.law, this.file)));
    if (this.options.dryRun) throw new DryRunRollback();
  }

  /** Checks each prepared record against the others as they stream in, and writes them in batches per kind. */
  private async read(batches: AsyncIterable<readonly PreparedRecord[]>): Promise<void> {
    for await (const records of batches) {
      // What the batch refers to beyond the records the checker holds is looked up at once, kind by kind.
      const lookups = this.checker.lookups(records);
      for (const [kind, ids] of lookups.ids) this.checker.confirm(kind, await this.tx.existing(kind, ids));
      if (lookups.jurisdictions.length > 0)
        for (const [id, jurisdiction] of await this.tx.caseJurisdictions(lookups.jurisdictions))
          this.checker.confirmJurisdiction(id, jurisdiction);
      for (const prepared of records) {
        if (prepared.id !== undefined && !prepared.row) this.unwrittenOf(prepared.kind).push(prepared.id);
        const caseId = prepared.kind === 'case' ? prepared.id : prepared.row?.caseId;
        if (prepared.row && caseId !== undefined && caseId !== null)
          this.conflicts.add(caseId, prepared.dates);
        if (this.checker.addPrepared(prepared) && prepared.row) {
          const batch = this.pending(prepared.kind);
          batch.rows.push(prepared.row);
          batch.indexes.push(prepared.index);
          batch.versions.push(prepared.version);
          if (batch.rows.length >= this.batchSize) await this.flush(prepared.kind);
        }
        this.report.counts[prepared.kind]++;
        this.report.total++;
      }
      // Reading goes on to the end of the file, so the report can say how many issues there are in all.
      this.issues.push(...this.checker.takeIssues());
      this.lawWarnings.push(...this.checker.takeWarnings());
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

  private pending(kind: RecordKind): Pending {
    let batch = this.batches.get(kind);
    if (!batch) this.batches.set(kind, (batch = { rows: [], indexes: [], versions: [] }));
    return batch;
  }

  /**
   * Writes a batch. A batch of new ids only is created as it is (one look-up, as a fresh database's import
   * does every time). Ids that exist already (in the database, or written earlier from this bundle) are issues
   * in create mode; in merge mode the stored records are compared with the bundle's (`planMerge`). Writing goes
   * on after issues, so the checker can let go of what is written and memory stays flat; the transaction is
   * rolled back at the end anyway. A failed write stops everything.
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
    if (taken.size === 0) return this.writeBatch(kind, batch, []);
    if (this.mode === 'create') return this.writeBatch(kind, this.refuseTaken(kind, batch, taken), []);
    await this.writing; // the records compared with include every write before
    const plan = await planMerge(this.merge, kind, batch, taken);
    this.issues.push(...plan.issues);
    tally(this.report, kind, { updated: plan.updates.length, unchanged: plan.unchanged.length });
    // Unchanged records are in the database as they are: the checker need not hold them either.
    this.checker.forget(kind, plan.unchanged);
    return this.writeBatch(kind, plan.create, plan.updates);
  }

  /** Create mode: the rows whose ids are not taken, and a duplicate issue for each that is. */
  private refuseTaken(kind: RecordKind, batch: Pending, taken: ReadonlySet<string>): Pending {
    const kept: Pending = { rows: [], indexes: [], versions: [] };
    batch.rows.forEach((row, i) => {
      const index = batch.indexes[i] ?? 0;
      if (!taken.has(row.id)) {
        kept.rows.push(row);
        kept.indexes.push(index);
        kept.versions.push(batch.versions[i]);
        return;
      }
      this.issues.push({
        code: 'reference.duplicate',
        message: `${kind} "${row.id}" already exists, in the database or earlier in this bundle (an import in create mode never overwrites)`,
        record: row.id,
        recordKind: kind,
        path: recordPath(kind, index, '.id'),
        ...(this.file !== undefined ? { file: this.file } : {}),
      });
    });
    return kept;
  }

  /** Updates, then creates, a batch's records after the write in flight; then the checker lets go of them. */
  private async writeBatch(
    kind: RecordKind,
    create: Pending,
    updates: readonly MergeUpdate[],
  ): Promise<void> {
    await this.writing; // one write in flight at most, so memory stays bounded
    const { rows, indexes } = create;
    tally(this.report, kind, { created: rows.length });
    if (kind === 'case') this.conflicts.noteCreated(rows.map((r) => r.id));
    const ids = [...updates.map((u) => u.row.id), ...rows.map((r) => r.id)];
    this.write(async () => {
      for (const u of updates) await this.update(kind, u);
      try {
        await this.tx.createRows(kind, rows);
      } catch (error) {
        throw this.placed(
          error,
          kind,
          indexes,
          rows.map((r) => r.id),
        );
      }
      if (rows[0] !== undefined) this.merge.own.noteWrite(kind, rows[0].id);
      this.checker.forget(kind, ids);
    });
  }

  /** Replaces a stored record through the store's update, so its revision says what it was and who changed it. */
  private async update(kind: RecordKind, u: MergeUpdate): Promise<void> {
    try {
      await this.tx.update(kind, u.record, u.expectedVersion);
      this.merge.own.noteWrite(kind, u.row.id);
    } catch (error) {
      if (!isDomainError(error, 'record.conflict')) throw error;
      this.issues.push({
        code: 'record.conflict',
        message: `${kind} "${u.row.id}" was changed in the database while this import ran: import again`,
        record: u.row.id,
        recordKind: kind,
        path: recordPath(kind, u.index),
        ...(this.file !== undefined ? { file: this.file } : {}),
      });
    }
  }

  /**
   * A duplicate the database found while writing (a record another import wrote meanwhile, on PostgreSQL) named
   * at its place in the bundle, like every other issue; any other error as it is.
   */
  private placed(
    error: unknown,
    kind: RecordKind,
    indexes: readonly number[],
    ids: readonly string[],
  ): unknown {
    const row = isDomainError(error, 'reference.duplicate') ? error.issues[0]?.row : undefined;
    if (row === undefined) return error;
    const id = ids[row];
    const then =
      this.mode === 'merge' ? 'import again to merge it' : 'an import in create mode never overwrites';
    const issue: Issue = {
      code: 'reference.duplicate',
      message: `${error instanceof Error ? error.message : String(error)} (written meanwhile by someone else; ${then})`,
      ...(id !== undefined ? { record: id, recordKind: kind } : {}),
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

  /** The law warnings kept, and one more saying how many were left out when there were too many to list. */
  private keptLawWarnings(): Issue[] {
    const kept = this.lawWarnings.kept;
    const more = this.lawWarnings.total - kept.length;
    if (more <= 0) return kept;
    const message = `and ${more} more records under articles or jurisdictions the law data lacks`;
    return [
      ...kept,
      { code: 'law.unknown_article', message, ...(this.file !== undefined ? { file: this.file } : {}) },
    ];
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
    const issues = this.checker.finish({
      existing: (kind, id) => found.has(`${kind}\u0000${id}`),
      jurisdictionOf: (caseId) => jurisdictions.get(caseId),
      lineageOf: (chargeId) => lineages.get(chargeId),
      missing,
    });
    this.lawWarnings.push(...this.checker.takeWarnings());
    const { dependents, own } = this.merge;
    return [...issues, ...(await dependents.check(this.tx, own, this.law, this.file))];
  }
}

/** A stored charge's origin and handover steps, for the lineage checks. */
function lineageOfCharge(charge: Charge): StoredLineage {
  return {
    origins: originsWithPaths(charge),
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
