import type { Kysely } from 'kysely';
import type { ParkedReference, Stored, Transaction } from '../core/ports.ts';
import { DomainError } from '../core/errors.ts';
import type { RecordKind, RecordOf } from '../core/record/record-kinds.ts';
import { checkKeepable, checkRecord } from './record-validation.ts';
import { toRecordRow, type RecordRow } from '../core/record/record-row.ts';
import { tableOf } from './record-rows.ts';
import { SEARCH_TABLES } from './search/search-tables.ts';
import { clearDerived, writeDerived } from './derived-tables.ts';
import { insertRecords } from './record-inserts.ts';
import { lastVersion, writeRevisions } from './revisions.ts';
import { writeMany, writeRows } from './record-bulk.ts';
import { createParkingTable, parkReferences, takeMissing } from './parked-references.ts';
import type { Database, RecordTable } from './schema.ts';
import { DuplicateKeyError, type StoreDialect } from './store-dialect.ts';
import type { WriteContext } from './write-context.ts';
import { ID_CHUNK, RecordReadRepository } from './record-read.repository.ts';

/** Writes records inside one open transaction, each with its revision; built by the unit of work. */
export class RecordRepository extends RecordReadRepository implements Transaction {
  #hasTransactionRow = false;
  #isOpen = true;
  #hasParkingTable = false;

  constructor(
    db: Kysely<Database>,
    private readonly dialect: StoreDialect,
    private readonly ctx: WriteContext,
  ) {
    super(db, dialect.jsonElements);
  }

  /** Called by the unit of work when its transaction ends; later writes through this object are refused. */
  close(): void {
    this.#isOpen = false;
  }

  /** Inside the transaction, through the dialect's one-statement lookup (the import asks this a lot). */
  override existing(kind: RecordKind, ids: readonly string[]): Promise<string[]> {
    return this.dialect.existingIds(this.db, tableOf(kind), ids);
  }

  async create<K extends RecordKind>(kind: K, data: RecordOf<K>): Promise<Stored<K>> {
    const record = this.#validate(kind, data);
    const existing = await this.#current(kind, record.id);
    if (existing !== undefined) throw duplicate(kind, record.id);
    const prepared = toRecordRow(kind, record);
    checkKeepable(kind, [prepared], false);
    await this.#begin();
    let versions: number | number[];
    try {
      versions = await insertRecords(this.db, this.dialect, this.ctx, kind, [prepared]);
    } catch (error) {
      if (error instanceof DuplicateKeyError) throw duplicate(kind, record.id, error);
      throw error;
    }
    const version = typeof versions === 'number' ? versions : (versions[0] ?? 1);
    return {
      kind,
      id: record.id,
      version,
      data: record,
      createdAt: this.ctx.at,
      updatedAt: this.ctx.at,
      updatedBy: this.ctx.actor,
    };
  }

  async update<K extends RecordKind>(
    kind: K,
    data: RecordOf<K>,
    expectedVersion: number,
  ): Promise<Stored<K>> {
    const record = this.#validate(kind, data);
    const current = await this.#expect(kind, record.id, expectedVersion);
    await this.#begin();
    const prepared = toRecordRow(kind, record);
    checkKeepable(kind, [prepared], false);
    const json = prepared.json;
    const version = expectedVersion + 1;
    const result = await this.db
      .updateTable(tableOf(kind))
      .set({
        case_id: prepared.caseId,
        version,
        data: json,
        visibility: prepared.visibility,
        updated_at: this.ctx.at,
        updated_by: this.ctx.actor,
      })
      .where('id', '=', record.id)
      .where('version', '=', expectedVersion)
      .executeTakeFirst();
    if (result.numUpdatedRows === 0n) throw await this.#conflict(kind, record.id, expectedVersion);
    await this.#clearDerived(kind, record.id);
    await this.#writeDerived(kind, prepared);
    await this.#revise(kind, record.id, 'update', version, current.data, json);
    return {
      kind,
      id: record.id,
      version,
      data: record,
      createdAt: current.created_at,
      updatedAt: this.ctx.at,
      updatedBy: this.ctx.actor,
    };
  }

  async remove(kind: RecordKind, id: string, expectedVersion: number): Promise<void> {
    const current = await this.#expect(kind, id, expectedVersion);
    await this.#begin();
    await this.#clearDerived(kind, id);
    const result = await this.db
      .deleteFrom(tableOf(kind))
      .where('id', '=', id)
      .where('version', '=', expectedVersion)
      .executeTakeFirst();
    if (result.numDeletedRows === 0n) throw await this.#conflict(kind, id, expectedVersion);
    // The deletion is the record's next version, so versions in its history only ever grow.
    await this.#revise(kind, id, 'delete', expectedVersion + 1, current.data, null);
  }

