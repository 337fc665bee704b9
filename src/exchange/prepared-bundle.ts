import { Worker } from 'node:worker_threads';
import type { PreparedRecord } from '../core/record/prepare.ts';
import { fromWireError, type PrepareRequest, type WorkerMessage } from './prepare-protocol.ts';

/**
 * Records in a batch sent across. The importing thread looks up, once a batch, what the batch refers to outside
 * its window (a query per kind, and one for cases' jurisdictions): 1,024 records a batch ask the database a
 * quarter as often as 256 did, which counts most where each query is a round trip to a server.
 */
const BATCH_SIZE = 1024;
/** Batches that may wait between the threads: 3 × 1,024 records, about as many as 8 × 256 before. */
const BATCHES_AHEAD = 3;

/** How a bundle file is prepared in the other thread. */
export interface PrepareOptions {
  /** Records in a batch sent across. */
  batchSize?: number;
  /** Batches the other thread may have ready before this one takes them: bounds the memory in between. */
  ahead?: number;
  /** Told, batch by batch, how many bytes of the file the other thread has read. */
  onRead?: (bytesRead: number) => void;
}

/**
 * Reads a bundle file and prepares its records (`prepareRecord`: schema, rules within a record, rows) in a
 * worker thread, yielding them in batches as they come, so the importing thread only checks across records
 * and writes, while the other reads, parses and validates the next ones. Errors of the file (invalid JSON,
 * a bad header) are thrown here as the reader throws them. Stopping early stops the worker.
 */
export async function* prepareBundleFile(
  file: string,
  options: PrepareOptions = {},
): AsyncGenerator<PreparedRecord[]> {
  const request: PrepareRequest = {
    file,
    batchSize: options.batchSize ?? BATCH_SIZE,
    ahead: options.ahead ?? BATCHES_AHEAD,
  };
  const worker = new Worker(new URL('./prepare-worker.mjs', import.meta.url), {
    execArgv: [],
    // A larger young generation: most of what this thread allocates dies young (measured: less time in GC).
    resourceLimits: { maxYoungGenerationSizeMb: 64 },
    workerData: request,
  });
  const queue: WorkerMessage[] = [];
  let wake: (() => void) | undefined;
  const arrive = (message: WorkerMessage) => {
    queue.push(message);
    wake?.();
    wake = undefined;
  };
  worker.on('message', arrive);
  worker.on('error', (error) => arrive({ type: 'error', error: { kind: 'other', message: error.message } }));
  const exited = new Promise<void>((resolve) =>
    worker.on('exit', (code) => {
      arrive({
        type: 'error',
        error: { kind: 'other', message: `the reading thread stopped (exit ${code})` },
      });
      resolve();
    }),
  );
  let hasEnded = false;
  try {
    for (;;) {
      while (queue.length === 0) await new Promise<void>((resolve) => (wake = resolve));
      const message = queue.shift() as WorkerMessage;
      if (message.type === 'end') {
        hasEnded = true;
        return;
      }
      if (message.type === 'error') throw fromWireError(message.error, file);
      worker.postMessage('more');
      options.onRead?.(message.bytesRead);
      yield message.records;
    }
  } finally {
    // After the end the thread stops by itself; stopped early, it is stopped here.
    if (hasEnded) await exited;
    else await worker.terminate();
  }
}
