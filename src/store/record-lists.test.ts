import assert from 'node:assert/strict';
import { test } from 'node:test';
import { caseRecord, chargeRecord, personRecord } from '../../test/support/record-fixtures.ts';
import { forEachStore } from '../../test/support/stores.ts';
import { openSession } from '../core/access/session.ts';
import { PUBLIC_ACTOR, SYSTEM_ACTOR, type Actor } from '../core/actor.ts';
import type { CaseSearch, PersonSearch, Store } from '../core/ports.ts';
import type { RecordOf } from '../core/record/record-kinds.ts';

// Restricted records here name the editor as a reader: the editor reads them, the public does not.
// Filters and orders of the case and person lists, run by the database on both dialects: each filter, each
// order in both directions, paging across ties, and restricted records never matching for the public.

const EDITOR: Actor = { id: 'user:ed', user: 'ed', roles: ['editor'] };

const organisation = (
  id: string,
  visibility: 'public' | 'restricted' = 'public',
): RecordOf<'organisation'> => ({
  id,
  names: [{ value: id, script: 'Latn', language: 'en', kind: 'native', sources: [] }],
  kind: 'party',
  registration: [],
  visibility,
  sources: [],
});

const measure = (id: string, caseId: string, kind: string, ended: boolean): RecordOf<'measure'> => ({
  id,
  case: caseId,
  person: 'person:a',
  kind,
  steps: [
    { kind: 'ordered', date: '2022-03-16', sources: [] },
    ...(ended ? [{ kind: 'ended' as const, date: '2022-05-01', sources: [] }] : []),
  ],
  visibility: 'public',
  sources: [],
});

const person = (id: string, name: string, extra: Partial<RecordOf<'person'>> = {}) =>
  personRecord(id, {
    names: [{ value: name, script: 'Latn', language: 'en', kind: 'official_latin', sources: [] }],
    visibility: 'public',
    ...extra,
  });

/** Five public cases and one restricted, with charges, measures, persons and organisations to filter on. */
async function seed(store: Store): Promise<void> {
  await store.run(SYSTEM_ACTOR, async (tx) => {
    await tx.createMany('organisation', [
      organisation('org:party'),
      organisation('org:secret', 'restricted'),
    ]);
    await tx.createMany('person', [
      person('person:a', 'Bota Alieva', {
        affiliations: [{ organisation: 'org:party', role: 'member', sources: [] }],
      }),
      person('person:b', 'Askar Bekov'),
      person('person:hidden', 'Hidden Person', {
        visibility: 'restricted',
        readers: ['user:ed'],
        affiliations: [{ organisation: 'org:party', role: 'member', sources: [] }],
      }),
    ]);
    const pub = { visibility: 'public' as const };
    const opened = { visibility: 'restricted' as const, readers: ['user:ed'] };
    await tx.createMany('case', [
      caseRecord('case:1', {
        ...pub,
        title: 'delta',
        openedOn: '2022-03',
        participants: [{ person: 'person:a', role: 'defendant', sources: [] }],
      }),
      caseRecord('case:2', {
        ...pub,
        title: 'alpha',
        jurisdiction: 'zz',
        openedOn: '2021-11-07~',
        participants: [{ person: 'person:b', role: 'defendant', sources: [] }],
      }),
      caseRecord('case:3', {
        ...pub,
        title: 'alpha',
        authorities: [{ organisation: 'org:party', role: 'other', sources: [] }],
        participants: [{ person: 'person:hidden', role: 'defendant', sources: [] }],
      }),
      caseRecord('case:4', { ...pub, title: 'alpha', openedOn: '2023-01-20' }),
      caseRecord('case:5', { ...pub, title: 'charlie', openedOn: '2022-07-01' }),
      caseRecord('case:6', { ...opened, title: 'aaa secret', openedOn: '2022-03-10' }),
    ]);
    await tx.createMany('charge', [
      chargeRecord('charge:1', 'case:1', pub),
      chargeRecord('charge:2', 'case:2', {
        ...pub,
        article: { jurisdiction: 'zz', code: 'cc', article: '174', part: '2' },
        lifecycle: [
          { kind: 'brought', date: '2021-12-01', sources: [] },
          { kind: 'reclassified', date: '2022-02-01', sources: [] },
        ],
      }),
      // case:3 has no opening date: its first charge step stands for it.
      chargeRecord('charge:3', 'case:3', {
        ...pub,
        lifecycle: [{ kind: 'brought', date: '2022-09-02', sources: [] }],
      }),
      chargeRecord('charge:4', 'case:4', {
        ...opened,
        article: { jurisdiction: 'kz', code: 'cc', article: '405', part: '1' },
      }),
      chargeRecord('charge:6', 'case:6', opened),
    ]);
    await tx.createMany('measure', [
      measure('measure:1', 'case:1', 'custody', false),
      measure('measure:2', 'case:2', 'custody', true),
      { ...measure('measure:4', 'case:4', 'house_arrest', false), ...opened },
    ]);
  });
}

const all = { sort: 'id', direction: 'asc', limit: 100 } as const;

