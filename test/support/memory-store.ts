// An in-memory fake of the Store port for small tests of the core: the same contract as the Kysely store
// (test/memory-store.test.ts runs both on the same scenarios), no database.
import type { Actor } from '../../src/core/actor.ts';
import { NO_ACCOUNTS } from './no-accounts.ts';
import { foldName } from '../../src/core/common/name-fold.ts';
import { DomainError, type Issue } from '../../src/core/errors.ts';
import type {
  CaseSearch,
  Clock,
  ListQuery,
  PersonSearch,
  SortedId,
  SortedPage,
  ParkedReference,
  ReadScope,
  RecordReader,
  Revision,
  Store,
  Stored,
  Transaction,
} from '../../src/core/ports.ts';
import {
  CASE_LISTED_KINDS,
  RECORD_KIND_ORDER,
  type AnyRecord,
  type RecordKind,
  type RecordOf,
} from '../../src/core/record/record-kinds.ts';
import { caseIdOf, toRecordRow, type RecordRow } from '../../src/core/record/record-row.ts';
import { checkKeepable, checkRecord } from '../../src/store/record-validation.ts';

/** A record as kept: its JSON text as written (every read parses a fresh copy) and, parsed, what filters read. */
interface Row {
  kind: RecordKind;
  id: string;
  version: number;
  json: string;
  record: AnyRecord;
  createdAt: string;
  updatedAt: string;
  updatedBy: string;
}

/** A revision as kept: its sides as JSON text, like the revisions table. */
interface RevisionRow extends Omit<Revision, 'before' | 'after'> {
  before: string | null;
  after: string | null;
}

/** Everything the fake holds; a unit of work writes on a copy, which replaces it when the work succeeds. */
interface State {
  rows: Map<RecordKind, Map<string, Row>>;
  revisions: RevisionRow[];
}

const emptyState = (): State => ({
  rows: new Map(RECORD_KIND_ORDER.map((k) => [k, new Map<string, Row>()])),
  revisions: [],
});

/** Rows and revisions are never changed in place, so copying the maps copies the state. */
const copyState = (state: State): State => ({
  rows: new Map([...state.rows].map(([kind, rows]) => [kind, new Map(rows)])),
  revisions: [...state.revisions],
});

interface Guarded {
  visibility?: string;
  readers?: readonly string[];
}

/** The store's scope rule (store/read-scope.ts): a readable visibility, or restricted and naming a principal. */
function isInScope(row: Row, scope: ReadScope | undefined): boolean {
  if (scope === undefined) return true;
  const { visibility, readers } = row.record as Guarded;
  if (visibility !== undefined && (scope.visibilities as readonly string[]).includes(visibility)) return true;
  return visibility === 'restricted' && (readers ?? []).some((r) => scope.principals.includes(r));
}

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

function toStored<K extends RecordKind>(row: Row): Stored<K> {
  return {
    kind: row.kind as K,
    id: row.id,
    version: row.version,
    data: JSON.parse(row.json) as RecordOf<K>,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    updatedBy: row.updatedBy,
  };
}

/** Reads one state: the committed one, a snapshot's frozen copy, or a unit of work's own copy. */
class MemoryReader implements RecordReader {
  constructor(protected readonly state: () => State) {}

  protected table(kind: RecordKind): Map<string, Row> {
    const table = this.state().rows.get(kind);
    if (table === undefined) throw new Error(`no table for ${kind}`);
    return table;
  }

  get<K extends RecordKind>(kind: K, id: string, scope?: ReadScope): Promise<Stored<K> | undefined> {
    const row = this.table(kind).get(id);
    return Promise.resolve(row !== undefined && isInScope(row, scope) ? toStored<K>(row) : undefined);
  }

  list<K extends RecordKind>(kind: K, query: ListQuery = {}): Promise<Stored<K>[]> {
    const isCaseQuery = query.case !== undefined || query.cases !== undefined;
    if (isCaseQuery && !CASE_LISTED_KINDS.includes(kind))
      throw new DomainError(
        'validation.invalid',
        `${kind} records do not belong to one case; list them without a case filter`,
      );
    const ids = query.ids === undefined ? undefined : new Set(query.ids);
    const cases = query.cases === undefined ? undefined : new Set(query.cases);
    const after = query.after;
    const rows = [...this.table(kind).values()]
      .filter(
        (row) =>
          (query.case === undefined || caseIdOf(row.record) === query.case) &&
          (cases === undefined || cases.has(caseIdOf(row.record) ?? '')) &&
          (ids === undefined || ids.has(row.id)) &&
          (after === undefined || row.id > after) &&
          isInScope(row, query.scope),
      )
      .sort(byId)
      .slice(0, query.limit);
    return Promise.resolve(rows.map((row) => toStored<K>(row)));
  }

