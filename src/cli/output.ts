import {
  DomainError,
  edgeCode,
  formatIssue,
  isDomainError,
  moreIssues,
  type ErrorCode,
  type Issue,
} from '../core/errors.ts';

/** Exit codes by error family, so scripts can tell a bad input from a missing record. */
const EXIT_CODES: Partial<Record<ErrorCode, number>> & { default: number } = {
  'validation.invalid': 4,
  'import.invalid_json': 4,
  'import.invalid_record': 4,
  'reference.dangling': 4,
  'reference.duplicate': 5,
  'date.order': 4,
  'date.conflict': 4,
  'law.unknown_article': 4,
  'law.unknown_jurisdiction': 4,
  'law.invalid_data': 4,
  'record.not_found': 3,
  'record.conflict': 5,
  'record.ambiguous': 5,
  'record.referenced': 5,
  'auth.forbidden': 6,
  'auth.unauthenticated': 6,
  'auth.invalid_credentials': 6,
  'auth.disabled': 6,
  'auth.throttled': 6,
  'store.unavailable': 7,
  'search.unavailable': 7,
  'store.busy': 5,
  'config.invalid': 2,
  'store.too_new': 7,
  'document.empty': 4,
  'document.too_large': 4,
  'document.type_mismatch': 4,
  'document.unsupported': 4,
  'document.corrupt': 4,
  'document.bomb': 4,
  'document.duplicate': 5,
  'blob.digest_mismatch': 4,
  default: 1,
};

/** A usage mistake: an unknown command or flag, a missing or extra argument (exit 2). */
export class UsageError extends Error {}

/**
 * A value the command cannot take, of a flag or an argument (--limit all, --port x, a FILE that is no file):
 * invalid input, exit 4, as a bad value is anywhere; a wrong command, flag or number of arguments is usage.
 */
export function invalidValue(field: string, message: string): DomainError {
  return new DomainError('validation.invalid', message, [{ code: 'validation.invalid', message, field }]);
}

/** Writes a value as JSON on stdout. */
export function printJson(value: unknown): void {
  process.stdout.write(JSON.stringify(value, null, 2) + '\n');
}

// eslint-disable-next-line no-control-regex -- control characters are what it finds
const CONTROL_RE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/** Text with control characters but line breaks and tabs shown as escapes: stored text cannot drive the terminal. */
export function visibleText(text: string): string {
  return text.replace(CONTROL_RE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Writes text on stdout, control characters made visible. */
export function printText(text: string): void {
  const safe = visibleText(text);
  process.stdout.write(safe.endsWith('\n') ? safe : safe + '\n');
}

/** A file the command was pointed at could not be read or written: the system's words name the path. */
function isFileError(error: unknown): error is NodeJS.ErrnoException {
  const e = error as NodeJS.ErrnoException | null;
  return (
    e instanceof Error && typeof e.code === 'string' && typeof e.syscall === 'string' && e.path !== undefined
  );
}

/** Writes an error on stderr, as JSON with --json, as readable lines otherwise. */
function writeError(
  asJson: boolean,
  code: string,
  message: string,
  issues: readonly Issue[] = [],
  total = issues.length,
): void {
  if (asJson) {
    const more = total > issues.length ? { total } : {};
    process.stderr.write(JSON.stringify({ error: { code, message, issues, ...more } }, null, 2) + '\n');
    return;
  }
  // One problem is one line; several are listed under the error's code, one a line, and a list cut short says
  // how many there are in all.
  const lines = issues.map((i) => `  ${formatIssue(i)}`);
  if (total > issues.length) lines.push(`  ${moreIssues(total - issues.length, total)}`);
  const text = lines.length > 1 ? `casewatch: ${code}\n${lines.join('\n')}` : `casewatch: ${message}`;
  process.stderr.write(visibleText(text) + '\n');
}

/** Reports an error readably (or as JSON) on stderr and returns the exit code. */
export function reportError(error: unknown, asJson: boolean): number {
  // Whoever read the output stopped early (`| head`): nothing went wrong, nothing to say.
  if ((error as NodeJS.ErrnoException | null)?.code === 'EPIPE') return 0;
  if (error instanceof UsageError) {
    if (asJson) writeError(true, 'usage', error.message);
    else process.stderr.write(`casewatch: ${error.message}\nRun 'casewatch help' for usage.\n`);
    return 2;
  }
  if (isDomainError(error) && error.code === 'record.ambiguous' && !asJson) {
    // The candidates by id, each with its title and defendants, under the message that says how to narrow them.
    const candidates = error.issues.map((i) => `  ${i.field ?? ''}  ${i.message}`);
    process.stderr.write(visibleText([`casewatch: ${error.message}`, ...candidates].join('\n')) + '\n');
    return EXIT_CODES[error.code] ?? EXIT_CODES.default;
  }
  if (isDomainError(error)) {
    writeError(asJson, error.code, error.message, error.issues, error.total);
    return EXIT_CODES[edgeCode(error)] ?? EXIT_CODES.default;
  }
  if (isFileError(error)) {
    writeError(asJson, 'file.unusable', `${String(error.path)}: ${error.message.replace(/^\w+: /, '')}`);
    return 4;
  }
  const message = error instanceof Error ? error.message : String(error);
  if (asJson) writeError(true, 'internal', `unexpected error: ${message}`);
  else process.stderr.write(`casewatch: unexpected error: ${message}\n`);
  return 1;
}
