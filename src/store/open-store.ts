import { resolve } from 'node:path';
import type { Store } from '../core/ports.ts';
import { openPostgresStore } from './postgres.ts';
import { openSqliteStore } from './sqlite.ts';

/** Where the SQLite database lives when CASEWATCH_DB does not say. */
export const DEFAULT_SQLITE_FILE = './data/casewatch.db';

/**
 * Opens the store the environment names: PostgreSQL when DATABASE_URL is set, else SQLite at CASEWATCH_DB
 * (default ./data/casewatch.db, its folder created). Either way the schema is migrated on open.
 */
export function openStore(env: NodeJS.ProcessEnv = process.env): Promise<Store> {
  const url = env.DATABASE_URL?.trim();
  if (url) return openPostgresStore({ url });
  const file = env.CASEWATCH_DB?.trim() || DEFAULT_SQLITE_FILE;
  return openSqliteStore({ file: file === ':memory:' ? file : resolve(file) });
}
