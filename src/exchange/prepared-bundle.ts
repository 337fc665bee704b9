import { availableParallelism } from 'node:os';
import { MessageChannel, Worker } from 'node:worker_threads';
import type { PreparedRecord } from '../core/record/prepare.ts';
import {
  fromWireError,
  Inbox,
  type PrepareRequest,
  type ReadRequest,
  type WorkerMessage,
} from './prepare-protocol.ts';

/**
 * Records in a batch sent across. The importing thread looks up, once a batch, what the batch refers to outside
 * its window (a query per kind, and one for cases' jurisdictions): 1,024 records a batch ask the database a
 * quarter as often as 256 did, which counts most where each query is a round trip to a server.
 */
const BATCH_SIZE = 1024;
/** Batches that may wait between each preparing thread and the importing one (and the reading one). */
const BATCHES_AHEAD = 2;

/** How a bundle file is prepared in other threads. */
export interface PrepareOptions {
  /** Records in a batch sent across. */
  batchSize?: number;
  /** Batches each preparing thread may have ready before this one takes them: bounds the memory in between. */
  ahead?: number;
  /**
   * Threads that prepare records (parse, validate, make rows), besides the one that reads the file: by default
   * two, one where the machine has a single core. The importing thread's own work is the rest.
   */
  preparers?: number;
  /** Told, batch by batch, how many bytes of the file have been read. */
  onRead?: (bytesRead: number) => void;
}

/**
 * Reads a bundle file and prepares its records (`prepareRecord`: JSON, schema, rules within a record, rows) in
 * worker threads, yielding them in batches in the file's order as they come, so the importing thread only checks
 * across records and writes. One thread reads the file and cuts records out; batch k is prepared by preparing
 * thread k mod n and taken from it in turn. Errors of the file (invalid JSON, a bad header) are thrown here, in
 * their place in the file's order, as the reader throws them. Stopping early stops the threads.
 */
export async function* prepareBundleFile(
  file: string,
  options: PrepareOptions = {},
): AsyncGenerator<PreparedRecord[]> {
  const ahead = options.ahead ?? BATCHES_AHEAD;
  const count = Math.max(1, options.preparers ?? Math.min(2, availableParallelism()));
  const channels = Array.from({ length: count }, () => new MessageChannel());
  let failure: WorkerMessage | undefined;
  const inboxes = channels.map(() => new Inbox<WorkerMessage>());
  const fail = (message: string) => {
    failure ??= { type: 'error', error: { kind: 'other', message } };
    for (const inbox of inboxes) inbox.put(failure);
  };
  const preparers = channels.map((channel, i) => {
    const request: PrepareRequest = { file, ahead, input: channel.port2 };
    const worker = new Worker(new URL('./prepare-worker.mjs', import.meta.url), {
      execArgv: [],
      // A larger young generation: most of what this thread allocates dies young (measured: less time in GC).
      resourceLimits: { maxYoungGenerationSizeMb: 64 },
      workerData: request,
      transferList: [channel.port2],
    });
    worker.on('message', (message: WorkerMessage) => inboxes[i]?.put(message));
    worker.on('error', (error) => fail(error.message));
    return worker;
  });
  const read: ReadRequest = {
    file,
    batchSize: options.batchSize ?? BATCH_SIZE,
    ahead,
    preparers: channels.map((c) => c.port1),
  };
  const reader = new Worker(new URL('./read-worker.mjs', import.meta.url), {
    execArgv: [],
    workerData: read,
    transferList: read.preparers,
  });
  reader.on('error', (error) => fail(error.message));
  const threads = [reader, ...preparers];
  const stopped = threads.map(
    (worker) =>
      new Promise<number>((resolve) =>
        worker.on('exit', (code) => {
          if (code !== 0) fail(`a thread reading the bundle stopped (exit ${code})`);
          resolve(code);
        }),
      ),
  );
  let hasEnded = false;
  try {
    for (let k = 0; ; k++) {
      const n = k % count;
      const message = await (inboxes[n] as Inbox<WorkerMessage>).next();
      if (message.type === 'end') {
        hasEnded = true;
        return;
      }
      if (message.type === 'error') throw fromWireError(message.error, file);
      preparers[n]?.postMessage('more');
      options.onRead?.(message.bytesRead);
      yield message.records;
    }
  } finally {
    // After the end the threads stop by themselves; stopped early, or failed, they are stopped here.
    if (hasEnded) await Promise.all(stopped);
    else await Promise.all(threads.map((t) => t.terminate()));
  }
}
