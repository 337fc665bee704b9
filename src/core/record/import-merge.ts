import { canReadRecord } from '../access/policy.ts';
import type { Actor } from '../actor.ts';
import type { Issue } from '../errors.ts';
import type { Revision, Stored, Transaction } from '../ports.ts';
import type { UpdateDependents } from './import-dependents.ts';
import { RECORD_KINDS, type RecordKind, type RecordOf } from './record-kinds.ts';
import { keepHiddenFields } from './record.service.ts';
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

/**
 * What a merge works with: who imports, the transaction, how to know its own writes, where updates' dependents
 * are noted.
 */
export interface MergeContext {
  actor: Actor;
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
 * is created, an existing record merged (`decide`).
 */
export async function planMerge(
  ctx: MergeContext,
  kind: RecordKind,
  batch: Pending,
  taken: ReadonlySet<string>,
): Promise<MergePlan> {
  const stored = new Map<string, Stored<RecordKind>>();
  for (const s of await ctx.tx.list(kind, { ids: [...taken] })) stored.set(s.id, s);
  const plan: MergePlan = {
    create: { rows: [], indexes: [], versions: [] },
    updates: [],
    unchanged: [],
    issues: [],
  };
  for (const [i, row] of batch.rows.entries()) {
    const index = batch.indexes[i] ?? 0;
    const version = batch.versions[i];
    const current = stored.get(row.id);
    if (current === undefined) {
      plan.create.rows.push(row);
      plan.create.indexes.push(index);
      plan.create.versions.push(version);
      continue;
    }
    const decision = await decide(ctx, row, version, current);
    if (decision === 'unchanged') plan.unchanged.push(row.id);
    else if ('record' in decision) {
      ctx.dependents.note(kind, index, current.data, decision.record);
      plan.updates.push({ row, record: decision.record, index, expectedVersion: current.version });
    } else {
      const { code, suffix, message } = decision;
      const file = ctx.file !== undefined ? { file: ctx.file } : {};
      plan.issues.push({
        code,
        message,
        record: row.id,
        recordKind: kind,
        path: recordPath(kind, index, suffix),
        ...file,
      });
    }
  }
  return plan;
}

/** What a merge does with one stored record: nothing, an update to `record`, or an issue at `suffix` of its path. */
type Decision =
  'unchanged' | { record: RecordOf<RecordKind> } | { code: Issue['code']; suffix: string; message: string };

/**
 * One stored record and the bundle's: left alone when they are the same (their JSON after the schema), a conflict
 * when they differ and the stored one is at a later version than the bundle's, else an update. Fields the importer
 * may not see are kept as stored (they can neither read nor change them), and a record they may not read is not
 * theirs to change. An id this import wrote already is a duplicate in the bundle.
 */
async function decide(
  { own, actor }: MergeContext,
  row: RecordRow,
  version: number | undefined,
  current: Stored<RecordKind>,
): Promise<Decision> {
  const { kind, id } = current;
  if (await own.isOwn(current))
    return {
      code: 'reference.duplicate',
      suffix: '.id',
      message: `duplicate ${kind} id "${id}" (given earlier in this bundle)`,
    };
  if (!canReadRecord(actor, current.data))
    return {
      code: 'auth.forbidden',
      suffix: '',
      message: `${kind} "${id}" exists, and ${actor.id} may not read it: an import cannot change it`,
    };
  const stored = normalisedJson(kind, current.data);
  if (jsonOf(row) === stored) return 'unchanged';
  const given = recordOfRow(row);
  const record = keepHiddenFields(actor, kind, current.data, given);
  if (record !== given && JSON.stringify(record) === stored) return 'unchanged';
  if (version !== undefined && version < current.version)
    return { code: 'record.conflict', suffix: '', message: staleMessage(kind, id, version, current.version) };
  if (!canReadRecord(actor, record))
    return {
      code: 'auth.forbidden',
      suffix: '.visibility',
      message: `${actor.id} may not make ${kind} "${id}" ${record.visibility}: it would be out of their sight`,
    };
  return { record };
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
