/** Where a problem was found: a file, a JSON path, a row, a field or a page. */
export interface ErrorPlace {
  file?: string;
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
  | 'law.unknown_article'
  | 'law.invalid_data'
  | 'record.not_found'
  | 'record.conflict'
  | 'record.ambiguous'
  | 'import.invalid_json'
  | 'import.invalid_record'
  | 'auth.forbidden'
  | 'store.unavailable'
  | 'store.busy'
  | 'config.invalid'
  | 'store.too_new';

/** One problem with its place; an error may carry many. */
export interface Issue extends ErrorPlace {
  code: ErrorCode;
  message: string;
}

/** The one error type the core throws; `issues` lists every problem found, each with its place. */
export class DomainError extends Error {
  readonly code: ErrorCode;
  readonly issues: Issue[];

  constructor(code: ErrorCode, message: string, issues: Issue[] = [], options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'DomainError';
    this.code = code;
    this.issues = issues.length > 0 ? issues : [{ code, message }];
  }

  /** Wraps a list of issues into one error whose message lists the first few. */
  static fromIssues(code: ErrorCode, issues: Issue[], limit = 10): DomainError {
    const lines = issues.slice(0, limit).map(formatIssue);
    const more = issues.length > limit ? `\n… and ${issues.length - limit} more` : '';
    return new DomainError(code, lines.join('\n') + more, issues);
  }
}

/** Renders an issue as one readable line that names its place first. */
export function formatIssue(issue: Issue): string {
  const place = [
    issue.file,
    issue.path,
    issue.row !== undefined ? `row ${issue.row}` : undefined,
    issue.line !== undefined
      ? `line ${issue.line}${issue.column !== undefined ? `:${issue.column}` : ''}`
      : undefined,
    issue.field !== undefined ? `field ${issue.field}` : undefined,
    issue.page !== undefined ? `page ${issue.page}` : undefined,
  ].filter((p) => p !== undefined);
  return place.length > 0 ? `${place.join(' ')}: ${issue.message}` : issue.message;
}

/** True when the value is a DomainError with the given code (or any code when omitted). */
export function isDomainError(value: unknown, code?: ErrorCode): value is DomainError {
  return value instanceof DomainError && (code === undefined || value.code === code);
}