  countOutside(kind: RecordKind, caseId: string, scope: ReadScope): Promise<number> {
    const rows = [...this.table(kind).values()];
    return Promise.resolve(rows.filter((r) => caseIdOf(r.record) === caseId && !isInScope(r, scope)).length);
  }

  existing(kind: RecordKind, ids: readonly string[]): Promise<string[]> {
    return Promise.resolve([...new Set(ids)].filter((id) => this.table(kind).has(id)));
  }

  count(kind: RecordKind): Promise<number> {
    return Promise.resolve(this.table(kind).size);
  }

  referrers(kind: RecordKind, id: string): Promise<{ kind: RecordKind; id: string }[]> {
    const found: { kind: RecordKind; id: string }[] = [];
    for (const from of RECORD_KIND_ORDER)
      for (const row of [...this.table(from).values()].sort(byId)) {
        const refs = toRecordRow(from, row.record as RecordOf<typeof from>).references ?? [];
        if (refs.includes(`${kind} ${id}`)) found.push({ kind: from, id: row.id });
      }
    return Promise.resolve(found.sort((a, b) => (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0)));
  }

  findPersonsByName(text: string, scope?: ReadScope): Promise<string[]> {
    const folded = foldName(text.trim());
    if (folded === '') return Promise.resolve([]);
    const found = [...this.table('person').values()].filter(
      (row) =>
        (row.record as RecordOf<'person'>).names.some((n) => foldName(n.value).includes(folded)) &&
        isInScope(row, scope),
    );
    return Promise.resolve(found.sort(byId).map((row) => row.id));
  }

  casesOfPerson(personId: string, role?: string, scope?: ReadScope): Promise<string[]> {
    const found = [...this.table('case').values()].filter(
      (row) =>
        (row.record as RecordOf<'case'>).participants.some(
          (p) => p.person === personId && (role === undefined || p.role === role),
        ) && isInScope(row, scope),
    );
    return Promise.resolve(found.sort(byId).map((row) => row.id));
  }

  findCases(search: CaseSearch, scope?: ReadScope): Promise<SortedId[]> {
    return this.sortedById('case', search, scope);
  }

  findPersons(search: PersonSearch, scope?: ReadScope): Promise<SortedId[]> {
    return this.sortedById('person', search, scope);
  }

  jurisdictionCounts(scope?: ReadScope): Promise<{ code: string; cases: number }[]> {
    const counts = new Map<string, number>();
    for (const row of this.table('case').values())
      if (isInScope(row, scope)) {
        const code = (row.record as RecordOf<'case'>).jurisdiction;
        counts.set(code, (counts.get(code) ?? 0) + 1);
      }
    return Promise.resolve(
      [...counts].sort(([a], [b]) => (a < b ? -1 : 1)).map(([code, cases]) => ({ code, cases })),
    );
  }

  /** The fake lists by id alone: filters and other orders are SQL, tested on both databases. */
  private sortedById(kind: RecordKind, search: SortedPage<string>, scope?: ReadScope): Promise<SortedId[]> {
    const { sort, direction, after, limit, ...filters } = search;
    if (sort !== 'id' || direction !== 'asc' || Object.keys(filters).length > 0)
      throw new Error('the memory store lists by id only; filtered and sorted lists run in SQL');
    const rows = [...this.table(kind).values()]
      .filter((row) => (after === undefined || row.id > after.id) && isInScope(row, scope))
      .sort(byId)
      .slice(0, limit);
    return Promise.resolve(rows.map((row) => ({ id: row.id, key: row.id })));
  }

  history(kind: RecordKind, id: string): Promise<Revision[]> {
    const rows = this.state().revisions.filter((r) => r.kind === kind && r.recordId === id);
    return Promise.resolve(rows.map(toRevision));
  }

  lastChange(): Promise<number> {
    return Promise.resolve(this.state().revisions.at(-1)?.seq ?? 0);
  }
}

function toRevision(row: RevisionRow): Revision {
  const { reason, before, after, ...rest } = row;
  return {
    ...rest,
    ...(reason !== undefined ? { reason } : {}),
    before: before === null ? null : (JSON.parse(before) as unknown),
    after: after === null ? null : (JSON.parse(after) as unknown),
  };
}

/** Who writes, when and why: stamped on every revision of one unit of work. */
interface WriteContext {
  txId: string;
  actor: string;
  at: string;
  reason: string | undefined;
}

/** The writes of one unit of work, on its own copy of the state, with the store's checks and errors. */
class MemoryTransaction extends MemoryReader implements Transaction {
  #isOpen = true;
  #parked: ParkedReference[] = [];

  constructor(
    private readonly working: { state: State },
    private readonly ctx: WriteContext,
  ) {
    super(() => working.state);
  }

