import assert from 'node:assert/strict';
import { test } from 'node:test';
import { handsOver, isSuccessionKind, replacementValues, successorValues } from './successor-values.ts';

const BASE = {
  id: 'charge:new',
  case: '',
  defendant: '',
  visibility: 'internal',
  article: { jurisdiction: 'kz', code: 'cc', article: '', part: '' },
  lifecycle: [{ kind: 'brought', date: '', sources: [] }],
};
const FIRST = {
  id: 'charge:first',
  case: 'case:a',
  defendant: 'person:mamay',
  article: { jurisdiction: 'kz', code: 'cc', article: '272', part: '1' },
  label: 'organising mass riots',
  conduct: 'Called for a rally',
  visibility: 'public',
  lifecycle: [{ kind: 'brought', date: '2022', sources: [] }],
};

test('a charge brought again keeps the article, the label and the conduct, and names where it came from', () => {
  const values = successorValues(BASE, FIRST, 'rebrought');
  assert.deepEqual(values.article, FIRST.article);
  assert.equal(values.label, 'organising mass riots');
  assert.deepEqual(
    [values.id, values.case, values.defendant, values.conduct, values.visibility],
    ['charge:new', 'case:a', 'person:mamay', 'Called for a rally', 'public'],
  );
  assert.deepEqual(values.origin, { kind: 'rebrought', from: ['charge:first'] });
  assert.deepEqual(values.lifecycle, BASE.lifecycle, 'the day it was brought again is the user’s to give');
});

test('a reclassified charge keeps the code but not the article or its label', () => {
  const values = successorValues(BASE, FIRST, 'reclassification');
  assert.deepEqual(values.article, { jurisdiction: 'kz', code: 'cc', article: '', part: '' });
  assert.equal(values.label, undefined);
  assert.deepEqual(values.origin, { kind: 'reclassification', from: ['charge:first'] });
});

test('only a handover origin writes the earlier charge’s step too', () => {
  assert.equal(handsOver({ origin: { kind: 'reclassification', from: ['charge:a'] } }), true);
  assert.equal(
    handsOver({
      origin: [
        { kind: 'rebrought', from: ['charge:a'] },
        { kind: 'split', from: ['b'] },
      ],
    }),
    true,
  );
  assert.equal(handsOver({ origin: { kind: 'rebrought', from: ['charge:a'] } }), false);
  assert.equal(handsOver({}), false);
  assert.equal(isSuccessionKind('rebrought'), true);
  assert.equal(isSuccessionKind('merger'), false);
  assert.equal(isSuccessionKind(null), false);
});

test('a measure replacing another keeps its case, person and visibility, and starts as the other kind', () => {
  const custody = {
    id: 'measure:c',
    case: 'case:a',
    person: 'person:m',
    kind: 'custody',
    visibility: 'public',
  };
  const values = replacementValues({ id: 'measure:new', kind: 'custody', steps: [] }, custody);
  assert.deepEqual(
    [values.id, values.case, values.person, values.visibility, values.kind],
    ['measure:new', 'case:a', 'person:m', 'public', 'house_arrest'],
  );
  assert.equal(replacementValues({}, { ...custody, kind: 'house_arrest' }).kind, 'custody');
});
