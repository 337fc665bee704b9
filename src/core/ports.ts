import type { AccountStore } from './accounts/account-ports.ts';
import type { Actor } from './actor.ts';
import type { Visibility } from './common/visibility.ts';
import type { CustodyDetails } from './document/custody-details.ts';
import type { RecordKind, RecordOf } from './record/record-kinds.ts';
import type { RecordRow } from './record/record-row.ts';
import type { SearchIndex, SearchIndexMaintenance } from './search/search.ts';

/** The time source; injected so tests are deterministic. */
export interface Clock {
  /** An ISO 8601 instant (UTC). */
  now(): string;
}

/** A stored file as the blob store names it: the SHA-256 of its bytes (64 lowercase hex digits) and its size. */
export interface BlobRef {
  sha256: string;
  size: number;
}

/** What re-hashing a stored file found: the same bytes, other bytes, or no file at all. */
export type BlobCheck = 'ok' | 'changed' | 'missing';

/**
 * Original files kept unchanged as evidence, addressed by the SHA-256 of their bytes (so an S3-compatible store
 * can follow the folder one). A file is written once and never overwritten: the same bytes put twice are one file.
 */
export interface BlobStore {
  /**
   * Keeps the bytes unless a file with their digest is there already; `isNew` says whether this call wrote it
   * (only then may a failed add `delete` it). With `expectedSha256`, bytes of another digest are refused.
   */
  put(bytes: Uint8Array, expectedSha256?: string): Promise<BlobRef & { isNew: boolean }>;
  /** The bytes of a stored file, or undefined when there is none. */
  get(sha256: string): Promise<Uint8Array | undefined>;
  has(sha256: string): Promise<boolean>;
  /** The size in bytes of a stored file, or undefined when there is none. */
  size(sha256: string): Promise<number | undefined>;
  /** Removes a file that an add wrote (`isNew`) and then failed before its commit; never for a committed one. */
  delete(sha256: string): Promise<void>;
  /** Re-hashes each named file: `ok`, `changed` (its bytes no longer have its digest) or `missing`. */
  verify(sha256s: readonly string[]): Promise<{ sha256: string; status: BlobCheck }[]>;
}

/** How far the reading of a stored file's text has come; 'none' for a file with no text to read (a video). */
export type TextStatus = 'pending' | 'reading' | 'done' | 'failed' | 'none';

/** A file in the content-addressed store as the database knows it, with the state of its text. */
export interface StoredFileInfo {
  sha256: string;
  size: number;
  mediaType: string;
  addedAt: string;
  addedBy: string;
  textStatus: TextStatus;
  pageCount?: number;
  pagesDone: number;
  /** Why the text is missing or partial (OCR unavailable, a page that failed). */
  textNote?: string;
}

/** One page's text and how it was read: the file's text layer, OCR, or not at all. */
export interface DocumentPage {
  page: number;
  text: string;
  method: 'text' | 'ocr' | 'none';
}

/** What a link in a chain of custody records. */
export type CustodyAction = 'added' | 'exported' | 'verified' | 'verify_failed' | 'text_read';

/** One link in a stored file's chain of custody: who did what with it, when, from where. */
export interface CustodyEvent {
  seq: number;
  sha256: string;
  /** The document (source record) it concerns; none for what concerns the file itself (verified, text_read). */
  sourceId?: string;
  action: CustodyAction;
  actor: string;
  at: string;
  origin?: string;
  /** What it concerns, as data each reader's language words (since 0007). */
  details?: CustodyDetails;
  /** What events recorded before 0007 say of it, in the server's English words; kept as written. */
  detail?: string;
}

/** Reads the stored files, their pages and their chain of custody. Unscoped: the document service decides who. */
export interface DocumentFileReader {
  file(sha256: string): Promise<StoredFileInfo | undefined>;
  /** Every stored file, by digest (what `verify` re-hashes); only those whose text is in one of `statuses`. */
  files(statuses?: readonly TextStatus[]): Promise<StoredFileInfo[]>;
  /** The pages from `from` to `to` (both included) that have text rows, in order. */
  pages(sha256: string, from: number, to: number): Promise<DocumentPage[]>;
  /** The events of a file that concern it or the document `sourceId`, oldest first. */
  custody(sha256: string, sourceId?: string): Promise<CustodyEvent[]>;
}