  /** Called when the unit of work ends; later writes through this object are refused, as the store does. */
  close(): void {
    this.#isOpen = false;
  }

  create<K extends RecordKind>(kind: K, data: RecordOf<K>): Promise<Stored<K>> {
    const record = this.#validate(kind, data);
    if (this.table(kind).has(record.id)) throw duplicate(kind, record.id, '$.id');
    const row = toRecordRow(kind, record);
    checkKeepable(kind, [row], false);
    return Promise.resolve(toStored<K>(this.#insert(kind, row)));
  }

  update<K extends RecordKind>(kind: K, data: RecordOf<K>, expectedVersion: number): Promise<Stored<K>> {
    const record = this.#validate(kind, data);
    const current = this.#expect(kind, record.id, expectedVersion);
    const prepared = toRecordRow(kind, record);
    checkKeepable(kind, [prepared], false);
    const json = prepared.json;
    const row: Row = {
      ...current,
      version: expectedVersion + 1,
      json,
      record: JSON.parse(json) as AnyRecord,
      updatedAt: this.ctx.at,
      updatedBy: this.ctx.actor,
    };
    this.table(kind).set(row.id, row);
    this.#revise(kind, row.id, 'update', row.version, current.json, json);
    return Promise.resolve(toStored<K>(row));
  }

  remove(kind: RecordKind, id: string, expectedVersion: number): Promise<void> {
    const current = this.#expect(kind, id, expectedVersion);
    this.table(kind).delete(id);
    // The deletion is the record's next version, so versions in its history only ever grow.
    this.#revise(kind, id, 'delete', expectedVersion + 1, current.json, null);
    return Promise.resolve();
  }

  lastVersion(kind: RecordKind, id: string): Promise<number> {
    this.#assertOpen();
    const versions = this.#revisionsOf(kind, id).map((r) => r.version);
    return Promise.resolve(Math.max(0, ...versions));
  }

  createMany<K extends RecordKind>(kind: K, records: readonly RecordOf<K>[]): Promise<void> {
    this.#assertOpen();
    const issues: Issue[] = [];
    const valid = records.flatMap((value, index) => {
      const checked = checkRecord(kind, value, index);
      if (checked.issues !== undefined) issues.push(...checked.issues);
      return checked.record !== undefined ? [checked.record] : [];
    });
    if (issues.length > 0) throw DomainError.fromIssues('validation.invalid', issues);
    return this.createRows(
      kind,
      valid.map((record) => toRecordRow(kind, record)),
    );
  }

  /** One create per row; all of it or, when one fails (even if the caller catches it), none of it. */
  createRows(kind: RecordKind, rows: readonly RecordRow[]): Promise<void> {
    this.#assertOpen();
    const seen = new Map<string, number>();
    const twice: Issue[] = [];
    rows.forEach((row, index) => {
      const first = seen.get(row.id);
      const message = `${kind} ${row.id} is given twice, at ${first} and at ${index}`;
      if (first !== undefined)
        twice.push({ code: 'reference.duplicate', message, path: `$[${index}].id`, row: index });
      else seen.set(row.id, index);
    });
    if (twice.length > 0) throw DomainError.fromIssues('reference.duplicate', twice);
    checkKeepable(kind, rows, true);
    const index = rows.findIndex((row) => this.table(kind).has(row.id));
    const taken = rows[index];
    if (taken !== undefined) throw duplicate(kind, taken.id, `$[${index}].id`, index);
    for (const row of rows) this.#insert(kind, row);
    return Promise.resolve();
  }

  /** Nothing to plan: the fake reads its maps. */
  refreshStatistics(): Promise<void> {
    return Promise.resolve();
  }

  parkReferences(refs: readonly ParkedReference[]): Promise<void> {
    this.#assertOpen();
    this.#parked.push(...refs.map((ref) => ({ ...ref })));
    return Promise.resolve();
  }

  caseJurisdictions(caseIds: readonly string[]): Promise<Map<string, string>> {
    this.#assertOpen();
    const cases = this.table('case');
    const found = new Map<string, string>();
    for (const id of caseIds) {
      const row = cases.get(id);
      if (row !== undefined) found.set(id, (row.record as RecordOf<'case'>).jurisdiction);
    }
    return Promise.resolve(found);
  }

  takeMissingReferences(
    limit: number,
    except: ReadonlyMap<RecordKind, readonly string[]> = new Map(),
  ): Promise<ParkedReference[]> {
    this.#assertOpen();
    const parked = this.#parked;
    this.#parked = [];
    const missing = parked
      .filter((ref) => !this.table(ref.kind).has(ref.id) && !(except.get(ref.kind) ?? []).includes(ref.id))
      .sort((a, b) => a.fromKind - b.fromKind || a.index - b.index);
    return Promise.resolve(missing.slice(0, limit));
  }

  #validate<K extends RecordKind>(kind: K, data: RecordOf<K>): RecordOf<K> {
    this.#assertOpen();
    const checked = checkRecord(kind, data);
    if (checked.issues !== undefined) throw DomainError.fromIssues('validation.invalid', checked.issues);
    return checked.record;
  }

  #assertOpen(): void {
    if (!this.#isOpen)
      throw new Error('this transaction has ended; write inside the work function given to run()');
  }

  /** The stored row if it is at the expected version; otherwise the store's error that says why not. */
  #expect(kind: RecordKind, id: string, expectedVersion: number): Row {
    this.#assertOpen();
    const current = this.table(kind).get(id);
    if (current === undefined) throw new DomainError('record.not_found', `${kind} ${id} does not exist`);
    if (current.version !== expectedVersion)
      throw new DomainError(
        'record.conflict',
        `${kind} ${id} was changed by someone else: expected version ${expectedVersion}, but it is at version ${current.version}; reload it and try again`,
      );
    return current;
  }

