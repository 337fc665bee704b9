import assert from 'node:assert/strict';
import { test } from 'node:test';
import { forEachStore } from '../../../test/support/stores.ts';
import { caseRecord, chargeRecord, personRecord } from '../../../test/support/record-fixtures.ts';
import { openSession } from '../access/session.ts';
import type { Actor } from '../actor.ts';
import { isDomainError } from '../errors.ts';
import type { Store } from '../ports.ts';
import { createRecord } from '../record/record.service.ts';
import { createSuccessor, handedOver } from './charge-succession.service.ts';
import type { ChargeStep } from './charge.ts';

const EDITOR: Actor = { id: 'user:aigerim', user: 'aigerim', roles: ['editor'] };
const VIEWER: Actor = { id: 'user:vera', user: 'vera', roles: ['viewer'] };
const CITED = [{ source: 'source:dispatch', quote: 'reclassifying his alleged actions' }];

/** A case with its defendant, a source, and the first charge (272(1), brought in 2022). */
async function seeded(store: Store) {
  const session = openSession(store, EDITOR);
  await createRecord(session, 'person', personRecord('person:mamay'));
  await createRecord(session, 'source', {
    id: 'source:dispatch',
    kind: 'document',
    title: 'Dispatch',
    visibility: 'internal',
  });
  await createRecord(session, 'case', caseRecord('case:a'));
  await createRecord(session, 'case', caseRecord('case:b'));
  await createRecord(
    session,
    'charge',
    chargeRecord('charge:first', 'case:a', { lifecycle: [{ kind: 'brought', date: '2022', sources: [] }] }),
  );
  return session;
}

const reclassified = (id: string, from: string[], date = '2022-11~') =>
  chargeRecord(id, 'case:a', {
    article: { jurisdiction: 'kz', code: 'cc', article: '400' },
    origin: { kind: 'reclassification', from },
    lifecycle: [{ kind: 'brought', date, authority: undefined, sources: CITED }],
  });

forEachStore('a charge succeeding another', (getStore) => {
  test('a reclassification creates the new charge and hands the old one over, in one transaction', async () => {
    const session = await seeded(getStore());
    const written = await createSuccessor(session, reclassified('charge:400', ['charge:first']));
    assert.equal(written.charge.data.id, 'charge:400');
    assert.deepEqual(
      written.predecessors.map((p) => [p.id, p.version]),
      [['charge:first', 2]],
    );
    const first = await getStore().reader.get('charge', 'charge:first');
    assert.deepEqual(first?.data.lifecycle.at(-1), {
      kind: 'reclassified',
      date: '2022-11~',
      sources: CITED,
      successors: ['charge:400'],
    });
    const revisions = [
      ...(await getStore().reader.history('charge', 'charge:first')),
      ...(await getStore().reader.history('charge', 'charge:400')),
    ].filter((r) => r.version === (r.recordId === 'charge:first' ? 2 : 1));
    assert.equal(revisions.length, 2);
    assert.equal(revisions[0]?.txId, revisions[1]?.txId, 'both sides are one write');
    assert.ok(revisions.every((r) => r.actor === EDITOR.id));
  });

  test('the handover step takes its own date, authority and note when given', async () => {
    const session = await seeded(getStore());
    await createRecord(session, 'organisation', {
      id: 'org:prosecutor',
      kind: 'prosecutor',
      names: [{ value: 'Prosecutor', script: 'Latn', language: 'en', kind: 'native' }],
      visibility: 'internal',
      sources: [],
    });
    await createSuccessor(session, reclassified('charge:400', ['charge:first']), {
      date: '2022-11-20',
      authority: 'org:prosecutor',
      note: 'by the city prosecutor',
    });
    const step = (await getStore().reader.get('charge', 'charge:first'))?.data.lifecycle.at(-1);
    assert.deepEqual(
      [step?.kind, step?.date, step?.authority, step?.note],
      ['reclassified', '2022-11-20', 'org:prosecutor', 'by the city prosecutor'],
    );
  });

  test('a successor that cannot be written leaves the earlier charge as it was', async () => {
    const session = await seeded(getStore());
    const bad = { ...reclassified('charge:400', ['charge:first']), defendant: 'person:nobody' };
    await assert.rejects(createSuccessor(session, bad), (e: unknown) =>
      isDomainError(e, 'reference.dangling'),
    );
    const first = await getStore().reader.get('charge', 'charge:first');
    assert.equal(first?.version, 1);
    assert.equal(first?.data.lifecycle.length, 1);
    assert.equal(await getStore().reader.get('charge', 'charge:400'), undefined);
  });

  test('an earlier charge of another case, or none at all, is refused by its place', async () => {
    const session = await seeded(getStore());
    await createRecord(session, 'charge', chargeRecord('charge:other', 'case:b'));
    await assert.rejects(
      createSuccessor(session, reclassified('charge:400', ['charge:other'])),
      (e: unknown) =>
        isDomainError(e, 'validation.invalid') && e.issues.some((i) => i.path === '$.origin.from[0]'),
    );
    await assert.rejects(
      createSuccessor(session, reclassified('charge:400', ['charge:missing'])),
      (e: unknown) =>
        isDomainError(e, 'reference.dangling') && e.issues.some((i) => i.path === '$.origin.from[0]'),
    );
    const broughtAgain = chargeRecord('charge:again', 'case:a', {
      origin: { kind: 'rebrought', from: ['charge:first'] },
    });
    await assert.rejects(createSuccessor(session, broughtAgain), (e: unknown) =>
      isDomainError(e, 'validation.invalid'),
    );
    assert.equal((await getStore().reader.get('charge', 'charge:other'))?.version, 1);
    assert.equal((await getStore().reader.get('charge', 'charge:first'))?.version, 1);
  });

  test('a charge split in two on one day hands over by one step naming both', async () => {
    const session = await seeded(getStore());
    const part = (id: string) => ({
      ...reclassified(id, ['charge:first'], '2022-12-01'),
      origin: { kind: 'split' as const, from: ['charge:first'] },
    });
    await createSuccessor(session, part('charge:split-a'));
    await createSuccessor(session, part('charge:split-b'));
    const lifecycle = (await getStore().reader.get('charge', 'charge:first'))?.data.lifecycle ?? [];
    assert.deepEqual(
      lifecycle.map((s) => [s.kind, s.successors]),
      [
        ['brought', undefined],
        ['split', ['charge:split-a', 'charge:split-b']],
      ],
    );
  });

  test('a viewer may not write a succession', async () => {
    await seeded(getStore());
    await assert.rejects(
      createSuccessor(openSession(getStore(), VIEWER), reclassified('charge:400', ['charge:first'])),
      (e: unknown) => isDomainError(e, 'auth.forbidden'),
    );
  });
});

test('a lifecycle already handing over to the successor is kept as it is', () => {
  const step: ChargeStep = { kind: 'reclassified', date: '2022-11', sources: [], successors: ['charge:b'] };
  const lifecycle: ChargeStep[] = [{ kind: 'brought', date: '2022', sources: [] }, step];
  assert.equal(handedOver(lifecycle, { ...step, successors: [] }, 'charge:b'), lifecycle);
  assert.deepEqual(
    handedOver(lifecycle, { kind: 'merged', date: '2022-12', sources: [] }, 'charge:c').at(-1),
    {
      kind: 'merged',
      date: '2022-12',
      sources: [],
      successors: ['charge:c'],
    },
  );
});
