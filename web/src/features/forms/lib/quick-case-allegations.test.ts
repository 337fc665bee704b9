import assert from 'node:assert/strict';
import { test } from 'node:test';
import { allegationsOfQuickCase, isSourceAssessed } from './quick-case-allegations.ts';

test("the source's own assessment cites the sentence judging the speech while the row keeps it; changed, the claim's", () => {
  const row = {
    id: 'allegation:4',
    summary: 'Mamay acted on people’s heightened emotions to call for political reform',
    type: 'speech' as const,
    charge: 'charge:3',
    finding: 'protected' as const,
    reasoning: 'Calling for political reforms is not a crime',
    sourceAssessed: {
      finding: 'protected' as const,
      reasoning: 'Calling for political reforms is not a crime',
      quote: 'Calling for political reforms is not a crime, but locking Mamay away would be.',
    },
    quote: 'The prosecutor argues that … Mamay acted on people’s heightened emotions …',
  };
  const context = {
    case: 'case:1',
    source: 'source:1',
    visibility: 'internal',
    charged: new Set(['charge:3']),
    elementsOf: () => new Set<string>(),
    cite: (r: { quote?: string | undefined }) => [
      { source: 'source:1', ...(r.quote ? { quote: r.quote } : {}) },
    ],
  };
  const citedBy = (r: typeof row) =>
    (allegationsOfQuickCase([r], context)[0]?.speechAssessment as { sources: { quote?: string }[] })
      .sources[0]?.quote;
  assert.equal(isSourceAssessed(row), true);
  assert.match(citedBy(row) ?? '', /^Calling for political reforms is not a crime, but/);
  // The researcher's own words: the assessment is theirs, citing the claim's sentence.
  const own = { ...row, reasoning: 'A call for reform, peaceful' };
  assert.equal(isSourceAssessed(own), false);
  assert.match(citedBy(own) ?? '', /^The prosecutor argues/);
});

test('a claim keeps the day of its conduct where one is given, and none where the box is empty or unread', () => {
  const context = {
    case: 'case:1',
    source: 'source:1',
    visibility: 'internal',
    charged: new Set<string>(),
    elementsOf: () => new Set<string>(),
    cite: () => [{ source: 'source:1' }],
  };
  const row = { id: 'allegation:2', summary: 'Mamay uploaded videos', type: 'speech' as const, charge: '' };
  const conductOf = (conductOn: string) =>
    allegationsOfQuickCase([{ ...row, conductOn }], context)[0]?.conductOn ?? null;
  assert.equal(conductOf('2022-01-04'), '2022-01-04');
  assert.equal(conductOf('2022-01'), '2022-01');
  assert.equal(conductOf(''), null);
  assert.equal(conductOf('4 January'), null);
});
