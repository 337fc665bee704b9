import type { ColumnDataType, ColumnDefinitionBuilder } from 'kysely';

/** The few column definitions SQL does not share, supplied by sqlite.ts and postgres.ts to the migrations. */
export interface MigrationDialect {
  /** The type and modifiers of an ever-increasing row number (revisions.seq). */
  sequenceType: ColumnDataType;
  sequence(column: ColumnDefinitionBuilder): ColumnDefinitionBuilder;
  /** Keys sort bytewise on both databases, whatever the server's locale. */
  key(column: ColumnDefinitionBuilder): ColumnDefinitionBuilder;
}
