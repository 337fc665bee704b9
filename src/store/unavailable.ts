import { DomainError, isDomainError } from '../core/errors.ts';

/** Errors of a socket to a server that is gone, refuses, or does not answer. */
const SOCKET_CODES: ReadonlySet<string> = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EAI_AGAIN',
]);

/**
 * PostgreSQL's SQLSTATEs of a server that cannot serve: class 08 (connection exception), 57P01–57P03 (shut
 * down, crashed, not yet accepting connections), 53 (insufficient resources: disk full, out of memory, too
 * many connections), 3D000 (the database is gone).
 */
function isPostgresStateUnavailable(state: string): boolean {
  return state.startsWith('08') || state.startsWith('53') || /^57P0[123]$/.test(state) || state === '3D000';
}

/** A PostgreSQL error that says the server, not the query, failed: a lost connection, a server shut down. */
export function isPostgresUnavailable(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && (SOCKET_CODES.has(code) || isPostgresStateUnavailable(code))) return true;
  const message = error instanceof Error ? error.message : '';
  // node-postgres's own words when the socket closes under a query, or no connection comes in time.
  return /Connection terminated|connection error|timeout exceeded when trying to connect/i.test(message);
}

/** A SQLite error that says the file, not the query, failed: unreadable, full, damaged, no longer a database. */
export function isSqliteUnavailable(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return false;
  return /^SQLITE_(IOERR|FULL|CORRUPT|NOTADB|CANTOPEN|READONLY)/.test(code);
}

/** The driver's words for what went wrong; a failed connection to every address of a host says the first. */
export function reasonOf(error: unknown): string {
  if (error instanceof AggregateError && error.errors.length > 0) return reasonOf(error.errors[0]);
  if (!(error instanceof Error)) return String(error);
  const code = (error as NodeJS.ErrnoException).code;
  const message = error.message.replace(/^\w+: /, '');
  return message !== '' ? message : (code ?? error.name);
}

/**
 * The error a caller sees when the database fails under a read or a write: 'store.unavailable' (exit 7 in the
 * CLI, 503 from the API: try again later), not an internal error, when `isUnavailable` says the database itself
 * failed; any other error as it is.
 */
export function unavailableOr(error: unknown, isUnavailable: (error: unknown) => boolean): unknown {
  if (isDomainError(error) || !isUnavailable(error)) return error;
  return new DomainError('store.unavailable', `the database failed: ${reasonOf(error)}`, [], {
    cause: error,
  });
}
