import assert from 'node:assert/strict';
import { test } from 'node:test';
import { draftCase } from './case-draft.ts';
import { law, seedDispatch } from './draft-rows.ts';

/** Each claim a text drafts, as the first words of its summary and the elements it asserts. */
const asserted = (text: string) =>
  draftCase(text, law).allegations.map((a) => [a.summary.split(' ').slice(0, 3).join(' '), a.elements]);

test('the seed dispatch: the indictment asserts the riots and their violence, the claims of speech only the organising', (t) => {
  const text = seedDispatch(t);
  if (text === undefined) return;
  // "In order to organize mass riots, Mamay uploaded videos…, that he misinformed…, and that he acted…": the
  // purpose is each claim's, and asserts the organising and the intent, not that riots were violent.
  assert.deepEqual(asserted(text), [
    ['Mamay decided to', ['organising', 'mass_riots', 'aggravating_acts', 'intent']],
    ['Mamay uploaded videos', ['organising', 'intent']],
    ['Mamay misinformed the', ['organising', 'intent']],
    ['Mamay acted on', ['organising', 'intent']],
  ]);
  // The charge the claims serve lists its offence's elements, titled in each language, for the form's boxes.
  const charge = draftCase(text, law).charges[2];
  assert.deepEqual(
    charge?.elements?.map((e) => e.key),
    ['organising', 'mass_riots', 'aggravating_acts', 'causal_link', 'intent'],
  );
  assert.equal(charge?.elements?.[0]?.titles['ru'], 'организация массовых беспорядков');
});

test('a claim of false information asserts the spreading, the falsity and the knowledge, not the danger', () => {
  const text =
    'On 3 March 2023 prosecutors charged Aidos Sadykov with “disseminating knowingly false information.” ' +
    'The prosecution alleges that Sadykov knowingly disseminated false information about the clashes in Zhanaozen.';
  assert.deepEqual(asserted(text), [
    ['Sadykov knowingly disseminated', ['dissemination', 'falsity', 'knowledge_of_falsity']],
  ]);
});

test('in Russian: a purpose asserts the organising and the intent; a post alone asserts nothing of the offence', () => {
  const text =
    '12 марта 2022 года Ержану Иманову предъявили обвинение в организации массовых беспорядков. ' +
    'По версии следствия, Иманов опубликовал в Facebook видео с приглашением на мирный митинг. ' +
    'Следствие утверждает, что с целью организации массовых беспорядков Иманов распространял листовки.';
  assert.deepEqual(asserted(text), [
    ['Иманов опубликовал в', []],
    ['С целью организации', ['organising', 'intent']],
  ]);
});

test('a charge under an article the elements data does not hold lists none, and its claims assert none', () => {
  const text =
    'On 5 May 2023 prosecutors charged Marat Zhylanbayev with “hooliganism.” ' +
    'The prosecution alleges that Zhylanbayev shouted insults and organised a fight outside the court.';
  const draft = draftCase(text, law);
  assert.equal(draft.charges[0]?.article?.article, '293');
  assert.equal(draft.charges[0]?.elements, undefined);
  assert.deepEqual(
    draft.allegations.map((a) => a.elements),
    [[]],
  );
});
