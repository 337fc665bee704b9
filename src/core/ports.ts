import type { Actor } from './actor.ts';
import type { RecordKind, RecordOf } from './record/record-kinds.ts';
import type { RecordRow } from './record/record-row.ts';

/** The time source; injected so tests are deterministic. */
export interface Clock {
  /** An ISO 8601 instant (UTC). */
  now(): string;
}

/** A record as stored: its data plus the version used to detect concurrent edits. */
export interface Stored<K extends RecordKind> {
  kind: K;
  id: string;
  version: number;
  data: RecordOf<K>;
  createdAt: string;
  updatedAt: string;
  updatedBy: string;
}

/** One entry of the history: who changed what, when, and what it was before and after. */
export interface Revision {
  seq: number;
  txId: string;
  actor: string;
  at: string;
  reason?: string;
  kind: RecordKind;
  recordId: string;
  action: 'create' | 'update' | 'delete';
  version: number;
  before: unknown;
  after: unknown;
}

/** Filters for listing records. */
export interface ListQuery {
  case?: string;
  ids?: readonly string[];
  limit?: number;
  after?: string;
}

/** Reads records of every kind. */
export interface RecordReader {
  get<K extends RecordKind>(kind: K, id: string): Promise<Stored<K> | undefined>;
  list<K extends RecordKind>(kind: K, query?: ListQuery): Promise<Stored<K>[]>;
  /** Which of these ids have a record of the kind (in no particular order): cheap, no record is read. */
  existing(kind: RecordKind, ids: readonly string[]): Promise<string[]>;
  count(kind: RecordKind): Promise<number>;
  /** Ids of persons one of whose names contains the text (case-insensitive); the CLI's REF by name. */
  findPersonsByName(text: string): Promise<string[]>;
  /** Ids of cases where the person takes part with the role. */
  casesOfPerson(personId: string, role?: string): Promise<string[]>;
  history(kind: RecordKind, id: string): Promise<Revision[]>;
}

/**
 * A reference an import has not resolved yet, set aside in the database until the import ends: to the record
 * `id` of `kind`, from the record at `index` of the kind numbered `fromKind` (its place in RECORD_KIND_ORDER),
 * at the path its checker numbered `path`.
 */
export interface ParkedReference {
  kind: RecordKind;
  id: string;
  fromKind: number;
  index: number;
  path: number;
}

/** Writes records; each write records its revision in the same transaction. */
export interface RecordWriter extends RecordReader {
  create<K extends RecordKind>(kind: K, data: RecordOf<K>): Promise<Stored<K>>;
  /** Replaces a record if its stored version is still `expectedVersion`; else throws 'record.conflict'. */
  update<K extends RecordKind>(kind: K, data: RecordOf<K>, expectedVersion: number): Promise<Stored<K>>;
  remove(kind: RecordKind, id: string, expectedVersion: number): Promise<void>;
  /**
   * Creates many records at once; revisions are still written, one per record. Every record is checked with
   * its kind's schema first. Ids given twice, or that already exist, are refused.
   */
  createMany<K extends RecordKind>(kind: K, records: readonly RecordOf<K>[]): Promise<void>;
  /**
   * The import's path: creates records from rows that `toRecordRow` made of records which passed their kind's
   * schema (`prepareRecord` does both), without parsing them again. Revisions are written, one per record;
   * ids given twice, or that already exist, are refused.
   */
  createRows(kind: RecordKind, rows: readonly RecordRow[]): Promise<void>;
  /**
   * Sets references aside in scratch space of this transaction, so that an import need not hold in memory the
   * references to records further on in its bundle. Nothing of it outlives the transaction.
   */
  parkReferences(refs: readonly ParkedReference[]): Promise<void>;
  /** The jurisdiction of each of these cases that exists, read without loading the cases. */
  caseJurisdictions(caseIds: readonly string[]): Promise<Map<string, string>>;
  /**
   * The parked references whose record does not exist, the first `limit` of them in file order (by `fromKind`,
   * then `index`), leaving out references to the records `except` names by kind; empties the scratch space.
   */
  takeMissingReferences(
    limit: number,
    except?: ReadonlyMap<RecordKind, readonly string[]>,
  ): Promise<ParkedReference[]>;
}

/** Runs work in one transaction attributed to an actor: all of it lands, or none of it. */
export interface UnitOfWork {
  run<T>(actor: Actor, work: (tx: RecordWriter) => Promise<T>, options?: { reason?: string }): Promise<T>;
}

/** The storage the core needs: reads outside transactions, writes inside one. */
export interface Store extends UnitOfWork {
  readonly reader: RecordReader;
  /**
   * Runs reads that must see one moment of the database (an export), in one read-only transaction: writes that
   * land meanwhile are not seen, so what is read together fits together.
   */
  snapshot<T>(work: (reader: RecordReader) => Promise<T>): Promise<T>;
  readonly dialect: 'sqlite' | 'postgres';
  close(): Promise<void>;
}
