import type { ColumnDataType, ColumnDefinitionBuilder, Kysely } from 'kysely';

/**
 * The few definitions SQL does not share, supplied by sqlite.ts and postgres.ts to the migrations. A member a
 * released migration uses is frozen with it: to change what it does, add a member for the new migration.
 */
export interface MigrationDialect {
  /** The type and modifiers of an ever-increasing row number (revisions.seq). */
  sequenceType: ColumnDataType;
  sequence(column: ColumnDefinitionBuilder): ColumnDefinitionBuilder;
  /** Keys sort bytewise on both databases, whatever the server's locale. */
  key(column: ColumnDefinitionBuilder): ColumnDefinitionBuilder;
  /**
   * Since 0002: turns a record table's `data` column from JSON text into the database's JSON type (PostgreSQL:
   * jsonb). Undefined where records stay JSON text (SQLite).
   */
  convertDataToJson?: (db: Kysely<unknown>, table: string) => Promise<void>;
  /**
   * Since 0004: the full-text part of the search index over `search_entries` (SQLite: an FTS5 table kept by
   * triggers; PostgreSQL: a tsvector column with its GIN index, and pg_trgm for titles).
   */
  createSearchText?: (db: Kysely<unknown>) => Promise<void>;
  /** Since 0004: fills the search index from the records there are, by the code's current rules. */
  fillSearchIndex?: (db: Kysely<unknown>) => Promise<void>;
  /**
   * Since 0010 (and 0011): brings the full-text part in step with `search_entries` after their terms (0011: their
   * ids) were rewritten in place (SQLite: the FTS5 table rebuilt from its content; PostgreSQL: nothing, the
   * tsvector is a generated column).
   */
  refreshSearchText?: (db: Kysely<unknown>) => Promise<void>;
  /** Since 0005: fills `record_references` from the records there are (the store's own reading of them). */
  fillRecordReferences?: (db: Kysely<unknown>) => Promise<void>;
}
