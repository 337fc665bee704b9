import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Session } from '../access/session.ts';
import { CASE_FILE_KINDS, type RecordKind } from '../record/record-kinds.ts';
import { loadCaseFile } from './case-file.ts';

test('a case file names its withheld kinds in the kinds’ order, whichever count arrives first', async () => {
  // Each kind has one record withheld; the counts arrive in the reverse of the kinds' order.
  const delay = (kind: RecordKind) => (CASE_FILE_KINDS.length - CASE_FILE_KINDS.indexOf(kind as never)) * 5;
  const session = {
    get: () => Promise.resolve({ id: 'case:x', version: 1, data: { id: 'case:x' } }),
    list: () => Promise.resolve([]),
    countWithheld: (kind: RecordKind) => new Promise((resolve) => setTimeout(() => resolve(1), delay(kind))),
    withheldAmong: () => Promise.resolve([]),
  } as unknown as Session;
  const file = await loadCaseFile(session, 'case:x');
  assert.deepEqual(Object.keys(file.withheld ?? {}), [...CASE_FILE_KINDS]);
});
