import { DomainError, type ErrorCode } from '../core/errors.ts';

/**
 * The error an upload is refused with: its code, a message that names the file first, and one issue whose place
 * is the file (and the page, when it is about one).
 */
export function refuseUpload(
  code: ErrorCode,
  message: string,
  place: { file?: string; page?: number } = {},
): DomainError {
  const named = place.file === undefined ? message : `${place.file}: ${message}`;
  return new DomainError(code, named, [{ code, message, ...place }]);
}
