import type { Collection } from '../core/record/record-kinds.ts';

/** One row of a record table: the validated record as JSON plus the columns queries filter on. */
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

/** One unit of work: who wrote, when, and why. */
export interface TransactionTable {
  tx_id: string;
  actor: string;
  at: string;
  reason: string | null;
}

/** One record written in a unit of work, with its JSON before and after. */
export interface RevisionTable {
  seq: number;
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

/** The whole database as Kysely sees it. */
export type Database = { [T in Collection]: RecordTable } & {
  person_names: PersonNameTable;
  case_participants: CaseParticipantTable;
  transactions: TransactionTable;
  revisions: RevisionTable;
};

/** A column written by the bulk path, with the SQL type arrays of it are cast to. */
export interface BulkColumn {
  name: string;
  type: 'text' | 'integer';
}

/** The columns of a record table, in the order bulk rows list them (the id first). */
export const RECORD_COLUMNS: readonly BulkColumn[] = [
  { name: 'id', type: 'text' },
  { name: 'case_id', type: 'text' },
  { name: 'version', type: 'integer' },
  { name: 'data', type: 'text' },
  { name: 'visibility', type: 'text' },
  { name: 'created_at', type: 'text' },
  { name: 'updated_at', type: 'text' },
  { name: 'updated_by', type: 'text' },
];

/** The columns of revisions written by the bulk path (seq is assigned by the database). */
export const REVISION_COLUMNS: readonly BulkColumn[] = [
  { name: 'record_id', type: 'text' },
  { name: 'tx_id', type: 'text' },
  { name: 'actor', type: 'text' },
  { name: 'at', type: 'text' },
  { name: 'reason', type: 'text' },
  { name: 'kind', type: 'text' },
  { name: 'action', type: 'text' },
  { name: 'version', type: 'integer' },
  { name: 'before', type: 'text' },
  { name: 'after', type: 'text' },
];

/** The columns of person_names, in bulk order. */
export const PERSON_NAME_COLUMNS: readonly BulkColumn[] = [
  { name: 'person_id', type: 'text' },
  { name: 'value', type: 'text' },
  { name: 'folded', type: 'text' },
  { name: 'script', type: 'text' },
  { name: 'language', type: 'text' },
  { name: 'kind', type: 'text' },
];

/** The columns of case_participants, in bulk order. */
export const PARTICIPANT_COLUMNS: readonly BulkColumn[] = [
  { name: 'case_id', type: 'text' },
  { name: 'person_id', type: 'text' },
  { name: 'role', type: 'text' },
];
