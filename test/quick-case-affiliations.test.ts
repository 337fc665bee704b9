import assert from 'node:assert/strict';
import { beforeEach, test } from 'node:test';
import type { Store } from '../src/core/ports.ts';
import { bundleOfQuickCase, type QuickCaseValues } from '../web/src/features/forms/lib/quick-case.ts';
import {
  affiliationsFromDraft,
  emptyQuickAffiliation,
} from '../web/src/features/forms/lib/quick-case-affiliations.ts';
import { quickFieldOf } from '../web/src/features/forms/lib/quick-case-places.ts';
import { bodyOf, testApi } from './support/api.ts';
import { emptyForm } from './support/quick-form.ts';
import { forEachStore } from './support/stores.ts';

// The organisations the person prosecuted belongs to, in the form of one source: a party written as the source
// names it, with its registration as the source gives it, and the person's tie to it, each citing the sentence.

const IDS = { case: 'case:aff', source: 'source:aff', person: 'person:aff' };
const SENTENCE =
  'the Almaty City Prosecutor’s office on January 26 charged the opposition leader of the unregistered Democratic Party of Kazakhstan, Zhanbolat Mamay';

function values(): QuickCaseValues {
  return {
    ...emptyForm(),
    title: 'Zhanbolat Mamay',
    source: { ...emptyForm().source, title: 'A dispatch' },
    person: { existing: '', name: 'Zhanbolat Mamay', otherNames: '' },
    affiliations: [
      {
        ...emptyQuickAffiliation('organisation:dpk'),
        name: 'Democratic Party of Kazakhstan',
        role: 'opposition leader',
        isUnregistered: true,
        quote: SENTENCE,
      },
      // An empty row is left out, as an empty box is.
      emptyQuickAffiliation('organisation:empty'),
    ],
  };
}

type Rec = Record<string, unknown>;

test('a party the person leads is written as the source names it, unregistered, and tied to the person', () => {
  const bundle = bundleOfQuickCase(values(), IDS, 'en') as { organisations: Rec[]; persons: Rec[] };
  const cited = [{ source: 'source:aff', quote: SENTENCE }];
  assert.deepEqual(bundle.organisations, [
    {
      id: 'organisation:dpk',
      names: [
        {
          value: 'Democratic Party of Kazakhstan',
          script: 'Latn',
          language: 'en',
          kind: 'transliteration',
          isPreferred: true,
          sources: cited,
        },
      ],
      kind: 'party',
      jurisdiction: 'kz',
      registration: [{ status: 'unregistered', sources: cited }],
      visibility: 'internal',
      sources: cited,
    },
  ]);
  assert.deepEqual(bundle.persons[0]?.['affiliations'], [
    { organisation: 'organisation:dpk', role: 'opposition leader', sources: cited },
  ]);
  // One recorded already is tied to, not written again; a person recorded already keeps their record.
  const chosen = values();
  chosen.affiliations = [
    { ...emptyQuickAffiliation('organisation:new'), existing: 'organisation:held', role: 'member' },
  ];
  const tied = bundleOfQuickCase(chosen, IDS, 'en') as { organisations: Rec[]; persons: Rec[] };
  assert.deepEqual(tied.organisations, []);
  assert.deepEqual(tied.persons[0]?.['affiliations'], [
    { organisation: 'organisation:held', role: 'member', sources: [{ source: 'source:aff' }] },
  ]);
  const known = { ...values(), person: { ...values().person, existing: 'person:held' } };
  const kept = bundleOfQuickCase(known, IDS, 'en') as { organisations: Rec[]; persons: Rec[] };
  assert.deepEqual([kept.organisations, kept.persons], [[], []]);
  // Laid over a case, the person is the case's defendant, whose record is not written either.
  const into = bundleOfQuickCase({ ...values(), into: 'case:held' }, IDS, 'en') as { organisations: Rec[] };
  assert.deepEqual(into.organisations, []);
});

test('a role left empty is put beside its row’s box, the nth written being the nth row naming one', () => {
  const form = {
    ...values(),
    affiliations: [emptyQuickAffiliation('organisation:e'), ...(values().affiliations ?? [])],
  };
  assert.equal(quickFieldOf('$.persons[0].affiliations[0].role', form), 'affiliations.1.role');
  assert.equal(quickFieldOf('$.persons[0].affiliations[0].organisation', form), 'affiliations.1.name');
  assert.equal(quickFieldOf('$.persons[0].affiliations[3].role', form), undefined);
});

test('the draft’s organisations of the person the form takes are added after the rows, not twice', () => {
  const quote = { start: 0, end: SENTENCE.length, text: SENTENCE };
  const drafted = [
    {
      person: 0,
      name: 'Democratic Party of Kazakhstan',
      role: 'opposition leader',
      kind: 'party' as const,
      isUnregistered: true,
      quote,
    },
    {
      person: 1,
      name: 'Another Movement',
      role: 'member',
      kind: 'movement' as const,
      isUnregistered: false,
      quote,
    },
  ];
  let n = 0;
  const rows = affiliationsFromDraft(
    [emptyQuickAffiliation('organisation:blank')],
    drafted,
    () => `organisation:n${String(++n)}`,
  );
  assert.deepEqual(
    rows.map((r) => [r.id, r.name, r.role, r.kind, r.isUnregistered, r.quote]),
    [['organisation:n1', 'Democratic Party of Kazakhstan', 'opposition leader', 'party', true, SENTENCE]],
  );
  // Drafted again over the same rows: the party is named already.
  assert.equal(affiliationsFromDraft(rows, drafted, () => 'organisation:again').length, 1);
});

forEachStore(
  'a case recorded from one source, with the party of the person prosecuted',
  (getStore: () => Store) => {
    let api: ReturnType<typeof testApi>;
    beforeEach(() => {
      api = testApi(getStore);
    });

    test('imports whole: the person names the party, which is unregistered as the source says', async () => {
      const res = await api.call('researcher', 'POST', '/api/import', bundleOfQuickCase(values(), IDS, 'en'));
      assert.equal(res.status, 200, JSON.stringify(await res.clone().json()));
      const person = await bodyOf<{ record: { affiliations: Rec[] } }>(
        await api.call('researcher', 'GET', '/api/persons/person:aff'),
      );
      assert.deepEqual(
        person.record.affiliations.map((a) => [a['organisation'], a['role']]),
        [['organisation:dpk', 'opposition leader']],
      );
      const party = await bodyOf<{ record: { kind: string; registration: { status: string }[] } }>(
        await api.call('researcher', 'GET', '/api/organisations/organisation:dpk'),
      );
      assert.deepEqual(
        [party.record.kind, party.record.registration.map((r) => r.status)],
        ['party', ['unregistered']],
      );
    });

    test('a role left empty refuses the whole form, at the role, and writes nothing', async () => {
      const form = values();
      form.affiliations = (form.affiliations ?? []).map((a) => ({ ...a, role: '' }));
      const res = await api.call('researcher', 'POST', '/api/import', bundleOfQuickCase(form, IDS, 'en'));
      // Unprocessable, as any bundle the core refuses, naming the place.
      assert.equal(res.status, 422);
      assert.match(JSON.stringify(await res.json()), /persons\[0\]\.affiliations\[0\]\.role/);
      assert.equal((await api.call('researcher', 'GET', '/api/organisations/organisation:dpk')).status, 404);
    });
  },
);
