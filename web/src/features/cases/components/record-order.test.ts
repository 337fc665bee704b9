import assert from 'node:assert/strict';
import { test } from 'node:test';
import { byBrought } from './record-order.ts';

const charge = (id: string, article: string, date: string, origin?: { kind: string; from: string[] }) => ({
  id,
  article: { article },
  lifecycle: [{ date }],
  ...(origin !== undefined ? { origin } : {}),
});

test('charges are listed as brought, each followed by those that took its place or were brought again after it', () => {
  const charges = [
    charge('c-rebrought', '272', '2023-01-26', { kind: 'rebrought', from: ['c-first'] }),
    charge('c-378', '378', '[2022-01-01..2022-11-07]'),
    charge('c-first', '272', '[2022-01-01..2022-12-11]'),
    charge('c-400', '400', '[2022-11-11..2022-12-11]', { kind: 'reclassification', from: ['c-first'] }),
    charge('c-274', '274', '[2022-01-01..2022-11-07]'),
    charge('c-later', '174', '2022-06-01'),
  ];
  assert.deepEqual(
    byBrought(charges).map((c) => c.id),
    // Alike in their earliest day, by the article's number; a lineage together, in the order its charges began.
    ['c-first', 'c-400', 'c-rebrought', 'c-274', 'c-378', 'c-later'],
  );
});

test('a charge from several, or from one not listed, is listed once, where it first can be', () => {
  const charges = [
    charge('c-merged', '200', '2022-05-01', { kind: 'merged', from: ['c-a', 'c-b'] }),
    charge('c-b', '190', '2022-02-01'),
    charge('c-a', '191', '2022-01-01'),
    charge('c-orphan', '300', '2022-03-01', { kind: 'reclassification', from: ['c-elsewhere'] }),
  ];
  assert.deepEqual(
    byBrought(charges).map((c) => c.id),
    ['c-a', 'c-merged', 'c-b', 'c-orphan'],
  );
});
