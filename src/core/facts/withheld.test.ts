import assert from 'node:assert/strict';
import { test } from 'node:test';
import { withheldFact } from './withheld.ts';

test('withheld kinds are named in one order, however their counts were gathered', () => {
  const one = withheldFact({ measure: 1, charge: 2, hearing: 0 });
  const other = withheldFact({ charge: 2, measure: 1 });
  assert.deepEqual(one?.records, [
    { kind: 'charge', count: 2 },
    { kind: 'measure', count: 1 },
  ]);
  assert.deepEqual(other, one);
});

test('a reader who sees the whole case has nothing withheld', () => {
  assert.equal(withheldFact({ charge: 0 }), undefined);
  assert.equal(withheldFact(undefined), undefined);
});
