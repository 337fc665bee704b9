import { existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { DomainError, isDomainError } from '../core/errors.ts';
import type { Store } from '../core/ports.ts';
import type { MigrationReport } from './migrations/index.ts';
import { reasonOf } from './unavailable.ts';
import { openPostgresStore } from './postgres.ts';
import { openSqliteStore } from './sqlite.ts';

/** Where the SQLite database lives when CASEWATCH_DB does not say. */
export const DEFAULT_SQLITE_FILE = './data/casewatch.db';

/** How long a write waits for another process's write to the same SQLite file, unless CASEWATCH_LOCK_WAIT says. */
export const DEFAULT_LOCK_WAIT_SECONDS = 300;

/** What the opener of a store is told as it happens. */
export interface OpenStoreOptions {
  /** A write waits for another process's write to the same SQLite file (told once per wait). */
  onWait?: (file: string) => void;
  /** A new SQLite file was made, as none was there (told once, after it opened). */
  onCreate?: (file: string) => void;
  /** What the upgrade on opening did: the migrations it applied (`casewatch migrate` prints them). */
  onMigrated?: (report: MigrationReport) => void;
}

/**
 * Opens the store the environment names: PostgreSQL when DATABASE_URL is set, else SQLite at CASEWATCH_DB
 * (default ./data/casewatch.db, its folder created). Either way the schema is migrated on open. On SQLite a
 * write waits up to CASEWATCH_LOCK_WAIT seconds while another process writes, then fails with 'store.busy'.
 */
export async function openStore(
  env: NodeJS.ProcessEnv = process.env,
  options: OpenStoreOptions = {},
): Promise<Store> {
  const url = env.DATABASE_URL?.trim();
  if (url)
    return unavailableIfFails(`the PostgreSQL database ${withoutPassword(url)}`, () =>
      openPostgresStore({ url, onMigrated: options.onMigrated }),
    );
  const given = env.CASEWATCH_DB?.trim() || DEFAULT_SQLITE_FILE;
  const file = given === ':memory:' ? given : resolve(given);
  const timeoutMs = lockWaitSeconds(env) * 1000;
  const onWait = options.onWait;
  const isNew = file !== ':memory:' && !existsSync(file);
  const store = await unavailableIfFails(`the SQLite database ${file}`, () => {
    if (file !== ':memory:') makeFolder(dirname(file));
    return openSqliteStore({
      file,
      writeLock: { timeoutMs, onWait: onWait && (() => onWait(file)) },
      onMigrated: options.onMigrated,
    });
  });
  if (isNew) options.onCreate?.(file);
  return store;
}

/** CASEWATCH_LOCK_WAIT: whole seconds, 0 to fail at once when another process is writing. */
function lockWaitSeconds(env: NodeJS.ProcessEnv): number {
  const given = env.CASEWATCH_LOCK_WAIT?.trim();
  if (given === undefined || given === '') return DEFAULT_LOCK_WAIT_SECONDS;
  if (!/^\d{1,7}$/.test(given))
    throw new DomainError('config.invalid', `CASEWATCH_LOCK_WAIT must be whole seconds, not "${given}"`);
  return Number(given);
}

/**
 * Opens a store, or says in one line which database could not be opened and why ('store.unavailable'): a file
 * that is no database, a folder that cannot be made, a server that does not answer. Errors of our own (a
 * database newer than this code) pass as they are.
 */
async function unavailableIfFails(name: string, open: () => Promise<Store>): Promise<Store> {
  try {
    return await open();
  } catch (error) {
    if (isDomainError(error)) throw error;
    throw new DomainError('store.unavailable', `cannot open ${name}: ${reasonOf(error)}`, [], {
      cause: error,
    });
  }
}

/** A PostgreSQL URL fit to print: its password left out. */
function withoutPassword(url: string): string {
  try {
    const parsed = new URL(url);
    parsed.password = '';
    return parsed.toString();
  } catch {
    return '(DATABASE_URL)';
  }
}

/**
 * Makes the database's folder and those above it, one level at a time. Node's recursive mkdir retries forever
 * where a parent exists but refuses children (under /proc); this fails with the system's reason instead.
 */
function makeFolder(folder: string): void {
  const missing: string[] = [];
  for (let at = folder; ; at = dirname(at)) {
    const stat = statSync(at, { throwIfNoEntry: false });
    if (stat !== undefined) {
      if (!stat.isDirectory()) throw new Error(`${at} is not a folder`);
      break;
    }
    missing.unshift(at);
    if (dirname(at) === at) break;
  }
  for (const at of missing) mkdirSync(at);
}
