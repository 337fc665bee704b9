import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  byLiveLatest,
  chargeDetail,
  detailOf,
  editLabels,
  filterOptions,
  joinPrincipal,
  labelOf,
  shortened,
  splitPrincipal,
  type EditWording,
} from './record-labels.ts';

const say = (id: string, values?: Record<string, string>) => `${id}${values ? JSON.stringify(values) : ''}`;

test("a picker names a person by the name in the reader's language, a source by its title, a charge by its article", () => {
  const names = [
    { value: 'Жанболат Мамай', script: 'Cyrl', language: 'kk', kind: 'native' },
    { value: 'Zhanbolat Mamay', script: 'Latn', language: 'en', kind: 'transliteration' },
  ];
  assert.equal(labelOf('person', { id: 'person:m', names }, 'en', say), 'Zhanbolat Mamay');
  assert.equal(labelOf('person', { id: 'person:m', names }, 'kk', say), 'Жанболат Мамай');
  assert.equal(labelOf('source', { id: 'source:d', title: 'Dispatch' }, 'en', say), 'Dispatch');
  assert.equal(
    labelOf('charge', { id: 'charge:1', article: { article: '274', part: '2' } }, 'ru', say),
    'article.withPart{"article":"274","part":"2"}',
  );
  assert.equal(
    labelOf('decision', { id: 'd', kind: 'verdict', date: '2023-04-12' }, 'en', say),
    'decisionKind.verdict 2023-04-12',
  );
});

// Words as an English reader reads them, with dates written as recorded.
const WORDS: Record<string, string> = {
  'article.plain': 'Art. {article}',
  'article.withPart': 'Art. {article}({part})',
  'common.or': ' or ',
  'step.brought': 'brought',
  'step.reclassified': 'reclassified',
  'measureKind.house_arrest': 'house arrest',
  'measureStep.ordered': 'ordered',
  'measureStep.ended': 'ended',
  'hearingKind.trial_session': 'trial session',
  'decisionKind.verdict': 'verdict',
};
const wording: EditWording = {
  say: (id, values) =>
    Object.entries(values ?? {}).reduce((text, [k, v]) => text.replace(`{${k}}`, v), WORDS[id] ?? id),
  date: (value) => value,
  personName: (id) => ({ 'person:a': 'Zhanbolat Mamay', 'person:b': 'Aigerim Tleuzhan' })[id],
};
const charge = (id: string, steps: [string, string][], extra: Record<string, unknown> = {}) => ({
  id,
  record: {
    id,
    defendant: 'person:a',
    article: { jurisdiction: 'kz', code: 'cc', article: '272', part: '1' },
    lifecycle: steps.map(([kind, date]) => ({ kind, date, sources: [] })),
    ...extra,
  },
});

test('two charges under one article are told apart by their steps, and no link reads an id', () => {
  const labels = editLabels(
    'charge',
    [
      charge('charge:0bjzqagd', [
        ['brought', '2022'],
        ['reclassified', '2022-11~'],
      ]),
      charge('charge:x9k2m1pq', [['brought', '2023-01-26']]),
    ],
    wording,
  );
  assert.deepEqual(labels, [
    { id: 'charge:0bjzqagd', label: 'Art. 272(1), brought 2022, reclassified 2022-11~', isAlike: false },
    { id: 'charge:x9k2m1pq', label: 'Art. 272(1), brought 2023-01-26', isAlike: false },
  ]);
  for (const { id, label } of labels) assert.ok(!label.includes(id) && !label.includes('charge:'), label);
});

test('charges against several defendants name each; alike links are marked so their ids can follow', () => {
  const labels = editLabels(
    'charge',
    [
      charge('charge:1', [['brought', '2022-11']]),
      charge('charge:2', [['brought', '2022-11']], { defendant: 'person:b' }),
      charge('charge:3', [['brought', '2022-11']], { defendant: 'person:b' }),
    ],
    wording,
  );
  assert.deepEqual(
    labels.map((l) => [l.label, l.isAlike]),
    [
      ['Art. 272(1), Zhanbolat Mamay, brought 2022-11', false],
      ['Art. 272(1), Aigerim Tleuzhan, brought 2022-11', true],
      ['Art. 272(1), Aigerim Tleuzhan, brought 2022-11', true],
    ],
  );
  const doubted = charge('charge:4', [['brought', '2022']], {
    article: { jurisdiction: 'kz', code: 'cc', article: '274' },
    partsInDoubt: [
      { part: '2', sources: [] },
      { part: '3', sources: [] },
    ],
  });
  assert.equal(editLabels('charge', [doubted], wording)[0]?.label, 'Art. 274(2 or 3), brought 2022');
});

