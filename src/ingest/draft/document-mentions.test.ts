import assert from 'node:assert/strict';
import { test } from 'node:test';
import { draftCase } from './case-draft.ts';
import { law, seedDispatch } from './draft-rows.ts';

/** The documents a text drafts, and the document each claim is made in, by its first words. */
const told = (text: string) => {
  const draft = draftCase(text, law);
  return {
    documents: draft.documents.map((d) => [d.kind, d.pageCount ?? null, d.quote.text.slice(0, 30)]),
    claims: draft.allegations.map((a) => [a.summary.split(' ').slice(0, 3).join(' '), a.document ?? null]),
  };
};

test('the seed dispatch tells of a 59-page indictment, in which the claim its sentence reports is made', (t) => {
  const text = seedDispatch(t);
  if (text === undefined) return;
  assert.deepEqual(told(text), {
    documents: [['indictment', 59, 'The new 59-page indictment ass']],
    // The prosecutor's argument is not said to be the indictment's: tying it is the researcher's.
    claims: [
      ['Mamay decided to', 0],
      ['Mamay uploaded videos', null],
      ['Mamay misinformed the', null],
      ['Mamay acted on', null],
    ],
  });
});

test('in Russian the indictment and its pages are read; a text naming none drafts no document', () => {
  const ru =
    'Прокуратура Алматы 10 марта 2024 года предъявила Ерлану Садыкову обвинение в распространении заведомо ложной информации. Обвинительное заключение составлено на 12 листах. Согласно обвинительному заключению, Садыков опубликовал видео.';
  assert.deepEqual(told(ru).documents, [['indictment', 12, 'Обвинительное заключение соста']]);
  assert.deepEqual(told(ru).claims, [['Садыков опубликовал видео.', 0]]);
  const none =
    'The Almaty City Prosecutor’s office on 10 March 2024 charged Erlan Sadykov with “disseminating false information”. The prosecutor argues that Sadykov posted a video.';
  assert.deepEqual(told(none), { documents: [], claims: [['Sadykov posted a', null]] });
});
