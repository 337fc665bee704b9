import assert from 'node:assert/strict';
import { test } from 'node:test';
import { pagesLine, renderPages } from './document-progress.ts';

test('the reading of a document is one line redrawn in place, at most every 250 ms but for the last page', () => {
  assert.equal(
    renderPages('a.pdf', { page: 3, pageCount: 6 }),
    'Reading a.pdf: [###############...............] page 3 of 6',
  );
  let t = 0;
  const written: string[] = [];
  const line = pagesLine({ write: (s) => written.push(s) }, 'a.pdf', () => t);
  line.update({ page: 1, pageCount: 3 });
  t = 100;
  line.update({ page: 2, pageCount: 3 });
  t = 150;
  line.update({ page: 3, pageCount: 3 });
  line.end();
  assert.deepEqual(written, [
    '\rReading a.pdf: [##########....................] page 1 of 3\u001b[K',
    '\rReading a.pdf: [##############################] page 3 of 3\u001b[K',
    '\r\u001b[K',
  ]);
});
