import type { Issue } from '../errors.ts';
import type { Revision, Stored, Transaction } from '../ports.ts';
import type { UpdateDependents } from './import-dependents.ts';
import { RECORD_KINDS, type RecordKind, type RecordOf } from './record-kinds.ts';
import { recordPath } from './record-path.ts';
import type { RecordRow } from './record-row.ts';
import { VERSION_KEY } from './record-version.ts';

/** Rows of one kind waiting to be written: their places in the collection, and the versions the bundle gives. */
export interface Pending {
  rows: RecordRow[];
  indexes: number[];
  versions: (number | undefined)[];
}

/** A stored record to replace with the bundle's, if it is still at the version it was compared at. */
export interface MergeUpdate {
  row: RecordRow;
  record: RecordOf<RecordKind>;
  index: number;
  expectedVersion: number;
}

/** What a merge works with: the transaction, how to know its own writes, where updates' dependents are noted. */
export interface MergeContext {
  tx: Transaction;
  own: OwnWrites;
  dependents: UpdateDependents;
  file: string | undefined;
}

/** What a merge does with a batch of which some ids exist: rows to create, records to update, and issues. */
export interface MergePlan {
  create: Pending;
  updates: MergeUpdate[];
  /** Ids of records the same as the stored ones: nothing is written for them. */
  unchanged: string[];
  issues: Issue[];
}

/**
 * Tells the records this import wrote from those that were there before, without remembering what it wrote, so
 * memory stays flat: every row a transaction writes carries its time and actor, and its last revision the
 * transaction's id. A record with this transaction's time and actor is confirmed by its last revision.
 */
export class OwnWrites {
  private first: { kind: RecordKind; id: string } | undefined;
  private stamp: Revision | undefined;

  constructor(private readonly tx: Transaction) {}

  /** Notes a record this import has written, so the transaction's stamp can be read back from it. */
  noteWrite(kind: RecordKind, id: string): void {
    this.first ??= { kind, id };
  }

  /** True when this import wrote the stored record: the bundle gave its id once before. */
  async isOwn(stored: Stored<RecordKind>): Promise<boolean> {
    if (this.first === undefined) return false;
    this.stamp ??= (await this.tx.history(this.first.kind, this.first.id)).at(-1);
    if (this.stamp === undefined) return false;
    if (stored.updatedAt !== this.stamp.at || stored.updatedBy !== this.stamp.actor) return false;
    return (await this.tx.history(stored.kind, stored.id)).at(-1)?.txId === this.stamp.txId;
  }
}

/**
 * Decides, for a batch of valid records some of whose ids exist (`taken`), what a merge does with each: a new id
 * is created; an existing record is left alone when the bundle's is the same (their JSON after the schema), is a
 * conflict when it differs and the stored record is at a later version than the bundle's, and is updated
 * otherwise. An id this import wrote already is a duplicate in the bundle.
 */
export async function planMerge(
  { tx, own, dependents, file }: MergeContext,
  kind: RecordKind,
  batch: Pending,
  taken: ReadonlySet<string>,
): Promise<MergePlan> {
  const stored = new Map<string, Stored<RecordKind>>();
  for (const s of await tx.list(kind, { ids: [...taken] })) stored.set(s.id, s);
  const plan: MergePlan = {
    create: { rows: [], indexes: [], versions: [] },
    updates: [],
    unchanged: [],
    issues: [],
  };
  const issue = (code: Issue['code'], index: number, suffix: string, message: string) =>
    plan.issues.push({
      code,
      message,
      path: recordPath(kind, index, suffix),
      ...(file !== undefined ? { file } : {}),
    });
  for (const [i, row] of batch.rows.entries()) {
    const index = batch.indexes[i] ?? 0;
    const version = batch.versions[i];
    const current = stored.get(row.id);
    if (current === undefined) {
      plan.create.rows.push(row);
      plan.create.indexes.push(index);
      plan.create.versions.push(version);
    } else if (await own.isOwn(current)) {
      issue(
        'reference.duplicate',
        index,
        '.id',
        `duplicate ${kind} id "${row.id}" (given earlier in this bundle)`,
      );
    } else if (jsonOf(row) === normalisedJson(kind, current.data)) {
      plan.unchanged.push(row.id);
    } else if (version !== undefined && version < current.version) {
      issue('record.conflict', index, '', staleMessage(kind, row.id, version, current.version));
    } else {
      const record = recordOfRow(row);
      dependents.note(kind, index, current.data, record);
      plan.updates.push({ row, record, index, expectedVersion: current.version });
    }
  }
  return plan;
}

/** Why a record whose stored version moved on since the bundle's may not be replaced by it. */
function staleMessage(kind: RecordKind, id: string, version: number, stored: number): string {
  return `${kind} "${id}" changed in the database since the version this bundle holds (version ${version}; it is at version ${stored} now): export it again and redo the edit, or leave out its "${VERSION_KEY}" to replace it`;
}

const decoder = new TextDecoder();

/** A row's JSON as text (a worker hands it over as UTF-8 bytes). */
function jsonOf(row: RecordRow): string {
  return typeof row.json === 'string' ? row.json : decoder.decode(row.json);
}

/** A row's record, for the store's update. */
function recordOfRow(row: RecordRow): RecordOf<RecordKind> {
  return JSON.parse(jsonOf(row)) as RecordOf<RecordKind>;
}

/**
 * A stored record's JSON as its schema gives it now, as a bundle's is: the same record compares equal even if it
 * was stored in another key order or before a default was added. One that no longer fits is left as stored.
 */
function normalisedJson(kind: RecordKind, data: unknown): string {
  const parsed = RECORD_KINDS[kind].schema.safeParse(data);
  return JSON.stringify(parsed.success ? parsed.data : data);
}
