import type { Context } from 'hono';
import type { Session } from '../../core/access/session.ts';
import { DomainError, isDomainError } from '../../core/errors.ts';
import type { RecordKind } from '../../core/record/record-kinds.ts';
import type { AppEnv } from '../env.ts';
import { etag } from '../route-kit.ts';
import { presentStored } from '../wire.ts';

/**
 * Runs an edit of a record; a stale version (record.conflict) answers 409 with the record as it is now, as the
 * editor may see it, and its version (ETag), so a client can show what changed meanwhile: nothing was
 * overwritten. The record's own issues name their path in the body ($.record.…).
 */
export async function answerConflict(
  c: Context<AppEnv>,
  session: Session,
  kind: RecordKind,
  id: string,
  edit: () => Promise<Response>,
): Promise<Response> {
  try {
    return await inRecord(edit);
  } catch (error) {
    if (!isDomainError(error, 'record.conflict')) throw error;
    const current = await session.get(kind, id);
    if (current !== undefined) c.header('ETag', etag(current.version));
    const body = {
      error: {
        code: error.code,
        message: error.message,
        issues: error.issues,
        ...(current !== undefined ? { current: presentStored(current) } : {}),
      },
    };
    return c.json(body, 409);
  }
}

/** Runs a write whose record came as the body's `record`: the issues the core names at $… are at $.record…. */
export async function inRecord<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (!isDomainError(error) || !error.issues.some((i) => i.path?.startsWith('$') === true)) throw error;
    const issues = error.issues.map((i) =>
      i.path?.startsWith('$') === true && !i.path.startsWith('$.record')
        ? { ...i, path: `$.record${i.path.slice(1)}` }
        : i,
    );
    throw new DomainError(error.code, error.message, issues, { cause: error, total: error.total });
  }
}
