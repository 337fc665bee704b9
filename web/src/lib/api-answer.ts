import { ApiError } from './api-client.ts';
import type { ApiIssue } from './api.ts';

interface ErrorBody {
  error?: { code?: string; message?: string; issues?: ApiIssue[]; current?: unknown };
}

/** The data of a typed client's answer, or its error as an ApiError carrying the code, issues and current record. */
export function answerOf<T>(answer: { data?: T; error?: unknown; response: Response }): T {
  if (answer.data !== undefined && answer.response.ok) return answer.data;
  const body = (answer.error ?? {}) as ErrorBody;
  throw new ApiError(
    answer.response.status,
    body.error?.code ?? 'http.error',
    body.error?.message ?? `${answer.response.status} ${answer.response.statusText}`,
    body.error?.issues ?? [],
    body.error?.current,
  );
}
