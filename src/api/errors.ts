import type { ErrorCode } from '../core/errors.ts';
import { edgeCode, isDomainError } from '../core/errors.ts';

/** The statuses an error answers with. */
type ErrorStatus = 400 | 401 | 403 | 404 | 409 | 413 | 415 | 422 | 429 | 500 | 503;

/** The one map from error codes to HTTP statuses. */
const STATUS: Record<ErrorCode, ErrorStatus> = {
  'validation.invalid': 400,
  'reference.dangling': 422,
  'reference.duplicate': 409,
  'date.order': 422,
  'date.conflict': 422,
  'law.unknown_article': 422,
  'law.unknown_jurisdiction': 404,
  'law.invalid_data': 500,
  'record.not_found': 404,
  'record.conflict': 409,
  'record.ambiguous': 409,
  'record.referenced': 409,
  'import.invalid_json': 400,
  'import.invalid_record': 422,
  'auth.forbidden': 403,
  'auth.unauthenticated': 401,
  'auth.invalid_credentials': 401,
  'auth.disabled': 403,
  'auth.throttled': 429,
  'auth.csrf': 403,
  'auth.totp_required': 401,
  'auth.totp_invalid': 401,
  'auth.totp_enrolment_required': 403,
  'store.unavailable': 503,
  'search.unavailable': 503,
  'store.busy': 503,
  'config.invalid': 500,
  'store.too_new': 503,
  'document.empty': 400,
  'document.too_large': 413,
  'document.type_mismatch': 415,
  'document.unsupported': 415,
  'document.corrupt': 422,
  'document.bomb': 422,
  'document.duplicate': 409,
  'blob.digest_mismatch': 422,
};

/** An error as the API sends it: a stable code, a message, and the places; never a stack trace. */
export function errorResponse(error: unknown): { status: ErrorStatus; body: object } {
  if (isDomainError(error)) {
    return {
      status: STATUS[edgeCode(error)],
      body: {
        error: {
          code: error.code,
          message: error.message,
          issues: error.issues,
          // A list of issues cut short says how many there are in all.
          ...(error.total > error.issues.length ? { total: error.total } : {}),
        },
      },
    };
  }
  return { status: 500, body: { error: { code: 'internal', message: 'internal error' } } };
}