  lastVersion(kind: RecordKind, id: string): Promise<number> {
    this.#assertOpen();
    return lastVersion(this.db, kind, id);
  }

  async createMany<K extends RecordKind>(kind: K, records: readonly RecordOf<K>[]): Promise<void> {
    this.#assertOpen();
    if (records.length === 0) return;
    await this.#begin();
    await writeMany(this.db, this.dialect, this.ctx, kind, records);
  }

  async createRows(kind: RecordKind, rows: readonly RecordRow[]): Promise<void> {
    this.#assertOpen();
    if (rows.length === 0) return;
    await this.#begin();
    await writeRows(this.db, this.dialect, this.ctx, kind, rows);
  }

  /** The kinds' tables and the search index's, which their records wrote to as well. */
  refreshStatistics(kinds: readonly RecordKind[]): Promise<void> {
    return this.dialect.analyze(this.db, [...[...new Set(kinds)].map(tableOf), ...SEARCH_TABLES]);
  }

  async parkReferences(refs: readonly ParkedReference[]): Promise<void> {
    this.#assertOpen();
    if (!this.#hasParkingTable) await createParkingTable(this.db);
    this.#hasParkingTable = true;
    await parkReferences(this.db, this.dialect, refs);
  }

  async caseJurisdictions(caseIds: readonly string[]): Promise<Map<string, string>> {
    this.#assertOpen();
    const found = new Map<string, string>();
    for (let i = 0; i < caseIds.length; i += ID_CHUNK) {
      const chunk = caseIds.slice(i, i + ID_CHUNK);
      for (const [id, jurisdiction] of await this.dialect.jsonField(this.db, 'cases', 'jurisdiction', chunk))
        found.set(id, jurisdiction);
    }
    return found;
  }

  async takeMissingReferences(
    limit: number,
    except: ReadonlyMap<RecordKind, readonly string[]> = new Map(),
  ): Promise<ParkedReference[]> {
    this.#assertOpen();
    if (!this.#hasParkingTable) return [];
    this.#hasParkingTable = false;
    return takeMissing(this.db, limit, except);
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

  #current(kind: RecordKind, id: string): Promise<RecordTable | undefined> {
    return this.db.selectFrom(tableOf(kind)).selectAll().where('id', '=', id).executeTakeFirst();
  }

  /** The stored row if it is at the expected version; otherwise the error that says why not. */
  async #expect(kind: RecordKind, id: string, expectedVersion: number): Promise<RecordTable> {
    this.#assertOpen();
    const current = await this.#current(kind, id);
    if (current === undefined) throw notFound(kind, id);
    if (current.version !== expectedVersion) throw conflict(kind, id, expectedVersion, current.version);
    return current;
  }

  async #conflict(kind: RecordKind, id: string, expectedVersion: number): Promise<DomainError> {
    const current = await this.#current(kind, id);
    return current === undefined ? notFound(kind, id) : conflict(kind, id, expectedVersion, current.version);
  }

  /** Writes the transaction's row on its first write, so a unit of work that writes nothing leaves no trace. */
  async #begin(): Promise<void> {
    if (this.#hasTransactionRow) return;
    await this.db
      .insertInto('transactions')
      .values({ tx_id: this.ctx.txId, actor: this.ctx.actor, at: this.ctx.at, reason: this.ctx.reason })
      .execute();
    this.#hasTransactionRow = true;
  }

  /** One revision, through the revision writer every write path shares. */
  #revise(
    kind: RecordKind,
    id: string,
    action: 'update' | 'delete',
    version: number,
    before: string,
    after: string | null,
  ): Promise<void> {
    return writeRevisions(this.db, this.dialect, this.ctx, {
      kind,
      action,
      ids: [id],
      versions: version,
      before: [before],
      after: after === null ? null : [after],
    });
  }

  #clearDerived(kind: RecordKind, id: string): Promise<void> {
    return clearDerived(this.db, kind, id);
  }

  #writeDerived(kind: RecordKind, row: RecordRow): Promise<void> {
    return writeDerived(this.db, this.dialect, kind, [row]);
  }
}

function duplicate(kind: RecordKind, id: string, cause?: unknown): DomainError {
  const message = `${kind} ${id} already exists`;
  return new DomainError(
    'reference.duplicate',
    message,
    [{ code: 'reference.duplicate', message, path: '$.id' }],
    { cause },
  );
}

function notFound(kind: RecordKind, id: string): DomainError {
  return new DomainError('record.not_found', `${kind} ${id} does not exist`);
}

function conflict(kind: RecordKind, id: string, expected: number, actual: number): DomainError {
  return new DomainError(
    'record.conflict',
    `${kind} ${id} was changed by someone else: expected version ${expected}, but it is at version ${actual}; reload it and try again`,
  );
}
