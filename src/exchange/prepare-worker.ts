import { createReadStream } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { prepareRecord, type PreparedRecord } from '../core/record/prepare.ts';
import { readBundle } from './bundle-reader.ts';
import { toWireError, type PrepareRequest, type WorkerMessage } from './prepare-protocol.ts';

// Reads a bundle file and prepares its records (schema, rules within a record, rows) in batches, sending a
// batch only while the importing thread has asked for more: at most `ahead` batches wait at any time.

const port = parentPort;
if (port === null) throw new Error('prepare-worker.ts runs as a worker thread');
const request = workerData as PrepareRequest;
let credits = request.ahead;
let wake: (() => void) | undefined;

port.on('message', (message) => {
  if (message !== 'more') return;
  credits++;
  wake?.();
  wake = undefined;
});

const post = (message: WorkerMessage) => port.postMessage(message);

async function send(records: PreparedRecord[]): Promise<void> {
  while (credits === 0) await new Promise<void>((resolve) => (wake = resolve));
  credits--;
  post({ type: 'batch', records });
}

async function run(): Promise<void> {
  const { file, batchSize } = request;
  let batch: PreparedRecord[] = [];
  for await (const item of readBundle(createReadStream(file, { highWaterMark: 1 << 20 }), file)) {
    batch.push(prepareRecord(item, file));
    if (batch.length >= batchSize) {
      await send(batch);
      batch = [];
    }
  }
  if (batch.length > 0) await send(batch);
  post({ type: 'end' });
}

run().then(
  () => port.close(),
  (error: unknown) => {
    post({ type: 'error', error: toWireError(error) });
    port.close();
  },
);
