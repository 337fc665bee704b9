import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { PresentedCase, PresentedCaseFacts } from '../api/get-case.ts';
import { sinceOfAlike, timelineLinks, timelineRows } from './timeline-rows.ts';

// The parts of a presented case the timeline reads, shaped as the API sends them (the demo case, shortened).
const file = {
  charges: [
    {
      id: 'charge:first',
      articleLabel: 'Art. 272(1)',
      article: { jurisdiction: 'kz', code: 'cc', article: '272', part: '1' },
      lifecycle: [
        { kind: 'brought', date: '2022' },
        { kind: 'reclassified', date: '2022-11~' },
      ],
    },
    {
      id: 'charge:400',
      articleLabel: 'Art. 400',
      article: { jurisdiction: 'kz', code: 'cc', article: '400' },
      lifecycle: [
        { kind: 'brought', date: '2022-11~' },
        { kind: 'sent_to_court', date: '2022' },
      ],
    },
    { id: 'charge:undated', articleLabel: 'Art. 1', article: { article: '1' }, lifecycle: [] },
  ],
  measures: [
    {
      id: 'measure:custody',
      kind: 'detention_unstated',
      kindTitle: 'detention, kind not stated',
      steps: [
        { kind: 'ordered', date: '[2022-01..2022-05]' },
        { kind: 'extended', date: '2022-03' },
        { kind: 'changed', date: '[2022-09..2023-01-26]' },
      ],
    },
  ],
  hearings: [
    { id: 'hearing:a', kind: 'trial_session', date: '2022-11-07' },
    { id: 'hearing:b', kind: 'trial_session', date: '2023-02-06' },
  ],
  events: [
    { id: 'event:protest', title: 'Protest', start: '2022-01-04' },
    { id: 'event:elections', title: 'Elections', start: '2023-03', end: '2023-04' },
  ],
} as unknown as PresentedCase;

test('each charge runs from when it was brought to the step that ended it; other steps are marks', () => {
  const rows = timelineRows(file);
  const first = rows.find((r) => r.id === 'charge:first');
  assert.deepEqual(first?.interval, { start: '2022', end: '2022-11~' });
  assert.deepEqual(first?.marks, []);
  const live = rows.find((r) => r.id === 'charge:400');
  assert.deepEqual(live?.interval, { start: '2022-11~' }, 'sent to court does not end a charge');
  assert.deepEqual(live?.marks, [{ id: 'charge:400#0', date: '2022', what: 'step.sent_to_court' }]);
  assert.equal(live?.article?.article, '400');
  assert.equal(
    rows.find((r) => r.id === 'charge:undated'),
    undefined,
    'nothing to draw without a date',
  );
});

test('a measure runs from its order to its change or end; hearings share a row; events are spans or marks', () => {
  const rows = timelineRows(file);
  const custody = rows.find((r) => r.id === 'measure:custody');
  assert.deepEqual(custody?.interval, { start: '[2022-01..2022-05]', end: '[2022-09..2023-01-26]' });
  assert.deepEqual(
    custody?.marks.map((m) => m.what),
    ['measureStep.extended'],
  );
  assert.equal(custody?.labelKey, 'measureKind.detention_unstated');
  const hearings = rows.filter((r) => r.lane === 'hearings');
  assert.equal(hearings.length, 1);
  assert.deepEqual(
    hearings[0]?.marks.map((m) => m.date),
    ['2022-11-07', '2023-02-06'],
  );
  assert.deepEqual(rows.find((r) => r.id === 'event:elections')?.interval, {
    start: '2023-03',
    end: '2023-04',
  });
  assert.deepEqual(rows.find((r) => r.id === 'event:protest')?.marks, [
    { id: 'event:protest', date: '2022-01-04' },
  ]);
  assert.deepEqual(
    rows.map((r) => r.lane),
    ['charges', 'charges', 'measures', 'hearings', 'events', 'events'],
  );
});

test('the lineage links only charges that are drawn', () => {
  const rows = timelineRows(file);
  const facts = {
    lineage: [
      {
        links: [
          { from: 'charge:first', to: 'charge:400', kind: 'reclassification' },
          { from: 'charge:first', to: 'charge:withheld', kind: 'rebrought' },
        ],
      },
    ],
  } as unknown as PresentedCaseFacts;
  assert.deepEqual(timelineLinks(facts, rows), [
    { from: 'charge:first', to: 'charge:400', kind: 'reclassification' },
  ]);
});

