import { createReadStream } from 'node:fs';
import { workerData, type MessagePort } from 'node:worker_threads';
import { readRawBundle, type RawBundleItem } from './bundle-reader.ts';
import { Credits, toWireError, type RawMessage, type ReadRequest } from './prepare-protocol.ts';

// Reads a bundle file and cuts its records out, unparsed, in batches dealt to the preparing threads in turn
// (batch k to thread k mod n), each thread holding at most `ahead` batches not yet taken. The structure of the
// file (its braces, its header) is checked here; each record's JSON is parsed where it is prepared.

const { file, batchSize, ahead, preparers } = workerData as ReadRequest;
const credits = preparers.map(() => new Credits(ahead));
for (const [i, port] of preparers.entries())
  port.on('message', (message: unknown) => {
    if (message === 'more') credits[i]?.grant();
  });

const everyone = (message: RawMessage) => {
  for (const port of preparers) port.postMessage(message);
};

async function run(): Promise<void> {
  let batch: RawBundleItem[] = [];
  let k = 0;
  const input = createReadStream(file, { highWaterMark: 1 << 20 });
  const send = async () => {
    const n = k++ % preparers.length;
    await credits[n]?.spend();
    (preparers[n] as MessagePort).postMessage({ type: 'raw', items: batch, bytesRead: input.bytesRead });
    batch = [];
  };
  try {
    for await (const item of readRawBundle(input, file)) {
      batch.push(item);
      if (batch.length >= batchSize) await send();
    }
  } finally {
    // The records cut out before the end, or before a fault of the file's structure, are prepared first: a
    // record's invalid JSON comes before the fault that follows it, as it does in the file.
    if (batch.length > 0) await send();
  }
  // Every preparing thread is told: the one whose turn comes next passes it on as the end of the file.
  everyone({ type: 'end' });
}

const closeAll = () => {
  for (const port of preparers) port.close();
};

run().then(closeAll, (error: unknown) => {
  everyone({ type: 'error', error: toWireError(error) });
  closeAll();
});