forEachStore('case and person lists', (getStore) => {
  const cases = async (search: Partial<CaseSearch>, actor: Actor = PUBLIC_ACTOR) =>
    (await openSession(getStore(), actor).findCases({ ...all, ...search })).map((f) => f.id);
  const persons = async (search: Partial<PersonSearch>, actor: Actor = PUBLIC_ACTOR) =>
    (await openSession(getStore(), actor).findPersons({ ...all, ...search })).map((f) => f.id);

  test('the public never sees a restricted case, and filters count only what they may read', async () => {
    await seed(getStore());
    assert.deepEqual(await cases({}), ['case:1', 'case:2', 'case:3', 'case:4', 'case:5']);
    assert.deepEqual(await cases({}, EDITOR), ['case:1', 'case:2', 'case:3', 'case:4', 'case:5', 'case:6']);
    // charge:4 (art. 405) and measure:4 are restricted: for the public, case:4 matches neither.
    assert.deepEqual(await cases({ article: { article: '405' } }), []);
    assert.deepEqual(await cases({ article: { article: '405' } }, EDITOR), ['case:4']);
    assert.deepEqual(await cases({ measure: 'house_arrest' }), []);
    assert.deepEqual(await cases({ measure: 'house_arrest' }, EDITOR), ['case:4']);
    assert.deepEqual(await cases({ article: { article: '272' } }), ['case:1', 'case:3']);
    assert.deepEqual(await cases({ article: { article: '272' } }, EDITOR), ['case:1', 'case:3', 'case:6']);
  });

  test('jurisdiction, article with its part, current or ever', async () => {
    await seed(getStore());
    assert.deepEqual(await cases({ jurisdiction: 'zz' }), ['case:2']);
    assert.deepEqual(await cases({ article: { article: '272', part: '1' } }), ['case:1', 'case:3']);
    assert.deepEqual(await cases({ article: { article: '272', part: '2' } }), []);
    // charge:2 was reclassified: no longer current, but the case once had it.
    assert.deepEqual(await cases({ article: { article: '174' } }), []);
    assert.deepEqual(await cases({ article: { article: '174', part: '2' }, isArticleEver: true }), [
      'case:2',
    ]);
  });

  test('measure kind, current or ever', async () => {
    await seed(getStore());
    assert.deepEqual(await cases({ measure: 'custody' }), ['case:1']);
    assert.deepEqual(await cases({ measure: 'custody', isMeasureEver: true }), ['case:1', 'case:2']);
  });

  test('organisation: an affiliated participant the reader may read, or an authority of the case', async () => {
    await seed(getStore());
    // case:3's defendant is a hidden member of the party; the party is its authority all the same.
    assert.deepEqual(await cases({ organisation: 'org:party' }), ['case:1', 'case:3']);
    assert.deepEqual(await cases({ organisation: 'org:secret' }, EDITOR), []);
    assert.deepEqual(await cases({ organisation: 'org:secret' }), []);
  });

  test('person and role; a hidden person has no cases for the public', async () => {
    await seed(getStore());
    assert.deepEqual(await cases({ person: 'person:a' }), ['case:1']);
    assert.deepEqual(await cases({ person: 'person:a', role: 'lawyer' }), []);
    assert.deepEqual(await cases({ person: 'person:hidden' }), []);
    assert.deepEqual(await cases({ person: 'person:hidden' }, EDITOR), ['case:3']);
  });

  test('date range over the opening day, or the first charge step; partial dates when they can fall in it', async () => {
    await seed(getStore());
    assert.deepEqual(await cases({ openedFrom: '2022-03-15', openedTo: '2022-12-31' }), [
      'case:1',
      'case:3',
      'case:5',
    ]);
    assert.deepEqual(await cases({ openedTo: '2021-12-31' }), ['case:2']);
    assert.deepEqual(await cases({ openedFrom: '2023-01-01' }), ['case:4']);
  });

  test('sorted by title, opening and last change, both ways; ties go by id', async () => {
    await seed(getStore());
    assert.deepEqual(await cases({ sort: 'title' }), ['case:2', 'case:3', 'case:4', 'case:5', 'case:1']);
    assert.deepEqual(await cases({ sort: 'title', direction: 'desc' }), [
      'case:1',
      'case:5',
      'case:4',
      'case:3',
      'case:2',
    ]);
    assert.deepEqual(await cases({ sort: 'opened' }), ['case:2', 'case:1', 'case:5', 'case:3', 'case:4']);
    const store = getStore();
    await store.run(SYSTEM_ACTOR, async (tx) => {
      const stored = await tx.get('case', 'case:2');
      assert.ok(stored);
      await tx.update('case', { ...stored.data, summary: 'changed' }, stored.version);
    });
    assert.deepEqual((await cases({ sort: 'changed', direction: 'desc' }))[0], 'case:2');
  });

  test('the cursor goes on across ties in the sort, each case once', async () => {
    await seed(getStore());
    const session = openSession(getStore(), PUBLIC_ACTOR);
    for (const direction of ['asc', 'desc'] as const) {
      const seen: string[] = [];
      let after: CaseSearch['after'];
      for (;;) {
        const page = await session.findCases({
          sort: 'title',
          direction,
          limit: 2,
          ...(after ? { after } : {}),
        });
        seen.push(...page.map((f) => f.id));
        after = page.at(-1);
        if (page.length < 2) break;
      }
      const expected = ['case:2', 'case:3', 'case:4', 'case:5', 'case:1'];
      assert.deepEqual(seen, direction === 'asc' ? expected : [...expected].reverse());
    }
  });

  test('persons: by name, organisation, role in a case; sorted by name', async () => {
    await seed(getStore());
    assert.deepEqual(await persons({}), ['person:a', 'person:b']);
    assert.deepEqual(await persons({ name: 'BEKOV' }), ['person:b']);
    assert.deepEqual(await persons({ organisation: 'org:party' }), ['person:a']);
    assert.deepEqual(await persons({ organisation: 'org:party' }, EDITOR), ['person:a', 'person:hidden']);
    assert.deepEqual(await persons({ role: 'defendant' }), ['person:a', 'person:b']);
    assert.deepEqual(await persons({ role: 'lawyer' }), []);
    assert.deepEqual(await persons({ sort: 'name' }), ['person:b', 'person:a']);
    assert.deepEqual(await persons({ sort: 'name', direction: 'desc', limit: 1 }), ['person:a']);
  });
});
