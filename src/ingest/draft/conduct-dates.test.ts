import assert from 'node:assert/strict';
import { test } from 'node:test';
import { draftCase } from './case-draft.ts';
import { law, seedDispatch } from './draft-rows.ts';

/** Each claim a text drafts, as its first words and when its conduct took place, and why, if the draft dates it. */
const conducts = (text: string) =>
  draftCase(text, law).allegations.map((a) => [
    a.summary.split(' ').slice(0, 3).join(' '),
    a.conductOn === undefined ? null : [a.conductOn.date, a.conductOn.because],
  ]);

test('the seed dispatch: each claim on the riots charge is dated by the protests the charge is brought for', (t) => {
  const text = seedDispatch(t);
  if (text === undefined) return;
  // "… charged … with “organizing mass riots,” for his alleged role in the January 2022 protests in Almaty": the
  // claims of that charge are of conduct in those events, worked out, not read (the claims' own "January 4" is the
  // protest's day, not the upload's).
  assert.deepEqual(conducts(text), [
    ['Mamay decided to', ['2022-01', 'events_charged']],
    ['Mamay uploaded videos', ['2022-01', 'events_charged']],
    ['Mamay misinformed the', ['2022-01', 'events_charged']],
    ['Mamay acted on', ['2022-01', 'events_charged']],
  ]);
});

test("the events a claim's own sentence dates come before its charge's", () => {
  const text =
    'On 3 March 2023 prosecutors charged Aidos Sadykov with “disseminating false information” for his role in the January 2022 protests. ' +
    'The prosecutor argues that Sadykov posted a video during the December 2021 strikes calling for a peaceful rally.';
  assert.deepEqual(conducts(text), [['Sadykov posted a', ['2021-12', 'events_charged']]]);
});

test('a charge whose sentence dates no events leaves its claims undated: nothing is guessed', () => {
  const text =
    'On 3 March 2023 prosecutors charged Aidos Sadykov with “disseminating false information.” ' +
    'The prosecutor argues that Sadykov posted a video calling for a peaceful rally against price rises.';
  assert.deepEqual(conducts(text), [['Sadykov posted a', null]]);
});
