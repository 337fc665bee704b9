import assert from 'node:assert/strict';
import { test } from 'node:test';
import { draftCase } from './case-draft.ts';
import { law, seedDispatch } from './draft-rows.ts';

/** Each claim a text drafts, as its first words and the source's assessment of it, if any. */
const assessed = (text: string) =>
  draftCase(text, law).allegations.map((a) => [
    a.summary.split(' ').slice(0, 3).join(' '),
    a.assessment === undefined ? null : [a.assessment.finding, a.assessment.reasoning],
  ]);

test('the seed dispatch: the call for political reform, which the text says is no crime, is assessed so by the source', (t) => {
  const text = seedDispatch(t);
  if (text === undefined) return;
  // "Calling for political reforms is not a crime": the claim calling for "political reform" is the one judged; the
  // videos calling people to a protest and the word of Zhanaozen are not named by it, and are left to the researcher.
  assert.deepEqual(assessed(text), [
    ['Mamay decided to', null],
    ['Mamay uploaded videos', null],
    ['Mamay misinformed the', null],
    ['Mamay acted on', ['protected', 'Calling for political reforms is not a crime']],
  ]);
  const claim = draftCase(text, law).allegations[3];
  assert.match(claim?.assessment?.quote.text ?? '', /^Calling for political reforms is not a crime, but/);
});

test('in Russian: words the text says are no crime assess the claim of speech naming them', () => {
  const text =
    '3 марта 2023 года Айдосу Садыкову предъявили обвинение в «распространении заведомо ложной информации». ' +
    'По версии следствия, Садыков опубликовал видео с призывом к мирному митингу против повышения цен. ' +
    'Призыв к мирному митингу не является преступлением.';
  assert.deepEqual(assessed(text), [
    ['Садыков опубликовал видео', ['protected', 'Призыв к мирному митингу не является преступлением']],
  ]);
});

test('an act the text says is no crime, or a judgement naming other words, assesses nothing', () => {
  const text =
    'On 3 March 2023 prosecutors charged Aidos Sadykov with “organizing mass riots.” ' +
    'The prosecution alleges that Sadykov posted a call to join a rally in Almaty. ' +
    'The prosecution alleges that Sadykov blocked a road with his car. ' +
    'Blocking a road with a car is not a crime. Criticising the mayor is not a crime.';
  assert.deepEqual(assessed(text), [
    ['Sadykov posted a', null],
    ['Sadykov blocked a', null],
  ]);
});
