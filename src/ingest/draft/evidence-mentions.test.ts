import assert from 'node:assert/strict';
import { test } from 'node:test';
import { draftCase } from './case-draft.ts';
import { law, seedDispatch } from './draft-rows.ts';

/** The evidence a text drafts, each as its type, side, who commissioned it, title and the claims it is for. */
const evidence = (text: string) => {
  const draft = draftCase(text, law);
  return draft.evidence.map((e) => [
    e.type,
    e.side,
    e.commissionedBy ?? null,
    e.title,
    e.allegations.map((i) => draft.allegations[i]?.summary.slice(0, 30)),
  ]);
};

test('the seed dispatch: the Facebook videos a claim rests on, and the expert analyses the prosecution commissioned', (t) => {
  const text = seedDispatch(t);
  if (text === undefined) return;
  // The videos are put forward for the one claim of the three in their sentence that names them.
  assert.deepEqual(evidence(text), [
    ['video', 'prosecution', null, 'Videos (Facebook)', ['Mamay uploaded videos to Faceb']],
    ['expert_opinion', 'prosecution', 'prosecution', 'Expert analyses commissioned by the prosecution', []],
  ]);
});

test('an expert opinion says what it found, as its sentence goes on to say', () => {
  const draft = draftCase(
    'Expert analyses commissioned by the prosecution concluded that Ivanov “promoted destructive attitudes.” ' +
      'Лингвистическая экспертиза, назначенная следствием, усмотрела в них признаки розни.',
    law,
  );
  assert.deepEqual(
    draft.evidence.map((e) => e.description),
    ['Concluded that Ivanov “promoted destructive attitudes.”', 'Усмотрела в них признаки розни.'],
  );
});

test('Russian: a linguistic examination the investigators ordered, and a video a claim rests on', () => {
  const text =
    'По версии следствия, Иванов опубликовал в Facebook видео с призывами выйти на митинг. ' +
    'Лингвистическая экспертиза, назначенная следствием, усмотрела в них признаки розни.';
  assert.deepEqual(evidence(text), [
    ['video', 'prosecution', null, 'Видео (Facebook)', ['Иванов опубликовал в Facebook ']],
    [
      'expert_opinion',
      'prosecution',
      'prosecution',
      'Лингвистическая экспертиза, назначенная следствием',
      [],
    ],
  ]);
});

test('an opinion the defence commissioned is the defence’s; a text telling of none drafts none', () => {
  assert.deepEqual(
    evidence('A psychological examination commissioned by the defence found no intent to incite hatred.'),
    [['expert_opinion', 'defence', 'defence', 'Psychological examination commissioned by the defence', []]],
  );
  assert.deepEqual(evidence('He was detained on 3 March 2022 and charged the next day.'), []);
  // Messages posted to a channel are posts; put forward for the claim that tells of them.
  assert.deepEqual(
    evidence(
      'Prosecutors alleged that Farrukh Nazarov posted messages on a Telegram channel that "justified extremism".',
    ),
    [['post', 'prosecution', null, 'Messages (Telegram)', ['Farrukh Nazarov posted message']]],
  );
});
