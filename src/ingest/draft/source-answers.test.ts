import assert from 'node:assert/strict';
import { test } from 'node:test';
import { draftCase } from './case-draft.ts';
import { law, seedDispatch } from './draft-rows.ts';

/** Each claim a text drafts, as its first words and the text's answer to it, if any. */
const answered = (text: string) =>
  draftCase(text, law).allegations.map((a) => [
    a.summary.split(' ').slice(0, 3).join(' '),
    a.answer?.note ?? null,
  ]);

test("the seed dispatch: what it says the indictment lacks is the answer to the indictment's claim, not to the prosecutor's", (t) => {
  const text = seedDispatch(t);
  if (text === undefined) return;
  const answer =
    'What is lacking in the indictment is any evidence that Mamay committed the alleged crime. However, the indictment does not say Mamay carried out any violent acts or called for violence because there is no evidence he did.';
  assert.deepEqual(answered(text), [
    ['Mamay decided to', answer],
    ['Mamay uploaded videos', null],
    ['Mamay misinformed the', null],
    ['Mamay acted on', null],
  ]);
  // Each of its sentences is kept to be cited.
  assert.deepEqual(
    draftCase(text, law).allegations[0]?.answer?.quotes.map((q) => q.text.slice(0, 30)),
    ['What is lacking in the indictm', 'However, the indictment does n'],
  );
});

test('in Russian: the text saying the indictment holds no evidence answers the claim read from it', () => {
  const text =
    '3 марта 2023 года Айдосу Садыкову предъявили обвинение в «организации массовых беспорядков». ' +
    'В обвинительном заключении утверждается, что Садыков призывал к захвату зданий. ' +
    'В обвинительном заключении нет никаких доказательств того, что он кого-либо призывал к насилию.';
  assert.deepEqual(answered(text), [
    [
      'Садыков призывал к',
      'В обвинительном заключении нет никаких доказательств того, что он кого-либо призывал к насилию.',
    ],
  ]);
});

test('a text that finds nothing lacking, or says so of no indictment, answers no claim', () => {
  const text =
    'On 3 March 2023 prosecutors charged Aidos Sadykov with “organizing mass riots.” ' +
    'The indictment asserts that Sadykov called for the seizure of buildings. ' +
    'The indictment cites three witnesses. The trial lacks independent observers.';
  assert.deepEqual(answered(text), [['Sadykov called for', null]]);
});
