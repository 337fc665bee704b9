import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createIntl } from 'react-intl';
import en from '../../../locales/en.json' with { type: 'json' };
import type { PresentedCase } from '../api/get-case.ts';
import { caseCiters } from './source-citers.ts';

const intl = createIntl({ locale: 'en-GB', messages: en });
const BROUGHT = 'He was charged with “organizing mass riots.”';
const DROPPED = 'The charge was then reclassified as “violating the procedure for assemblies.”';

// The parts of a presented case the lines read, shaped as the API sends them.
const file = {
  persons: [
    {
      id: 'person:m',
      name: 'Zhanbolat Mamay',
      names: [
        { value: 'Zhanbolat Mamay', sources: [{ source: 'source:a', quote: BROUGHT }] },
        // Cited without words quoted: nothing to read it beside.
        { value: 'Zhanbolat Mamai', sources: [{ source: 'source:a' }] },
      ],
      // The party they lead, its registration as last recorded said with the tie.
      affiliations: [
        {
          organisation: 'organisation:dpk',
          name: 'Democratic Party of Kazakhstan',
          role: 'leader',
          registration: 'unregistered',
          sources: [{ source: 'source:a', quote: BROUGHT }],
        },
      ],
    },
  ],
  // The authority that brought the charge, tied to the case at the same words.
  authorities: [
    {
      id: 'organisation:prosecutor',
      name: 'Almaty City Prosecutor’s office',
      role: 'prosecuting',
      sources: [{ source: 'source:a', quote: BROUGHT }],
    },
  ],
  charges: [
    {
      id: 'charge:first',
      article: { jurisdiction: 'kz', code: 'cc', article: '272', part: '1' },
      lifecycle: [
        { kind: 'brought', date: '2022', sources: [{ source: 'source:a', quote: BROUGHT }] },
        { kind: 'reclassified', date: '2022-11', sources: [{ source: 'source:a', quote: DROPPED }] },
      ],
    },
    {
      id: 'charge:400',
      article: { jurisdiction: 'kz', code: 'cc', article: '400' },
      origin: { kind: 'reclassification', from: ['charge:first'] },
      lifecycle: [
        { kind: 'brought', date: '2022-11', sources: [{ source: 'source:a', quote: DROPPED }] },
        // The same words, cited again for the later step: one line for the charge at that sentence.
        { kind: 'sent_to_court', date: '2022-12', sources: [{ source: 'source:a', quote: DROPPED }] },
      ],
    },
  ],
  measures: [],
  hearings: [
    {
      id: 'hearing:1',
      kind: 'trial_session',
      status: 'held',
      date: '2022-11-07',
      // Another source's words are not this source's.
      sources: [{ source: 'source:b', quote: 'His trial began.' }],
    },
  ],
  events: [],
} as unknown as PresentedCase;

test("a source's citers are the records quoting it, a line per record and sentence, its facts there in order", () => {
  const citers = caseCiters(intl, file, 'source:a', {
    claims: [
      {
        allegation: 'allegation:1',
        summary: 'He organised riots',
        document: 'source:a',
        passage: { quote: BROUGHT },
      },
      {
        allegation: 'allegation:2',
        summary: 'Told elsewhere',
        document: 'source:b',
        passage: { quote: BROUGHT },
      },
    ],
  });
  assert.deepEqual(
    citers.map((c) => [c.kind, c.record, c.quote, c.name, c.what]),
    [
      ['person', 'person:m', BROUGHT, 'Zhanbolat Mamay', ''],
      [
        'affiliation',
        'person:m#tie0',
        BROUGHT,
        'Democratic Party of Kazakhstan',
        'Zhanbolat Mamay: leader · unregistered (has not been able to register)',
      ],
      ['authority', 'organisation:prosecutor', BROUGHT, 'Almaty City Prosecutor’s office', 'prosecuting'],
      ['charge', 'charge:first', BROUGHT, 'Art. 272(1)', 'brought 2022'],
      ['charge', 'charge:first', DROPPED, 'Art. 272(1)', 'reclassified November 2022'],
      [
        'charge',
        'charge:400',
        DROPPED,
        'Art. 400',
        'brought by reclassification November 2022 · sent to court December 2022',
      ],
      ['claim', 'allegation:1', BROUGHT, 'He organised riots', ''],
    ],
  );
  // Each line has a place of its own, for the text's layout to put it after its sentence.
  assert.equal(new Set(citers.map((c) => c.place)).size, citers.length);
  assert.deepEqual(caseCiters(intl, file, 'source:none'), []);
});

test("a claim's note and its speech's assessment, read from sentences of their own, cite those sentences", () => {
  const ANSWER = 'However, the indictment does not say Mamay carried out any violent acts.';
  const JUDGED = 'Calling for political reforms is not a crime.';
  const OTHER = 'There is no evidence he did.';
  const citers = caseCiters(intl, file, 'source:a', {
    claims: [
      {
        allegation: 'allegation:1',
        summary: 'He called for reform',
        document: 'source:a',
        passage: { quote: BROUGHT },
        note: `The source answers: ${ANSWER}`,
        sources: [
          { source: 'source:a', quote: BROUGHT },
          { source: 'source:a', quote: ANSWER },
          { source: 'source:a', quote: OTHER },
        ],
        speechAssessment: {
          finding: 'protected',
          reasoning: 'calling for political reforms is not a crime',
          sources: [{ source: 'source:a', quote: JUDGED }],
        },
      },
      // A claim of a document known only from this source: told of at the sentence it cites.
      {
        allegation: 'allegation:2',
        summary: 'He misinformed the crowd',
        document: 'source:indictment',
        sources: [{ source: 'source:a', quote: DROPPED }],
      },
    ],
  }).filter((c) => c.kind === 'claim');
  assert.deepEqual(
    citers.map((c) => [c.record, c.quote, c.what]),
    [
      ['allegation:1', BROUGHT, ''],
      ['allegation:1', ANSWER, 'noted in these words'],
      // A sentence it cites that its note does not quote: the claim is told of there.
      ['allegation:1', OTHER, ''],
      [
        'allegation:1',
        JUDGED,
        'its speech assessed: protected expression: calling for political reforms is not a crime',
      ],
      ['allegation:2', DROPPED, ''],
    ],
  );
});

test('a record citing words joined from several sentences has its line at each of them', () => {
  const CARRIES = 'The charge carries a maximum 10-year prison sentence.';
  const joined = {
    ...file,
    persons: [],
    authorities: [],
    hearings: [],
    charges: [
      {
        id: 'charge:again',
        article: { jurisdiction: 'kz', code: 'cc', article: '272', part: '1' },
        lifecycle: [
          {
            kind: 'brought',
            date: '2023-01-26',
            sources: [{ source: 'source:a', quote: `${BROUGHT} … ${CARRIES}` }],
          },
        ],
      },
    ],
  } as unknown as PresentedCase;
  assert.deepEqual(
    caseCiters(intl, joined, 'source:a').map((c) => [c.record, c.quote]),
    [
      ['charge:again', BROUGHT],
      ['charge:again', CARRIES],
    ],
  );
});
