import { formatIssue, isDomainError, type ErrorCode } from '../core/errors.ts';

/** Exit codes by error family, so scripts can tell a bad input from a missing record. */
const EXIT_CODES: Partial<Record<ErrorCode, number>> & { default: number } = {
  'validation.invalid': 4,
  'import.invalid_json': 4,
  'import.invalid_record': 4,
  'reference.dangling': 4,
  'reference.duplicate': 4,
  'date.order': 4,
  'law.unknown_article': 4,
  'law.invalid_data': 4,
  'record.not_found': 3,
  'record.conflict': 5,
  'record.ambiguous': 5,
  'auth.forbidden': 6,
  'config.invalid': 2,
  default: 1,
};

/** A usage mistake: wrong command or flags. */
export class UsageError extends Error {}

/** Writes a value as JSON on stdout. */
export function printJson(value: unknown): void {
  process.stdout.write(JSON.stringify(value, null, 2) + '\n');
}

/** Writes text on stdout. */
export function printText(text: string): void {
  process.stdout.write(text.endsWith('\n') ? text : text + '\n');
}

/** Reports an error readably (or as JSON) on stderr and returns the exit code. */
export function reportError(error: unknown, asJson: boolean): number {
  if (error instanceof UsageError) {
    process.stderr.write(`casewatch: ${error.message}\nRun 'casewatch help' for usage.\n`);
    return 2;
  }
  if (isDomainError(error)) {
    if (asJson) {
      process.stderr.write(
        JSON.stringify(
          { error: { code: error.code, message: error.message, issues: error.issues } },
          null,
          2,
        ) + '\n',
      );
    } else {
      const lines =
        error.issues.length > 1
          ? error.issues.map((i) => `  ${formatIssue(i)}`).join('\n')
          : `  ${error.message}`;
      process.stderr.write(`casewatch: ${error.code}\n${lines}\n`);
    }
    return EXIT_CODES[error.code] ?? EXIT_CODES.default;
  }
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`casewatch: unexpected error: ${message}\n`);
  return 1;
}
