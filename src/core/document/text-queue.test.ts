import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createTextQueue } from './text-queue.ts';

test('jobs run one at a time, in order, after the caller goes on; a failure does not stop the queue', async () => {
  const log: string[] = [];
  let running = 0;
  const failures: string[] = [];
  const queue = createTextQueue(
    async (job: string) => {
      running++;
      assert.equal(running, 1, 'one job at a time');
      log.push(`start ${job}`);
      await new Promise((resolve) => setTimeout(resolve, 5));
      running--;
      if (job === 'b') throw new Error('unreadable');
      log.push(`end ${job}`);
    },
    (error, job) => failures.push(`${job}: ${(error as Error).message}`),
  );
  queue.add('a');
  queue.add('b');
  queue.add('c');
  log.push('answered');
  assert.ok(queue.size > 0);
  await queue.idle();
  assert.deepEqual(log, ['answered', 'start a', 'end a', 'start b', 'start c', 'end c']);
  assert.deepEqual(failures, ['b: unreadable']);
  assert.equal(queue.size, 0);
  queue.add('d');
  await queue.idle();
  assert.equal(log.at(-1), 'end d');
});
