import { setTimeout as sleep } from 'node:timers/promises';
import type BetterSqlite3 from 'better-sqlite3';
import type { DatabaseConnection } from 'kysely';
import { DomainError } from '../core/errors.ts';

/** How a write waits while another process writes to the same SQLite file. */
export interface WriteLockWait {
  /** The longest wait, in milliseconds; after it the write fails with 'store.busy'. */
  timeoutMs: number;
  /** Told once per write that has to wait, as it starts waiting (a terminal says so). */
  onWait?: (() => void) | undefined;
}

/** How often a waiting write tries again. */
const POLL_MS = 100;

const BEGIN_WRITE = /^\s*begin\s+immediate\b/i;

/**
 * For `SqliteDialect`'s `onCreateConnection`: the connection's `begin immediate` (every unit of work, and the
 * upgrade on opening) waits for SQLite's write lock without blocking the thread. SQLite's own busy timeout
 * would hold the whole process in the driver, silent, and end in 'database is locked'; here each try does
 * not wait at all, the waiter is told once, and after `timeoutMs` the write fails with 'store.busy', which
 * says to retry. Other statements are untouched: once a transaction holds the lock, nothing else waits.
 */
export function waitForWriteLock(
  database: BetterSqlite3.Database,
  file: string,
  wait: WriteLockWait,
): (connection: DatabaseConnection) => Promise<void> {
  return (connection) => {
    const execute = connection.executeQuery.bind(connection);
    connection.executeQuery = async (query) => {
      if (!BEGIN_WRITE.test(query.sql)) return execute(query);
      const deadline = Date.now() + wait.timeoutMs;
      let isWaiting = false;
      for (;;) {
        try {
          return await withoutBusyTimeout(database, () => execute(query));
        } catch (error) {
          if (!isBusy(error)) throw error;
          if (Date.now() >= deadline) throw busyError(file, wait.timeoutMs, error);
          if (!isWaiting) wait.onWait?.();
          isWaiting = true;
        }
        await sleep(POLL_MS);
      }
    };
    return Promise.resolve();
  };
}

/** Runs a statement with SQLite's busy timeout off, so that it fails at once instead of blocking the thread. */
async function withoutBusyTimeout<T>(database: BetterSqlite3.Database, run: () => Promise<T>): Promise<T> {
  const before = database.pragma('busy_timeout', { simple: true }) as number;
  database.pragma('busy_timeout = 0');
  try {
    return await run();
  } finally {
    database.pragma(`busy_timeout = ${before}`);
  }
}

function isBusy(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('SQLITE_BUSY');
}

function busyError(file: string, timeoutMs: number, cause: unknown): DomainError {
  const waited = timeoutMs >= 1000 ? `${Math.round(timeoutMs / 1000)} s` : `${timeoutMs} ms`;
  return new DomainError(
    'store.busy',
    `the database ${file} was still busy with another write after ${waited}; retry when that write has finished`,
    [],
    { cause },
  );
}