  /** Creates a record from its row; an id deleted before continues from its tombstone's version. */
  #insert(kind: RecordKind, row: RecordRow): Row {
    const json = typeof row.json === 'string' ? row.json : new TextDecoder().decode(row.json);
    const tombstones = this.#revisionsOf(kind, row.id).filter((r) => r.action === 'delete');
    const stored: Row = {
      kind,
      id: row.id,
      version: Math.max(0, ...tombstones.map((r) => r.version)) + 1,
      json,
      record: JSON.parse(json) as AnyRecord,
      createdAt: this.ctx.at,
      updatedAt: this.ctx.at,
      updatedBy: this.ctx.actor,
    };
    this.table(kind).set(row.id, stored);
    this.#revise(kind, row.id, 'create', stored.version, null, json);
    return stored;
  }

  #revisionsOf(kind: RecordKind, id: string): RevisionRow[] {
    return this.working.state.revisions.filter((r) => r.kind === kind && r.recordId === id);
  }

  #revise(
    kind: RecordKind,
    recordId: string,
    action: Revision['action'],
    version: number,
    before: string | null,
    after: string | null,
  ): void {
    const revisions = this.working.state.revisions;
    revisions.push({
      seq: (revisions.at(-1)?.seq ?? 0) + 1,
      txId: this.ctx.txId,
      actor: this.ctx.actor,
      at: this.ctx.at,
      ...(this.ctx.reason !== undefined ? { reason: this.ctx.reason } : {}),
      kind,
      recordId,
      action,
      version,
      before,
      after,
    });
  }
}

function duplicate(kind: RecordKind, id: string, path: string, row?: number): DomainError {
  const message = `${kind} ${id} already exists`;
  return new DomainError('reference.duplicate', message, [
    { code: 'reference.duplicate', message, path, ...(row !== undefined ? { row } : {}) },
  ]);
}

/** How to make a fake store: its clock and transaction ids, fixed for deterministic tests unless given. */
export interface MemoryStoreOptions {
  clock?: Clock;
  newId?: () => string;
}

/** The fake, with what tests may also want to look at: every revision of every record, in order. */
export interface MemoryStore extends Store {
  revisions(): Revision[];
}

/**
 * An in-memory Store: units of work run one at a time (as on SQLite), each on a copy of the state that replaces
 * it when the work succeeds and is dropped when it throws; reads outside see only what was committed.
 */
export function createMemoryStore(options: MemoryStoreOptions = {}): MemoryStore {
  let tick = Date.parse('2024-01-01T00:00:00.000Z');
  const clock = options.clock ?? { now: () => new Date((tick += 1000) - 1000).toISOString() };
  let ids = 0;
  const newId = options.newId ?? (() => `tx-${++ids}`);
  let committed = emptyState();
  let tail: Promise<unknown> = Promise.resolve();

  const transact = async <T>(actor: Actor, work: (tx: Transaction) => Promise<T>, reason?: string) => {
    const working = { state: copyState(committed) };
    const tx = new MemoryTransaction(working, { txId: newId(), actor: actor.id, at: clock.now(), reason });
    try {
      const result = await work(tx);
      committed = working.state;
      return result;
    } finally {
      tx.close();
    }
  };

  return {
    dialect: 'sqlite',
    reader: new MemoryReader(() => committed),
    run(actor, work, runOptions) {
      const result = tail.then(() => transact(actor, work, runOptions?.reason));
      tail = result.catch(() => undefined);
      return result;
    },
    snapshot(work) {
      const frozen = copyState(committed);
      return work(new MemoryReader(() => frozen));
    },
    revisions: () => committed.revisions.map(toRevision),
    accounts: NO_ACCOUNTS,
    close: () => Promise.resolve(),
  };
}
