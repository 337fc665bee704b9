import assert from 'node:assert/strict';
import { test } from 'node:test';
import { forEachStore } from '../../../test/support/stores.ts';
import { caseRecord, personRecord } from '../../../test/support/record-fixtures.ts';
import { openSession } from '../access/session.ts';
import type { Actor } from '../actor.ts';
import { isDomainError } from '../errors.ts';
import type { Store } from '../ports.ts';
import type { RecordOf } from '../record/record-kinds.ts';
import { createRecord } from '../record/record.service.ts';
import { changeMeasure, changedTo } from './measure-change.service.ts';
import type { MeasureStep } from './measure.ts';

const EDITOR: Actor = { id: 'user:aigerim', user: 'aigerim', roles: ['editor'] };
const VIEWER: Actor = { id: 'user:vera', user: 'vera', roles: ['viewer'] };

const measure = (id: string, kind: string, date: string, overrides: Partial<RecordOf<'measure'>> = {}) => ({
  id,
  case: 'case:a',
  person: 'person:mamay',
  kind,
  steps: [{ kind: 'ordered', date, sources: [] }],
  visibility: 'internal',
  sources: [],
  ...overrides,
});

async function seeded(store: Store) {
  const session = openSession(store, EDITOR);
  await createRecord(session, 'person', personRecord('person:mamay'));
  await createRecord(session, 'person', personRecord('person:other'));
  await createRecord(session, 'case', caseRecord('case:a'));
  await createRecord(session, 'measure', measure('measure:custody', 'custody', '2022-01~'));
  return session;
}

forEachStore('a measure changed to another', (getStore) => {
  test('the new measure and the "changed" step naming it are written together', async () => {
    const session = await seeded(getStore());
    const written = await changeMeasure(
      session,
      measure('measure:house', 'house_arrest', '[2022-09..2022-10]'),
      { from: 'measure:custody', note: 'after just over eight months' },
    );
    assert.deepEqual([written.measure.id, written.predecessor.version], ['measure:house', 2]);
    const custody = await getStore().reader.get('measure', 'measure:custody');
    assert.deepEqual(custody?.data.steps.at(-1), {
      kind: 'changed',
      date: '[2022-09..2022-10]',
      successor: 'measure:house',
      note: 'after just over eight months',
      sources: [],
    });
    const [created] = await getStore().reader.history('measure', 'measure:house');
    const changed = (await getStore().reader.history('measure', 'measure:custody')).at(-1);
    assert.equal(created?.txId, changed?.txId, 'one write');
  });

  test('a "changed" step the user already added is given the successor, its own date kept', async () => {
    const session = await seeded(getStore());
    const custody = await getStore().reader.get('measure', 'measure:custody');
    await createRecord(session, 'measure', measure('measure:other', 'custody', '2021'));
    const steps: MeasureStep[] = [
      ...(custody?.data.steps ?? []),
      { kind: 'changed', date: '2022-09~', sources: [] },
    ];
    await getStore().run(EDITOR, (tx) =>
      tx.update('measure', { ...(custody?.data as RecordOf<'measure'>), steps }, 1),
    );
    await changeMeasure(session, measure('measure:house', 'house_arrest', '2022-10'), {
      from: 'measure:custody',
    });
    const after = await getStore().reader.get('measure', 'measure:custody');
    assert.deepEqual(
      after?.data.steps.map((s) => [s.kind, s.date, s.successor]),
      [
        ['ordered', '2022-01~', undefined],
        ['changed', '2022-09~', 'measure:house'],
      ],
    );
  });

  test('a measure of another person is refused by its place, and nothing is written', async () => {
    const session = await seeded(getStore());
    await assert.rejects(
      changeMeasure(
        session,
        measure('measure:house', 'house_arrest', '2022-10', { person: 'person:other' }),
        {
          from: 'measure:custody',
        },
      ),
      (e: unknown) => isDomainError(e, 'validation.invalid') && e.issues.some((i) => i.path === '$.person'),
    );
    assert.equal(await getStore().reader.get('measure', 'measure:house'), undefined);
    assert.equal((await getStore().reader.get('measure', 'measure:custody'))?.version, 1);
    await assert.rejects(
      changeMeasure(openSession(getStore(), VIEWER), measure('measure:house', 'house_arrest', '2022-10'), {
        from: 'measure:custody',
      }),
      (e: unknown) => isDomainError(e, 'auth.forbidden'),
    );
  });
});

test('steps already naming the successor are kept as they are', () => {
  const steps: MeasureStep[] = [
    { kind: 'ordered', date: '2022', sources: [] },
    { kind: 'changed', date: '2022-09', successor: 'measure:b', sources: [] },
  ];
  assert.equal(
    changedTo(steps, { kind: 'changed', date: '2022-10', successor: 'measure:b', sources: [] }),
    steps,
  );
});