test('a measure reads its kind and dates, a hearing its date and kind, a decision its kind and date', () => {
  const one = (kind: Parameters<typeof editLabels>[0], record: Record<string, unknown>) =>
    editLabels(kind, [{ id: 'x:1', record }], wording)[0]?.label;
  assert.equal(
    one('measure', {
      kind: 'house_arrest',
      person: 'person:a',
      steps: [
        { kind: 'ordered', date: '2022-09' },
        { kind: 'extended', date: '2022-11' },
        { kind: 'ended', date: '2023-01-26' },
      ],
    }),
    'house arrest, ordered 2022-09, ended 2023-01-26',
  );
  assert.equal(
    one('hearing', { kind: 'trial_session', date: '2022-11-07', status: 'held' }),
    '2022-11-07, trial session',
  );
  assert.equal(one('decision', { kind: 'verdict', date: '2023-04-12' }), 'verdict, 2023-04-12');
  assert.equal(one('event', { title: 'Peaceful protest in Almaty' }), 'Peaceful protest in Almaty');
  assert.equal(one('source', { title: 'Dispatch' }), 'Dispatch');
  assert.equal(one('evidence', { title: 'Expert analyses' }), 'Expert analyses');
  assert.equal(
    one('allegation', {
      summary:
        'To organise mass riots, Mamay uploaded videos to Facebook calling on Almaty residents to join the peaceful protest on January 4',
    }),
    'To organise mass riots, Mamay uploaded videos to Facebook calling on Almaty…',
  );
  assert.equal(one('charge', {}), 'x:1', 'a record the reader sees nothing of is named by its id');
});

test('a long line is cut at a word with an ellipsis; a short one is kept', () => {
  assert.equal(shortened('short line'), 'short line');
  assert.equal(shortened('one two three four', 12), 'one two…');
  assert.equal(shortened('abcdefghijklmnop', 8), 'abcdefgh…');
});

test('a record with nothing to name it by is named by its id', () => {
  assert.equal(labelOf('person', { id: 'person:x', names: [] }, 'en', say), 'person:x');
  assert.equal(labelOf('charge', { id: 'charge:x' }, 'en', say), 'charge:x');
  assert.equal(labelOf('event', { id: 'event:x' }, 'en', say), 'event:x');
});

test('typing narrows the options by every word, in label or id, whatever the case or accents', () => {
  const options = [
    { id: 'organisation:court-almaty', label: 'Алматинский городской суд' },
    { id: 'organisation:pressclub', label: 'Adil Soz' },
    { id: 'organisation:party', label: 'Демократический выбор Казахстана' },
  ];
  assert.deepEqual(
    filterOptions(options, 'СУД алмат').map((o) => o.id),
    ['organisation:court-almaty'],
  );
  assert.deepEqual(
    filterOptions(options, 'pressclub').map((o) => o.id),
    ['organisation:pressclub'],
  );
  assert.deepEqual(
    filterOptions(options, 'ádil').map((o) => o.id),
    ['organisation:pressclub'],
  );
  assert.equal(filterOptions(options, '  ').length, 3);
  assert.deepEqual(filterOptions(options, 'nothing like it'), []);
});

test('a reader is edited as a type and a name, and written back as the core has it', () => {
  assert.deepEqual(splitPrincipal('group:lawyers'), { type: 'group', name: 'lawyers' });
  assert.deepEqual(splitPrincipal('user:aigerim'), { type: 'user', name: 'aigerim' });
  assert.deepEqual(splitPrincipal(undefined), { type: 'user', name: '' });
  assert.equal(joinPrincipal({ type: 'group', name: ' lawyers ' }), 'group:lawyers');
  assert.equal(joinPrincipal({ type: 'user', name: '' }), '', 'an empty row is left out');
  assert.equal(joinPrincipal({ type: 'group', name: '' }), 'group:', 'a group keeps its choice until named');
  for (const value of ['user:a', 'group:b.c']) assert.equal(joinPrincipal(splitPrincipal(value)), value);
});

test('two persons of one name are told apart in a picker by their other written forms, which also find them', () => {
  const person = (...values: string[]) => ({
    names: values.map((value) => ({
      value,
      script: 'Latn',
      language: 'en',
      kind: 'transliteration',
      sources: [],
    })),
  });
  assert.equal(
    detailOf('person', person('Zhanbolat Mamay', 'Zhanbolat Mamai', 'Жанболат Мамай'), 'Zhanbolat Mamay'),
    'Zhanbolat Mamai · Жанболат Мамай',
  );
  assert.equal(detailOf('person', person('Zhanbolat Mamay'), 'Zhanbolat Mamay'), undefined);
  assert.equal(detailOf('source', { title: 'A dispatch' }, 'A dispatch'), undefined);
  const options = [
    { id: 'person:a', label: 'Zhanbolat Mamay', detail: 'Жанболат Мамай' },
    { id: 'person:b', label: 'Zhanbolat Mamay' },
  ];
  assert.deepEqual(
    filterOptions(options, 'Жанболат').map((o) => o.id),
    ['person:a'],
  );
});

test('two charges under one article are told apart in a picker: the live and latest first, with words and steps', () => {
  const charge = (id: string, steps: [string, string][]) => ({
    id,
    record: {
      id,
      label: 'organizing mass riots',
      article: { article: '272', part: '1' },
      lifecycle: steps.map(([kind, date]) => ({ kind, date })),
    },
  });
  const first = charge('charge:a', [
    ['brought', '2022'],
    ['reclassified', '2022-11~'],
  ]);
  const again = charge('charge:z', [['brought', '2023-01-26']]);
  const lesser = charge('charge:m', [['brought', '2021']]);
  // The live ones first (the latest brought first), the one reclassified last: not by their ids.
  assert.deepEqual(
    byLiveLatest([first, lesser, again]).map((c) => c.id),
    ['charge:z', 'charge:m', 'charge:a'],
  );
  assert.equal(
    chargeDetail(first.record, wording),
    'organizing mass riots · brought 2022, reclassified 2022-11~',
  );
});