test('two charges under one article are told apart by their first day; a charge alone keeps its label', () => {
  const again = {
    id: 'charge:again',
    articleLabel: 'Art. 272(1)',
    article: { jurisdiction: 'kz', code: 'cc', article: '272', part: '1' },
    lifecycle: [{ kind: 'brought', date: '2023-01-26' }],
  };
  const rows = timelineRows({ ...file, charges: [...file.charges, again] } as unknown as typeof file);
  const since = Object.fromEntries(rows.filter((r) => r.lane === 'charges').map((r) => [r.id, r.since]));
  assert.deepEqual(since, { 'charge:first': '2022', 'charge:400': undefined, 'charge:again': '2023' });
  // In one year, by the date.
  const sameYear = { ...again, id: 'charge:same-year', lifecycle: [{ kind: 'brought', date: '2022-12-01' }] };
  const both = timelineRows({ ...file, charges: [...file.charges, sameYear] } as unknown as typeof file);
  assert.deepEqual(
    both.filter((r) => r.label === 'Art. 272(1)').map((r) => r.since),
    ['2022', '2022-12-01'],
  );
  // A first day known only as a range is told by its first end, never by the range's notation.
  const ranged = timelineRows({
    ...file,
    charges: file.charges
      .map((c) =>
        c.id === 'charge:first'
          ? {
              ...c,
              lifecycle: c.lifecycle.map((s, i) =>
                i === 0 ? { ...s, date: '[2022-01-01..2022-11-30]' } : s,
              ),
            }
          : c,
      )
      .concat([again as (typeof file.charges)[number]]),
  });
  assert.deepEqual(
    ranged.filter((r) => r.label === 'Art. 272(1)').map((r) => r.since),
    ['2022', '2023'],
  );
});

test('a charge that replaced one later brought again is drawn as not confirmed from the day that one came back', () => {
  const defendant = { id: 'person:a', name: 'A' };
  const charges = [
    { ...file.charges[0], defendant },
    { ...file.charges[1], defendant, origin: { kind: 'reclassification', from: ['charge:first'] } },
    {
      id: 'charge:again',
      defendant,
      articleLabel: 'Art. 272(1)',
      article: { jurisdiction: 'kz', code: 'cc', article: '272', part: '1' },
      origin: { kind: 'rebrought', from: ['charge:first'] },
      lifecycle: [{ kind: 'brought', date: '2023-01-26' }],
    },
  ];
  const rows = timelineRows({ ...file, charges } as unknown as typeof file);
  const from = Object.fromEntries(
    rows.filter((r) => r.lane === 'charges').map((r) => [r.id, r.unconfirmedFrom]),
  );
  assert.deepEqual(from, {
    'charge:first': undefined,
    'charge:400': '2023-01-26',
    'charge:again': undefined,
  });
  // Dropped, its fate is recorded.
  const dropped = charges.map((c) =>
    c.id === 'charge:400'
      ? { ...c, lifecycle: [...(c.lifecycle as object[]), { kind: 'dropped', date: '2023-01-26' }] }
      : c,
  );
  const ended = timelineRows({ ...file, charges: dropped } as unknown as typeof file);
  assert.equal(ended.find((r) => r.id === 'charge:400')?.unconfirmedFrom, undefined);
});

test('records named alike are told apart by the year they began, or by the day where the year is one', () => {
  const told = sinceOfAlike([
    { id: 'a', label: 'Art. 272(1)', start: '[2022-01-01..2022-12-11]' },
    { id: 'b', label: 'Art. 400', start: '2022-11' },
    { id: 'c', label: 'Art. 272(1)', start: '2023-01-26' },
    { id: 'd', label: 'Art. 274', start: '2022-03-01' },
    { id: 'e', label: 'Art. 274', start: '2022-05-02' },
    { id: 'f', label: 'Art. 378', start: undefined },
  ]);
  assert.deepEqual([...told].sort(), [
    ['a', '2022'],
    ['c', '2023'],
    ['d', '2022-03-01'],
    ['e', '2022-05-02'],
  ]);
});
