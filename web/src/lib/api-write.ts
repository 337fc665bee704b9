import { ApiError, getJson } from './api-client.ts';

/** One problem the API names, with its place (src/core/errors.ts: Issue). */
export interface ApiIssue {
  code: string;
  message: string;
  file?: string;
  record?: string;
  recordKind?: string;
  path?: string;
  row?: number;
  field?: string;
  line?: number;
  column?: number;
}

/** An error answer of the API: its code, message, and every problem with its place (total when cut short). */
export interface ApiProblem {
  code: string;
  message: string;
  issues: ApiIssue[];
  total?: number;
}

/** An ApiError that keeps the problems the API listed, so a page can show each beside its place. */
export class ApiIssuesError extends ApiError {
  override readonly issues: ApiIssue[];
  readonly total: number;
  constructor(status: number, problem: ApiProblem) {
    super(status, problem.code, problem.message, problem.issues);
    this.issues = problem.issues;
    this.total = problem.total ?? problem.issues.length;
  }
}

/** Who is signed in, as GET /api/auth/me tells it: the roles, and the CSRF token a change must carry. */
export interface Me {
  user: { name?: string } | null;
  roles: string[];
  csrfToken?: string;
}

/** The signed-in reader (or the public, with user null). */
export function getMe(signal?: AbortSignal): Promise<Me> {
  return getJson<Me>('/api/auth/me', signal);
}

/** True when the roles may change records (the core still decides; this only hides buttons that would fail). */
export function canWrite(me: Me | undefined): boolean {
  return (me?.roles ?? []).some((r) => r === 'admin' || r === 'editor' || r === 'researcher');
}

/** True for an admin (the backup download is theirs). */
export function isAdmin(me: Me | undefined): boolean {
  return (me?.roles ?? []).includes('admin');
}

/**
 * Sends a change to the API (POST by default) with the session's CSRF token, fetched fresh from /api/auth/me;
 * an answer that is not a success becomes an ApiError with the API's stable code and message.
 */
export async function sendJson<T>(path: string, body: BodyInit, method = 'POST'): Promise<T> {
  const me = await getMe();
  const response = await fetch(path, {
    method,
    headers: {
      Accept: 'application/json',
      'Content-Type': 'application/json',
      ...(me.csrfToken !== undefined ? { 'X-CSRF-Token': me.csrfToken } : {}),
    },
    body,
  });
  const answer = (await response.json().catch(() => undefined)) as unknown;
  if (!response.ok) {
    const error = (answer as { error?: Partial<ApiProblem> } | undefined)?.error;
    throw new ApiIssuesError(response.status, {
      code: error?.code ?? 'http.error',
      message: error?.message ?? String(response.status),
      issues: error?.issues ?? [],
      ...(error?.total !== undefined ? { total: error.total } : {}),
    });
  }
  return answer as T;
}
