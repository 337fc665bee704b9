import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lawTermMonths, lineAfterOwn, maximumAt, maximumRows, statedMaximums } from './quick-case-penalty.ts';

test('a stated term names the rows its charges became, and is found again at its place in the text laid out', () => {
  const stated = statedMaximums(
    [
      {
        max: { years: 10 },
        charges: [2],
        quote: { text: 'The charge carries a maximum 10-year prison sentence.' },
      },
      // A charge the draft gave that no row became is left out, not guessed.
      { max: { months: 18 }, charges: [0, 7], quote: { text: 'Both carry up to 18 months.' } },
    ],
    ['charge:a', 'charge:b', 'charge:c'],
  );
  assert.deepEqual(
    stated.map((m) => m.charges),
    [['charge:c'], ['charge:a']],
  );
  assert.deepEqual(maximumRows(stated), [
    { place: 'maximums.0', quote: 'The charge carries a maximum 10-year prison sentence.' },
    { place: 'maximums.1', quote: 'Both carry up to 18 months.' },
  ]);
  assert.equal(maximumAt(stated, 'maximums.1'), stated[1]);
  assert.equal(maximumAt(stated, 'charges.1'), undefined);
});

test('terms in years and months are set against each other in months', () => {
  assert.equal(lawTermMonths({ value: 10, unit: 'years' }), 120);
  assert.equal(lawTermMonths({ value: 18, unit: 'months' }), 18);
  // A unit no prison term is counted in is not set against one.
  assert.equal(lawTermMonths({ value: 200, unit: 'hours' }), undefined);
  assert.equal(lawTermMonths(undefined), undefined);
});

test('a charge citing the sentence saying the term it carries has its line after its own sentence', () => {
  const said = [{ max: { years: 10 }, charges: ['charge:c'], quote: 'It carries up to 10 years.' }];
  assert.deepEqual(
    lineAfterOwn({ place: 'charges.2', quote: 'He was charged. … It carries up to 10 years.' }, said),
    {
      place: 'charges.2',
      quote: 'He was charged. … It carries up to 10 years.',
      lineAfter: 0,
    },
  );
  // A row citing no such sentence keeps its line after its last.
  const dated = { place: 'charges.0', quote: 'He was charged. … It was on 3 May.' };
  assert.equal(lineAfterOwn(dated, said), dated);
});
