/** Where a problem was found: a file, a JSON path, a row, a field or a page. */
export interface ErrorPlace {
  file?: string;
  /** The id of the record the problem is in, and its kind, beside its JSON path. */
  record?: string;
  recordKind?: string;
  /** A JSON path: in the file ('$.measures[3].steps[0].date'), or within the record ('.steps[0].date'). */
  path?: string;
  row?: number;
  field?: string;
  page?: number;
  line?: number;
  column?: number;
}

/** Stable error codes; edges map them to HTTP statuses and exit codes. */
export type ErrorCode =
  | 'validation.invalid'
  | 'reference.dangling'
  | 'reference.duplicate'
  | 'date.order'
  | 'date.conflict'
  | 'law.unknown_article'
  | 'law.unknown_jurisdiction'
  | 'law.invalid_data'
  | 'record.not_found'
  | 'record.conflict'
  | 'record.ambiguous'
  | 'record.referenced'
  | 'import.invalid_json'
  | 'import.invalid_record'
  | 'auth.forbidden'
  | 'auth.unauthenticated'
  | 'auth.invalid_credentials'
  | 'auth.disabled'
  | 'auth.throttled'
  | 'auth.csrf'
  | 'auth.totp_required'
  | 'auth.totp_invalid'
  | 'auth.totp_enrolment_required'
  | 'store.unavailable'
  | 'search.unavailable'
  | 'store.busy'
  | 'config.invalid'
  | 'store.too_new'
  | 'document.empty'
  | 'document.too_large'
  | 'document.type_mismatch'
  | 'document.unsupported'
  | 'document.corrupt'
  | 'document.bomb'
  | 'document.duplicate'
  | 'blob.digest_mismatch';

/** One problem with its place; an error may carry many. */
export interface Issue extends ErrorPlace {
  code: ErrorCode;
  message: string;
}

/**
 * The one error type the core throws; `issues` lists the problems found, each with its place, and `total` says
 * how many were found in all (more than listed when a flood was cut short, as an import does past 100).
 */
export class DomainError extends Error {
  readonly code: ErrorCode;
  readonly issues: Issue[];
  readonly total: number;

  constructor(
    code: ErrorCode,
    message: string,
    issues: Issue[] = [],
    options?: { cause?: unknown; total?: number },
  ) {
    super(message, options);
    this.name = 'DomainError';
    this.code = code;
    this.issues = issues.length > 0 ? issues : [{ code, message }];
    this.total = Math.max(options?.total ?? 0, this.issues.length);
  }

  /** Wraps a list of issues (of `total` found, if more) into one error whose message lists the first few. */
  static fromIssues(
    code: ErrorCode,
    issues: Issue[],
    options: { total?: number; limit?: number } = {},
  ): DomainError {
    const { limit = 10 } = options;
    const total = Math.max(options.total ?? 0, issues.length);
    const lines = issues.slice(0, limit).map(formatIssue);
    if (total > lines.length) lines.push(moreIssues(total - lines.length, total));
    return new DomainError(code, lines.join('\n'), issues, { total });
  }
}

/** The line that ends a list of issues cut short: "… and 1,234 more issues; 1,334 in all". */
export function moreIssues(more: number, total: number): string {
  const count = (n: number) => n.toLocaleString('en-US');
  return `… and ${count(more)} more issue${more === 1 ? '' : 's'}; ${count(total)} in all`;
}

/**
 * The code the edges map to an HTTP status and an exit code, the same for both: an import refused only because
 * its records exist already is a conflict with the database (409, exit 5) like any duplicate, not an invalid
 * file; any other error is its own code.
 */
export function edgeCode(error: DomainError): ErrorCode {
  const isDuplicateOnly =
    error.code === 'import.invalid_record' &&
    error.total === error.issues.length &&
    error.issues.every((i) => i.code === 'reference.duplicate');
  return isDuplicateOnly ? 'reference.duplicate' : error.code;
}

/** Renders an issue as one readable line that names its place first. */
export function formatIssue(issue: Issue): string {
  const place = [
    issue.file,
    recordPlace(issue),
    issue.row !== undefined ? `row ${issue.row}` : undefined,
    issue.line !== undefined
      ? `line ${issue.line}${issue.column !== undefined ? `:${issue.column}` : ''}`
      : undefined,
    issue.field !== undefined ? `field ${issue.field}` : undefined,
    issue.page !== undefined ? `page ${issue.page}` : undefined,
  ].filter((p) => p !== undefined);
  return place.length > 0 ? `${place.join(' ')}: ${issue.message}` : issue.message;
}

/**
 * The record and path of an issue: '$.measures[3].steps[0].date (measure "m-1")' in a file, or
 * 'measure "m-1" .steps[0].date' for a path within the record.
 */
function recordPlace(issue: Issue): string | undefined {
  if (issue.record === undefined) return issue.path;
  const record = `${issue.recordKind ?? 'record'} "${issue.record}"`;
  if (issue.path === undefined) return record;
  return issue.path.startsWith('$') ? `${issue.path} (${record})` : `${record} ${issue.path}`;
}

/** True when the value is a DomainError with the given code (or any code when omitted). */
export function isDomainError(value: unknown, code?: ErrorCode): value is DomainError {
  return value instanceof DomainError && (code === undefined || value.code === code);
}
