import { DomainError, type ErrorCode, type Issue } from '../core/errors.ts';
import type { MessagePort } from 'node:worker_threads';
import type { PreparedRecord } from '../core/record/prepare.ts';
import type { RawBundleItem } from './bundle-reader.ts';

/**
 * What the reading thread is asked to do: read `file`, cut its records out in batches of `batchSize`, and hand
 * batch k to preparing thread k mod n through `preparers[k mod n]`, with at most `ahead` batches on the way to each.
 */
export interface ReadRequest {
  file: string;
  batchSize: number;
  ahead: number;
  preparers: MessagePort[];
}

/** What a preparing thread is asked to do: prepare what comes through `input` from the reading thread, `ahead` batches at most waiting here. */
export interface PrepareRequest {
  file: string;
  ahead: number;
  input: MessagePort;
}

/** An error as it crosses threads: a DomainError keeps its code and issues. */
export type WireError =
  | { kind: 'domain'; code: ErrorCode; message: string; issues: Issue[] }
  | { kind: 'other'; message: string; stack?: string };

/** What the reading thread sends a preparing thread: records cut out, then the end of the file or an error. */
export type RawMessage =
  | { type: 'raw'; items: RawBundleItem[]; bytesRead: number }
  | { type: 'end' }
  | { type: 'error'; error: WireError };

/** What a preparing thread sends: batches (and how far the file has been read), then the end or an error. */
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

/**
 * Messages as they arrive on a port, taken one at a time in order: `next` waits until one is there. A thread that
 * takes work from another keeps one of these per port.
 */
export class Inbox<T> {
  private readonly queue: T[] = [];
  private wake: (() => void) | undefined;

  put(message: T): void {
    this.queue.push(message);
    this.wake?.();
    this.wake = undefined;
  }

  async next(): Promise<T> {
    while (this.queue.length === 0) await new Promise<void>((resolve) => (this.wake = resolve));
    return this.queue.shift() as T;
  }
}

/** Credits a thread may spend (batches it may send before being asked for more), waited for when none are left. */
export class Credits {
  private wake: (() => void) | undefined;

  constructor(private count: number) {}

  grant(): void {
    this.count++;
    this.wake?.();
    this.wake = undefined;
  }

  async spend(): Promise<void> {
    while (this.count === 0) await new Promise<void>((resolve) => (this.wake = resolve));
    this.count--;
  }
}
