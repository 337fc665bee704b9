import { createReadStream } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { prepareRecord, type PreparedRecord } from '../core/record/prepare.ts';
import { searchDocuments } from '../store/search/search-tables.ts';
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

const post = (message: WorkerMessage, transfer: ArrayBuffer[] = []) => port.postMessage(message, transfer);
const encoder = new TextEncoder();

/**
 * Puts the JSON of the batch's rows, as UTF-8, into one buffer that is handed over rather than copied; each
 * row keeps a view of its part. Strings would be copied twice on the way (out of this thread, into the other).
 */
function packJson(records: PreparedRecord[]): ArrayBuffer {
  let most = 0;
  for (const r of records) if (typeof r.row?.json === 'string') most += r.row.json.length * 3;
  const bytes = new Uint8Array(most);
  let at = 0;
  for (const r of records) {
    if (typeof r.row?.json !== 'string') continue;
    const { written } = encoder.encodeInto(r.row.json, bytes.subarray(at));
    r.row.json = bytes.subarray(at, at + written);
    at += written;
  }
  return bytes.buffer;
}

async function send(records: PreparedRecord[], bytesRead: number): Promise<void> {
  while (credits === 0) await new Promise<void>((resolve) => (wake = resolve));
  credits--;
  post({ type: 'batch', records, bytesRead }, [packJson(records)]);
}

async function run(): Promise<void> {
  const { file, batchSize } = request;
  let batch: PreparedRecord[] = [];
  const input = createReadStream(file, { highWaterMark: 1 << 20 });
  for await (const item of readBundle(input, file)) {
    const prepared = prepareRecord(item, file);
    // The search document is made here too, so the thread that writes does not fold names.
    if (typeof prepared.row?.json === 'string')
      prepared.row.search =
        searchDocuments().documentOf(item.kind, JSON.parse(prepared.row.json) as Record<string, unknown>) ??
        null;
    batch.push(prepared);
    if (batch.length >= batchSize) {
      await send(batch, input.bytesRead);
      batch = [];
    }
  }
  if (batch.length > 0) await send(batch, input.bytesRead);
  post({ type: 'end' });
}

run().then(
  () => port.close(),
  (error: unknown) => {
    post({ type: 'error', error: toWireError(error) });
    port.close();
  },
);
