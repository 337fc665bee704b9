import type { Generated } from 'kysely';
import type { Collection } from '../core/record/record-kinds.ts';

/**
 * One row of a record table: the validated record as JSON plus the columns queries filter on. `data` is JSON
 * text on SQLite and jsonb on PostgreSQL, read back as its text on both (postgres.ts sets the parser).
 */
export interface RecordTable {
  id: string;
  case_id: string | null;
  version: number;
  data: string;
  visibility: string | null;
  created_at: string;
  updated_at: string;
  updated_by: string;
}

/** One written form of a person's name, folded for case- and accent-insensitive search. */
export interface PersonNameTable {
  person_id: string;
  value: string;
  folded: string;
  script: string;
  language: string;
  kind: string;
}

/** Who takes part in a case and as what; kept in step with each case write. */
export interface CaseParticipantTable {
  case_id: string;
  person_id: string;
  role: string;
}

/** A principal ('user:NAME', 'group:NAME') a restricted record is opened to; kept in step with its `readers`. */
/** One record's reference to another (since 0005): who refers to a record, for its deletion. */
export interface RecordReferenceTable {
  kind: string;
  record_id: string;
  to_kind: string;
  to_id: string;
}

export interface RecordReaderTable {
  kind: string;
  record_id: string;
  principal: string;
}

/** One unit of work: who wrote, when, and why. */
export interface TransactionTable {
  tx_id: string;
  actor: string;
  at: string;
  reason: string | null;
}

/** One record written in a unit of work, with its JSON before and after. */
export interface RevisionTable {
  seq: Generated<number>;
  tx_id: string;
  actor: string;
  at: string;
  reason: string | null;
  kind: string;
  record_id: string;
  action: 'create' | 'update' | 'delete';
  version: number;
  before: string | null;
  after: string | null;
}

/** A reference an import set aside until its end (a temporary table, gone with the transaction). */
export interface ParkedReferenceTable {
  kind: string;
  id: string;
  from_kind: number;
  from_index: number;
  path: number;
  /** The id of the record the reference is in. */
  from_id: string | null;
}

/** An account: roles and groups as JSON arrays, the password's argon2id hash; flags are 0/1. */
export interface UserTable {
  id: string;
  name: string;
  display_name: string;
  roles: string;
  groups: string;
  password_hash: string | null;
  totp_secret: string | null;
  totp_pending: string | null;
  /** The TOTP time step last used to sign in: a code is good once. */
  totp_last_step: number | null;
  is_disabled: number;
  created_at: string;
  updated_at: string;
}

/** A signed-in browser: kept by the hash of its cookie's secret. */
export interface LoginSessionTable {
  id: string;
  token_hash: string;
  user_id: string;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
  address: string | null;
  user_agent: string | null;
  revoked_at: string | null;
}

/** A script's API token: kept by the hash of its secret, scoped to a role. */
export interface ApiTokenTable {
  id: string;
  token_hash: string;
  user_id: string;
  name: string;
  role: string;
  created_at: string;
  last_used_at: string | null;
  revoked_at: string | null;
}

/** One try to sign in, counted for throttling. */
export interface LoginAttemptTable {
  seq: Generated<number>;
  at: string;
  account: string;
  address: string;
  is_success: number;
}

/** A setting of sign-in (TOTP mandatory), as text. */
export interface AccountSettingTable {
  key: string;
  value: string;
}

/** Who changed which account, when, and how. */
export interface AccountEventTable {
  seq: Generated<number>;
  at: string;
  actor: string;
  action: string;
  user_id: string | null;
  detail: string | null;
}

/** The whole database as Kysely sees it. */
export type Database = { [T in Collection]: RecordTable } & {
  person_names: PersonNameTable;
  case_participants: CaseParticipantTable;
  record_readers: RecordReaderTable;
  record_references: RecordReferenceTable;
  transactions: TransactionTable;
  revisions: RevisionTable;
  parked_references: ParkedReferenceTable;
  users: UserTable;
  login_sessions: LoginSessionTable;
  api_tokens: ApiTokenTable;
  login_attempts: LoginAttemptTable;
  account_settings: AccountSettingTable;
  account_events: AccountEventTable;
  search_records: SearchRecordTable;
  search_entries: SearchEntryTable;
  search_facets: SearchFacetTable;
  stored_files: StoredFileTable;
  document_pages: DocumentPageTable;
  custody_events: CustodyEventTable;
};

/** A file in the content-addressed store (0006), and how far the reading of its text has come. */
export interface StoredFileTable {
  sha256: string;
  /** A bigint: a string on PostgreSQL, a number on SQLite; read it through Number(). */
  size: number | string;
  media_type: string;
  added_at: string;
  added_by: string;
  text_status: 'pending' | 'reading' | 'done' | 'failed' | 'none';
  page_count: number | null;
  pages_done: number;
  text_note: string | null;
}

/** The text of one page of a stored file, read from its text layer or by OCR (0006). */
export interface DocumentPageTable {
  sha256: string;
  page: number;
  text: string;
  method: 'text' | 'ocr' | 'none';
}

/** One link in a stored file's chain of custody: who did what with it, when, from where (0006). */
export interface CustodyEventTable {
  seq: Generated<number>;
  sha256: string;
  source_id: string | null;
  action: string;
  actor: string;
  at: string;
  origin: string | null;
  /** What the event concerns, as JSON (0007): CustodyDetails. */
  details: string | null;
  /** Words older versions wrote instead. */
  detail: string | null;
}

/** A record as the search index shows a hit on it: title, case, visibility, first day (0004). */
export interface SearchRecordTable {
  kind: string;
  record_id: string;
  case_id: string | null;
  title: string;
  visibility: string;
  day: string | null;
}

/** One searchable field of a record: its text, normalised words and terms, and the field's own visibility. */
export interface SearchEntryTable {
  entry_id: Generated<number>;
  kind: string;
  record_id: string;
  case_id: string | null;
  field: string;
  is_name: number;
  visibility: string;
  text: string;
  words: string;
  terms: string;
}

/** One value a record gives a facet (article, jurisdiction, status, measure, organisation, year). */
export interface SearchFacetTable {
  kind: string;
  record_id: string;
  case_id: string | null;
  facet: string;
  value: string;
  visibility: string;
}

/**
 * A column written by the bulk path: its SQL type, and either a value per row or one value for all rows.
 * A 'utf8' column is text whose values may also come as their UTF-8 bytes (a record's JSON from the worker
 * that prepared it), stored as text all the same.
 */
export type BulkColumn = { name: string; type: 'text' | 'utf8' | 'integer' } & (
  { values: readonly unknown[]; constant?: undefined } | { values?: undefined; constant: unknown }
);

/** Rows for one table, column by column: the shape both fast paths (and PostgreSQL's unnest) want. */
export interface BulkInsert {
  table: string;
  count: number;
  /** The first column is the key named when a row collides with an existing one. */
  columns: readonly BulkColumn[];
}

/** A column with a value per row. */
export const perRow = (name: string, type: BulkColumn['type'], values: readonly unknown[]): BulkColumn => ({
  name,
  type,
  values,
});

/** A column with the same value in every row. */
export const same = (name: string, type: BulkColumn['type'], constant: unknown): BulkColumn => ({
  name,
  type,
  constant,
});
