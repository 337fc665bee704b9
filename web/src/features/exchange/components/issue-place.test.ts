import assert from 'node:assert/strict';
import { test } from 'node:test';
import { issuePlace, reportRows } from './issue-place.ts';

test('a problem in a bundle is placed by its JSON path, record, line and column', () => {
  assert.deepEqual(
    issuePlace({
      code: 'import.invalid_record',
      message: 'unknown article',
      path: '$.charges[3].article',
      record: 'charge:x',
      line: 41,
      column: 7,
    }),
    { path: '$.charges[3].article', record: 'charge:x', line: 41, column: 7 },
  );
});

test('a problem with only a field is placed by the field, and nothing is invented', () => {
  assert.deepEqual(issuePlace({ code: 'validation.invalid', message: 'm', field: 'body' }), { path: 'body' });
  assert.deepEqual(issuePlace({ code: 'validation.invalid', message: 'm' }), {});
});

test('the report lists only the kinds the bundle holds, with what was done to them', () => {
  assert.deepEqual(
    reportRows(
      { person: 2, case: 1, charge: 0 },
      { person: { created: 1, updated: 0, unchanged: 1 }, case: { created: 1, updated: 0, unchanged: 0 } },
    ),
    [
      { kind: 'person', count: 2, created: 1, updated: 0, unchanged: 1 },
      { kind: 'case', count: 1, created: 1, updated: 0, unchanged: 0 },
    ],
  );
});
