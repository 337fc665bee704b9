import assert from 'node:assert/strict';
import { test } from 'node:test';
import { withheldFact } from './withheld.ts';

test('withheld kinds are named in the order the case file counted them, with their counts', () => {
  assert.deepEqual(withheldFact({ charge: 2, measure: 1, hearing: 0 })?.records, [
    { kind: 'charge', count: 2 },
    { kind: 'measure', count: 1 },
  ]);
});

test('a reader who sees the whole case has nothing withheld', () => {
  assert.equal(withheldFact({ charge: 0 }), undefined);
  assert.equal(withheldFact(undefined), undefined);
});
