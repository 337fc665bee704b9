import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DecisionSchema } from '../../../../../src/core/decision/decision.ts';
import { EventSchema } from '../../../../../src/core/event/event.ts';
import { OrganisationSchema } from '../../../../../src/core/organisation/organisation.ts';
import { SourceSchema } from '../../../../../src/core/source/source.ts';
import { recordOfForm } from './form-record.ts';

test('a source form with a capture becomes a source the core accepts, the empty capture boxes left out', () => {
  const record = recordOfForm({
    id: 'source:post',
    kind: 'capture',
    documentKind: '',
    title: 'Post',
    url: 'https://t.me/c/1',
    pageCount: Number.NaN,
    capture: { platform: 'Telegram', postId: '1', account: '', capturedAt: '2023-01-12T10:30', tool: '' },
    visibility: 'internal',
    fieldVisibility: { capture: 'restricted', url: '' },
  });
  assert.deepEqual((record as { capture: unknown }).capture, {
    platform: 'Telegram',
    postId: '1',
    capturedAt: '2023-01-12T10:30',
  });
  assert.deepEqual((record as { fieldVisibility: unknown }).fieldVisibility, { capture: 'restricted' });
  assert.equal(SourceSchema.safeParse(record).success, true);
});

test('an event form with no casualty counted sends no casualties; a count without its qualifier is exact', () => {
  const empty = { value: Number.NaN, qualifier: '', sources: [] };
  const form = {
    id: 'event:protest',
    kind: 'protest',
    title: 'Protest',
    start: '2022-01',
    place: { name: '', region: '', country: '' },
    casualties: { deaths: empty, injured: empty, detained: empty },
    cases: ['case:x', ''],
    persons: [],
    visibility: 'internal',
  };
  const record = recordOfForm(form) as Record<string, unknown>;
  assert.equal(record.casualties, undefined);
  assert.equal(record.place, undefined);
  assert.deepEqual(record.cases, ['case:x']);
  const counted = EventSchema.parse(
    recordOfForm({
      ...form,
      casualties: { ...form.casualties, detained: { value: 120, qualifier: '', sources: [] } },
    }),
  );
  assert.deepEqual(counted.casualties, { detained: { value: 120, qualifier: 'exact', sources: [] } });
});

test('a decision form with a sentence part and readers of a restricted record is one the core accepts', () => {
  const record = recordOfForm({
    id: 'decision:v',
    case: 'case:x',
    kind: 'verdict',
    date: '2023-04-12',
    court: '',
    judges: ['person:judge', ''],
    defendant: 'person:d',
    outcomes: [{ charge: 'charge:1', outcome: 'convicted', ground: '', reason: '' }],
    sentence: [
      {
        type: 'imprisonment',
        term: { years: 5, months: Number.NaN, days: Number.NaN },
        regime: '',
        isSuspended: false,
        probation: { years: Number.NaN },
      },
    ],
    appeals: [],
    visibility: 'restricted',
    readers: ['group:lawyers', ''],
  });
  const parsed = DecisionSchema.parse(record);
  assert.deepEqual(parsed.judges, ['person:judge']);
  assert.deepEqual(parsed.sentence, [{ type: 'imprisonment', term: { years: 5 }, isSuspended: false }]);
  assert.deepEqual(parsed.readers, ['group:lawyers']);
  const open = DecisionSchema.safeParse({ ...parsed, visibility: 'internal' });
  assert.equal(open.success, false, 'readers open only a restricted record');
  assert.deepEqual(open.error?.issues[0]?.path, ['readers']);
});

test('an organisation form with a registration step and no parent is one the core accepts', () => {
  const record = recordOfForm({
    id: 'organisation:dvk',
    names: [{ value: 'Демократический выбор Казахстана', script: 'Cyrl', language: 'ru', kind: 'native' }],
    kind: 'party',
    parent: '',
    registration: [{ status: 'designated_extremist', date: '2018-03', authority: '', note: '', sources: [] }],
    visibility: 'public',
  });
  assert.equal(OrganisationSchema.safeParse(record).success, true);
  assert.deepEqual((record as { registration: unknown }).registration, [
    { status: 'designated_extremist', date: '2018-03', sources: [] },
  ]);
});

test('a sum a decision orders keeps its kind; an empty amount is left out', () => {
  const base = {
    id: 'decision:m',
    case: 'case:x',
    kind: 'verdict',
    date: '2023',
    defendant: 'person:d',
    visibility: 'internal',
  };
  const parsed = DecisionSchema.parse(
    recordOfForm({
      ...base,
      money: [
        { kind: 'damages', amount: { value: 1500000, unit: 'KZT' }, description: '' },
        { kind: 'confiscation', amount: { value: Number.NaN, unit: '' }, description: 'a car' },
      ],
    }),
  );
  assert.deepEqual(parsed.money, [
    { kind: 'damages', amount: { value: 1500000, unit: 'KZT' } },
    { kind: 'confiscation', description: 'a car' },
  ]);
});
