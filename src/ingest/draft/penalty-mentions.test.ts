import assert from 'node:assert/strict';
import { test } from 'node:test';
import { draftCase } from './case-draft.ts';
import { law, seedDispatch } from './draft-rows.ts';

/** The terms a text says its charges carry: the term, the charges' articles, the sentence's first words. */
const stated = (text: string) => {
  const draft = draftCase(text, law);
  return draft.statedMaximums.map((m) => [
    m.max,
    m.charges.map((i) => draft.charges[i]?.article?.article ?? '?'),
    m.quote.text.split(' ').slice(0, 3).join(' '),
  ]);
};

test('the seed dispatch says the charge brought again carries at most ten years, in the sentence after it', (t) => {
  const text = seedDispatch(t);
  if (text === undefined) return;
  const draft = draftCase(text, law);
  assert.deepEqual(stated(text), [[{ years: 10 }, ['272'], 'The charge carries']]);
  // The charge it speaks of is the one the sentence before names: the 272(1) brought again.
  assert.equal(draft.charges[draft.statedMaximums[0]?.charges[0] ?? -1]?.began, 'rebrought');
});

test('a term a charge carries is read in English, Russian and Kazakh; a verdict’s term and a sentence naming no term are not', () => {
  assert.deepEqual(
    stated(
      'The Almaty City Prosecutor’s office on 10 March 2024 charged Erlan Sadykov with “disseminating false information”, which carries up to seven years in prison.',
    ),
    [[{ years: 7 }, ['274'], 'The Almaty City']],
  );
  assert.deepEqual(
    stated(
      'Прокуратура Алматы 10 марта 2024 года предъявила Ерлану Садыкову обвинение в распространении заведомо ложной информации. Ему грозит до десяти лет лишения свободы.',
    ),
    [[{ years: 10 }, ['274'], 'Ему грозит до']],
  );
  assert.deepEqual(
    stated(
      'Ерлан Садыковқа 2024 жылғы 10 наурызда айып тағылды. Оған 7 жылға дейін бас бостандығынан айыру қатері төніп тұр.',
    ),
    [[{ years: 7 }, [], 'Оған 7 жылға']],
  );
  // A term imposed is the verdict's, not the most the charge carries; a length of custody is no term of the law.
  assert.deepEqual(
    stated(
      'On 3 May 2024 the court sentenced Erlan Sadykov to up to five years in prison. He spent eight months in pretrial detention.',
    ),
    [],
  );
});
