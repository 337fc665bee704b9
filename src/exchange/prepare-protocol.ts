import { DomainError, type ErrorCode, type Issue } from '../core/errors.ts';
import type { PreparedRecord } from '../core/record/prepare.ts';

/** What the preparing thread is asked to do: read `file`, and send batches of `batchSize`, `ahead` at most. */
export interface PrepareRequest {
  file: string;
  batchSize: number;
  ahead: number;
}

/** An error as it crosses threads: a DomainError keeps its code and issues. */
export type WireError =
  | { kind: 'domain'; code: ErrorCode; message: string; issues: Issue[] }
  | { kind: 'other'; message: string; stack?: string };

/** What the preparing thread sends: batches (and how far it has read the file), then the end or an error. */
export type WorkerMessage =
  | { type: 'batch'; records: PreparedRecord[]; bytesRead: number }
  | { type: 'end' }
  | { type: 'error'; error: WireError };

export function toWireError(error: unknown): WireError {
  if (error instanceof DomainError)
    return { kind: 'domain', code: error.code, message: error.message, issues: error.issues };
  const e = error instanceof Error ? error : new Error(String(error));
  return { kind: 'other', message: e.message, ...(e.stack !== undefined ? { stack: e.stack } : {}) };
}

/** The error again on this side: a DomainError as it was thrown, anything else as an Error with its message. */
export function fromWireError(wire: WireError, file: string): Error {
  if (wire.kind === 'domain') return new DomainError(wire.code, wire.message, wire.issues);
  const error = new Error(`reading ${file}: ${wire.message}`);
  if (wire.stack !== undefined) error.stack = wire.stack;
  return error;
}
