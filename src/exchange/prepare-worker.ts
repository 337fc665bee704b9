import { parentPort, workerData } from 'node:worker_threads';
import { prepareRecord, type PreparedRecord } from '../core/record/prepare.ts';
import { parseRecordText } from './bundle-reader.ts';
import {
  Credits,
  Inbox,
  toWireError,
  type PrepareRequest,
  type RawMessage,
  type WorkerMessage,
} from './prepare-protocol.ts';

// Prepares the records the reading thread deals to it (their JSON, schema, rules within a record, rows), batch by
// batch, sending a batch only while the importing thread has asked for more: at most `ahead` wait at any time.

const port = parentPort;
if (port === null) throw new Error('prepare-worker.ts runs as a worker thread');
const { file, ahead, input } = workerData as PrepareRequest;
const credits = new Credits(ahead);
port.on('message', (message) => {
  if (message === 'more') credits.grant();
});
const inbox = new Inbox<RawMessage>();
input.on('message', (message: RawMessage) => inbox.put(message));

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

async function run(): Promise<void> {
  for (;;) {
    const message = await inbox.next();
    if (message.type !== 'raw') {
      post(message);
      return;
    }
    input.postMessage('more');
    const records = message.items.map((item) =>
      prepareRecord({ kind: item.kind, index: item.index, record: parseRecordText(item, file) }, file),
    );
    await credits.spend();
    post({ type: 'batch', records, bytesRead: message.bytesRead }, [packJson(records)]);
  }
}

const close = () => {
  input.close();
  port.close();
};

run().then(close, (error: unknown) => {
  post({ type: 'error', error: toWireError(error) });
  close();
});
