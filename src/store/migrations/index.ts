import { Migrator, sql, type Kysely, type Migration, type MigrationProvider } from 'kysely';
import { DomainError } from '../../core/errors.ts';
import { initialMigration } from './0001-initial.ts';
import { readersAndJsonbMigration } from './0002-readers-and-jsonb.ts';
import { accountsMigration } from './0003-accounts.ts';
import { searchIndexMigration } from './0004-search-index.ts';
import { recordReferencesMigration } from './0005-record-references.ts';
import { documentsMigration } from './0006-documents.ts';
import { custodyDetailsMigration } from './0007-custody-details.ts';
import { searchFacetsSeenMigration } from './0008-search-facets-seen.ts';
import { listOrderMigration } from './0009-list-order.ts';
import { searchSegmentsMigration } from './0010-search-segments.ts';
import { searchSegmentRangesMigration } from './0011-search-segment-ranges.ts';
import type { MigrationDialect } from './migration-dialect.ts';

/** Where Kysely records the migrations a database has had. */
const MIGRATION_TABLE = 'kysely_migration';

/** Every migration, in order, defined in code so a build carries them (no files read at run time). */
export function migrationsFor(dialect: MigrationDialect): Record<string, Migration> {
  return {
    '0001-initial': initialMigration(dialect),
    '0002-readers-and-jsonb': readersAndJsonbMigration(dialect),
    '0003-accounts': accountsMigration(dialect),
    '0004-search-index': searchIndexMigration(dialect),
    '0005-record-references': recordReferencesMigration(dialect),
    '0006-documents': documentsMigration(dialect),
    '0007-custody-details': custodyDetailsMigration(),
    '0008-search-facets-seen': searchFacetsSeenMigration(),
    '0009-list-order': listOrderMigration(),
    '0010-search-segments': searchSegmentsMigration(dialect),
    '0011-search-segment-ranges': searchSegmentRangesMigration(dialect),
  };
}

/** What an upgrade did: the migrations it applied now (none when up to date), and the schema it left. */
export interface MigrationReport {
  applied: string[];
  /** The last migration the database has had. */
  current: string;
}

/** The migrations a database has had, by name; none for a new database. Reads only. */
async function appliedMigrations(db: Kysely<unknown>): Promise<string[]> {
  const tables = await db.introspection.getTables({ withInternalKyselyTables: true });
  if (!tables.some((t) => t.name === MIGRATION_TABLE)) return [];
  const { rows } = await sql<{ name: string }>`select name from ${sql.table(MIGRATION_TABLE)}`.execute(db);
  return rows.map((r) => r.name).sort();
}

/**
 * Refuses a database that a newer Casewatch has upgraded (it names a migration this code does not know),
 * before anything is written to it: this code would misread what it does not know of.
 */
export async function assertNotNewer(db: Kysely<unknown>, dialect: MigrationDialect): Promise<string[]> {
  const known = Object.keys(migrationsFor(dialect));
  const had = await appliedMigrations(db);
  const unknown = had.filter((name) => !known.includes(name));
  if (unknown.length > 0) {
    const newest = unknown[unknown.length - 1] ?? '';
    throw new DomainError(
      'store.too_new',
      `this database was upgraded by a newer Casewatch: its schema is at ${newest}, and this Casewatch knows ` +
        `migrations up to ${known[known.length - 1] ?? '(none)'} only (unknown: ${unknown.join(', ')}). ` +
        'Upgrade Casewatch to open it; the database was left as it is.',
    );
  }
  return had;
}

/**
 * What an upgrade would do, read without writing or locking: undefined when the database needs migrations (or
 * is new), else the report of an up-to-date database. A newer database is refused here too.
 */
export async function upToDate(
  db: Kysely<unknown>,
  dialect: MigrationDialect,
): Promise<MigrationReport | undefined> {
  const had = await assertNotNewer(db, dialect);
  const names = Object.keys(migrationsFor(dialect));
  const isCurrent = names.every((name) => had.includes(name));
  return isCurrent ? { applied: [], current: names[names.length - 1] ?? '' } : undefined;
}

/**
 * Brings the schema up to date and says what it applied; running it again applies nothing. A database newer
 * than this code is refused first ('store.too_new'), unwritten.
 */
export async function migrateToLatest(
  db: Kysely<unknown>,
  dialect: MigrationDialect,
): Promise<MigrationReport> {
  const had = await assertNotNewer(db, dialect);
  const names = Object.keys(migrationsFor(dialect));
  const provider: MigrationProvider = { getMigrations: () => Promise.resolve(migrationsFor(dialect)) };
  const { error, results = [] } = await new Migrator({ db, provider }).migrateToLatest();
  if (error !== undefined) {
    const failed = results.find((r) => r.status === 'Error')?.migrationName ?? '(unknown)';
    const reason = error instanceof Error ? error.message : JSON.stringify(error);
    throw new Error(`migration ${failed} failed: ${reason}`, { cause: error });
  }
  const applied = results.filter((r) => r.status === 'Success').map((r) => r.migrationName);
  const current = [...had, ...applied].sort().pop() ?? names[names.length - 1] ?? '';
  return { applied, current };
}