/** Writes stored files' rows, pages and custody inside a unit of work (its actor and time stamp the events). */
export interface DocumentFileWriter extends DocumentFileReader {
  /** Adds the file's row unless it exists; true when this call added it. */
  addFile(file: Omit<StoredFileInfo, 'addedAt' | 'addedBy' | 'pagesDone'>): Promise<boolean>;
  /** Sets the state of a file's text; fields not given stay as they are. */
  setText(
    sha256: string,
    state: { status?: TextStatus; pageCount?: number; pagesDone?: number; note?: string | null },
  ): Promise<void>;
  /** Replaces the text of these pages. */
  putPages(sha256: string, pages: readonly DocumentPage[]): Promise<void>;
  /** Appends an event, by the unit of work's actor at its time. */
  addCustody(event: {
    sha256: string;
    sourceId?: string;
    action: CustodyAction;
    origin?: string;
    details?: CustodyDetails;
    /** Words as older versions wrote them; new events carry `details`. */
    detail?: string;
  }): Promise<void>;
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

/**
 * Whom a read is for, as the database filters it: the visibilities the reader may read, and the principals
 * ('user:NAME', 'group:NAME') that open a restricted record to a reader it names in its `readers`.
 * Built by the access policy (core/access) from the acting user; the store only applies it, in SQL.
 */
export interface ReadScope {
  visibilities: readonly Visibility[];
  principals: readonly string[];
}

/** Filters for listing records; with a scope, only the records it reaches are returned (filtered in SQL). */
export interface ListQuery {
  case?: string;
  /** Records of any of these cases (at most a few hundred at a time): what a check across many cases reads. */
  cases?: readonly string[];
  ids?: readonly string[];
  limit?: number;
  after?: string;
  scope?: ReadScope;
}

/** Where a sorted list goes on: after the record with this sort key and id (keyset paging, no ceiling). */
export interface SortCursor {
  key: string;
  id: string;
}

/** A record found by a sorted search, with the key it was sorted on (the cursor of the next page). */
export interface SortedId {
  id: string;
  key: string;
}

/** The orders a case list can be sorted in: by id, title, opening (or first charge step), last change. */
export type CaseSort = 'id' | 'title' | 'opened' | 'changed';
/** The orders a person list can be sorted in: by id, first written name, last change. */
export type PersonSort = 'id' | 'name' | 'changed';

/** A page of a sorted search: its order, where it goes on, and how many at most. */
export interface SortedPage<S extends string> {
  sort: S;
  direction: 'asc' | 'desc';
  after?: SortCursor;
  limit: number;
}

/**
 * Which cases a list asks for, every filter applied by the database within the reader's scope: records the
 * reader may not read (a restricted charge, measure, person or organisation) never make a case match.
 */
export interface CaseSearch extends SortedPage<CaseSort> {
  jurisdiction?: string;
  /** A charge under this article (and part, when given); current charges only unless `isArticleEver`. */
  article?: { article: string; part?: string };
  /** Also charges that were reclassified, merged, split or dropped. */
  isArticleEver?: boolean;
  /** A restraint measure of this kind; only those not recorded as ended or changed unless `isMeasureEver`. */
  measure?: string;
  isMeasureEver?: boolean;
  /** A participant affiliated with the organisation, or the organisation an authority of the case. */
  organisation?: string;
  /** A person taking part (with `role`, when given). */
  person?: string;
  role?: string;
  /** The case's opening day (or its first charge step's) on or after / on or before, as ISO days. */
  openedFrom?: string;
  openedTo?: string;
  /** Only cases that can have a defendant in a status today (a necessary condition, not the status itself). */
  statusHint?: StatusHint;
}

/**
 * What a case needs for one of its defendants to be in a status today, as far as the database can tell without
 * the facts: a measure of these kinds not certainly ended before `today`, a decision, a recorded release or a
 * decision, or any measure. The facts then decide, for the cases that pass (core/case/case-search.service.ts).
 */
export type StatusHint =
  | { kind: 'live_measure'; today: string; kinds?: readonly string[]; exceptKinds?: readonly string[] }
  | { kind: 'decision' }
  | { kind: 'release_or_decision' }
  | { kind: 'measure' };

/** Which persons a list asks for, filtered by the database within the reader's scope. */
export interface PersonSearch extends SortedPage<PersonSort> {
  /** One of their names contains it (folded, as `findPersonsByName`). */
  name?: string;
  /** Affiliated with this organisation. */
  organisation?: string;
  /** Taking part in a case (one the reader may read) with this role. */
  role?: string;
}

/**
 * Reads records of every kind. Without a scope a read sees everything: only the session (core/access) and
 * the unit of work's own checks read so; every edge reads through a session.
 */
export interface RecordReader {
  get<K extends RecordKind>(kind: K, id: string, scope?: ReadScope): Promise<Stored<K> | undefined>;
  list<K extends RecordKind>(kind: K, query?: ListQuery): Promise<Stored<K>[]>;
  /** How many records of a case-scoped kind in the case lie outside the scope: what is withheld from a reader. */
  countOutside(kind: RecordKind, caseId: string, scope: ReadScope): Promise<number>;
  /** Which of these ids have a record of the kind (in no particular order): cheap, no record is read. */
  existing(kind: RecordKind, ids: readonly string[]): Promise<string[]>;
  count(kind: RecordKind): Promise<number>;
  /** The records (any kind, none left out) that refer to this one, ordered by kind and id. */
  referrers(kind: RecordKind, id: string): Promise<{ kind: RecordKind; id: string }[]>;
  /** Ids of persons (within the scope, if given) one of whose names contains the text (case-insensitive). */
  findPersonsByName(text: string, scope?: ReadScope): Promise<string[]>;
  /** Ids of cases (within the scope, if given) where the person takes part with the role. */
  casesOfPerson(personId: string, role?: string, scope?: ReadScope): Promise<string[]>;
  /** A page of case ids (within the scope, if given) that match a search, in its order. */
  findCases(search: CaseSearch, scope?: ReadScope): Promise<SortedId[]>;
  /** A page of person ids (within the scope, if given) that match a search, in its order. */
  findPersons(search: PersonSearch, scope?: ReadScope): Promise<SortedId[]>;
  /** The jurisdictions of the cases (within the scope, if given), each with how many cases it has, by code. */
  jurisdictionCounts(scope?: ReadScope): Promise<{ code: string; cases: number }[]>;
  history(kind: RecordKind, id: string): Promise<Revision[]>;
  /**
   * The sequence number of the last revision committed (0 before any): it changes with every write of any
   * record, so what was computed from the records at one value still holds while it stays the same.
   */
  lastChange(): Promise<number>;
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
  /** The id of the record the reference is in, so an issue can name it. */
  fromId?: string;
}

/** Writes records; each write records its revision in the same transaction. */
export interface RecordWriter extends RecordReader {
  create<K extends RecordKind>(kind: K, data: RecordOf<K>): Promise<Stored<K>>;
  /** Replaces a record if its stored version is still `expectedVersion`; else throws 'record.conflict'. */
  update<K extends RecordKind>(kind: K, data: RecordOf<K>, expectedVersion: number): Promise<Stored<K>>;
  /** Deletes a record: its last revision keeps what it was (a tombstone), so it can be restored. */
  remove(kind: RecordKind, id: string, expectedVersion: number): Promise<void>;
  /**
   * The version a record of this id last had, also after its deletion (its tombstone's version); 0 when it
   * never existed. A record created again continues from it, so versions in a history only ever grow.
   */
  lastVersion(kind: RecordKind, id: string): Promise<number>;
}

/** The import's own port: writes many rows at once, and parks references until the end of the transaction. */
export interface BulkWriter {
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
  /**
   * Tells the database's query planner what this transaction has written to the tables of these kinds, so
   * reads that follow in it plan on the true number of rows (a bulk write leaves the planner's figures stale).
   */
  refreshStatistics(kinds: readonly RecordKind[]): Promise<void>;
}

/** What a unit of work writes through: single records and, for imports, the bulk port. */
export interface Transaction extends RecordWriter, BulkWriter {
  /** The stored files, pages and custody, in the same transaction; absent in stores without them (the test fake). */
  readonly documents?: DocumentFileWriter;
}

/** Runs work in one transaction attributed to an actor: all of it lands, or none of it. */
export interface UnitOfWork {
  run<T>(actor: Actor, work: (tx: Transaction) => Promise<T>, options?: { reason?: string }): Promise<T>;
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
  /** The accounts: users, their sign-in sessions and API tokens, login attempts (core/accounts). */
  readonly accounts: AccountStore;
  /** The search index over the records (core/search/search.ts); absent in stores without one (the test fake). */
  readonly search?: SearchIndex & SearchIndexMaintenance;
  /** The stored files, their pages and custody (core/document); absent in stores without them (the test fake). */
  readonly documents?: DocumentFileReader;
  close(): Promise<void>;
}
