import { Migrator, type Kysely, type Migration, type MigrationProvider } from 'kysely';
import { initialMigration } from './0001-initial.ts';
import type { MigrationDialect } from './migration-dialect.ts';

/** Every migration, in order, defined in code so a build carries them (no files read at run time). */
export function migrationsFor(dialect: MigrationDialect): Record<string, Migration> {
  return { '0001-initial': initialMigration(dialect) };
}

/** Brings the schema up to date; running it again does nothing. */
export async function migrateToLatest(db: Kysely<unknown>, dialect: MigrationDialect): Promise<void> {
  const provider: MigrationProvider = { getMigrations: () => Promise.resolve(migrationsFor(dialect)) };
  const { error, results } = await new Migrator({ db, provider }).migrateToLatest();
  if (error !== undefined) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? '(unknown)';
    const reason = error instanceof Error ? error.message : JSON.stringify(error);
    throw new Error(`migration ${failed} failed: ${reason}`, { cause: error });
  }
}
