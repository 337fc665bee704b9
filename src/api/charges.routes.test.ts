import assert from 'node:assert/strict';
import { beforeEach, test } from 'node:test';
import type { Store } from '../core/ports.ts';
import { bodyOf, personInput, testApi } from '../../test/support/api.ts';
import { caseRecord, chargeRecord } from '../../test/support/record-fixtures.ts';
import { forEachStore } from '../../test/support/stores.ts';

type Wire = { id: string; version: number; record: Record<string, unknown> };
type Step = { kind: string; date: string; successors?: string[] };
type ErrorBody = { error: { code: string; issues: { path?: string }[] } };

const SUCCESSIONS = '/api/charges/successions';
const successor = (overrides: Record<string, unknown> = {}) =>
  chargeRecord('charge:400', 'case:a', {
    article: { jurisdiction: 'kz', code: 'cc', article: '400' },
    origin: { kind: 'reclassification', from: ['charge:first'] },
    lifecycle: [{ kind: 'brought', date: '2022-11~', sources: [] }],
    ...overrides,
  });

forEachStore('a charge succeeding others through the API', (getStore: () => Store) => {
  let api: ReturnType<typeof testApi>;
  beforeEach(async () => {
    api = testApi(getStore);
    await api.call('editor', 'POST', '/api/persons', { record: personInput('person:mamay') });
    await api.call('editor', 'POST', '/api/cases', { record: caseRecord('case:a') });
    const first = await api.call('editor', 'POST', '/api/charges', {
      record: chargeRecord('charge:first', 'case:a'),
    });
    assert.equal(first.status, 201);
  });

  const firstCharge = async () => bodyOf<Wire>(await api.call('editor', 'GET', '/api/charges/charge:first'));

  test('the signed-out and viewers are refused, and nothing is written', async () => {
    for (const as of ['public', 'viewer'] as const) {
      const res = await api.call(as, 'POST', SUCCESSIONS, { record: successor() });
      assert.equal(res.status, 403, as);
    }
    assert.equal((await api.call('editor', 'GET', '/api/charges/charge:400')).status, 404);
    assert.equal((await firstCharge()).version, 1);
  });

  test('a researcher reclassifies a charge: the new charge and the handover step, in one answer', async () => {
    const res = await api.call('researcher', 'POST', SUCCESSIONS, {
      record: successor(),
      handover: { note: 'reclassified by the city prosecutor' },
      reason: 'from the dispatch',
    });
    assert.equal(res.status, 201);
    assert.equal(res.headers.get('location'), '/api/charges/charge%3A400');
    const body = await bodyOf<{ charge: Wire; predecessors: Wire[] }>(res);
    assert.deepEqual([body.charge.id, body.charge.version], ['charge:400', 1]);
    assert.deepEqual(
      body.predecessors.map((p) => [p.id, p.version]),
      [['charge:first', 2]],
    );
    const steps = (await firstCharge()).record.lifecycle as (Step & { note?: string })[];
    assert.deepEqual(steps.at(-1), {
      kind: 'reclassified',
      date: '2022-11~',
      note: 'reclassified by the city prosecutor',
      sources: [],
      successors: ['charge:400'],
    });
    const history = await bodyOf<{ entries: { reason?: string }[] }>(
      await api.call('editor', 'GET', '/api/charges/charge:first/history'),
    );
    assert.equal(history.entries.at(-1)?.reason, 'from the dispatch');
  });

  test('an edit of the reclassification’s date dates the charge it made alike, through PUT and PATCH', async () => {
    assert.equal((await api.call('researcher', 'POST', SUCCESSIONS, { record: successor() })).status, 201);
    const first = await firstCharge();
    const lifecycle = (first.record.lifecycle as Step[]).map((s) =>
      s.kind === 'reclassified' ? { ...s, date: '2022-11' } : s,
    );
    const put = await api.call('editor', 'PUT', '/api/charges/charge:first', {
      record: { ...first.record, lifecycle },
      version: first.version,
    });
    assert.equal(put.status, 200);
    const made = await bodyOf<Wire>(await api.call('editor', 'GET', '/api/charges/charge:400'));
    assert.equal((made.record.lifecycle as Step[])[0]?.date, '2022-11');
    // The other way: the bringing moved by a patch moves the handover.
    const patch = await api.call('editor', 'PATCH', '/api/charges/charge:400', {
      record: { lifecycle: [{ kind: 'brought', date: '2022-11-20', sources: [] }] },
      version: made.version,
    });
    assert.equal(patch.status, 200);
    assert.equal(((await firstCharge()).record.lifecycle as Step[]).at(-1)?.date, '2022-11-20');
  });

  test('bad input names its place and writes nothing', async () => {
    const badDate = await api.call('editor', 'POST', SUCCESSIONS, {
      record: successor(),
      handover: { date: 'late November' },
    });
    assert.equal(badDate.status, 400);
    assert.ok((await bodyOf<ErrorBody>(badDate)).error.issues.some((i) => i.path === '$.handover.date'));
    const missing = await api.call('editor', 'POST', SUCCESSIONS, {
      record: successor({ origin: { kind: 'reclassification', from: ['charge:gone'] } }),
    });
    assert.equal(missing.status, 422);
    assert.ok(
      (await bodyOf<ErrorBody>(missing)).error.issues.some((i) => i.path === '$.record.origin.from[0]'),
    );
    const noArticle = await api.call('editor', 'POST', SUCCESSIONS, {
      record: successor({ article: { jurisdiction: 'kz', code: 'cc', article: '' } }),
    });
    assert.equal(noArticle.status, 400);
    assert.ok(
      (await bodyOf<ErrorBody>(noArticle)).error.issues.some((i) => i.path?.startsWith('$.record.article')),
    );
    assert.equal((await firstCharge()).version, 1);
    assert.equal((await api.call('editor', 'GET', '/api/charges/charge:400')).status, 404);
  });
});

const BATCH = '/api/charges/batch';
const typed = (id: string, article: string, date: string) =>
  chargeRecord(id, 'case:a', {
    article: { jurisdiction: 'kz', code: 'cc', article },
    lifecycle: [{ kind: 'brought', date, sources: [] }],
  });

forEachStore('several charges written together through the API', (getStore: () => Store) => {
  let api: ReturnType<typeof testApi>;
  beforeEach(async () => {
    api = testApi(getStore);
    await api.call('editor', 'POST', '/api/persons', { record: personInput('person:mamay') });
    await api.call('editor', 'POST', '/api/cases', { record: caseRecord('case:a') });
  });

  const exists = async (id: string) => (await api.call('admin', 'GET', `/api/charges/${id}`)).status === 200;

  test('a researcher writes three charges in one answer, in the order given, each at version 1', async () => {
    const res = await api.call('researcher', 'POST', BATCH, {
      records: [
        typed('charge:378', '378', '2022-11'),
        typed('charge:274', '274', '2022-11'),
        typed('charge:272', '272', '2023-01-26'),
      ],
      reason: 'from the dispatch',
    });
    assert.equal(res.status, 201);
    const body = await bodyOf<{ charges: Wire[] }>(res);
    assert.deepEqual(
      body.charges.map((c) => [c.id, c.version]),
      [
        ['charge:378', 1],
        ['charge:274', 1],
        ['charge:272', 1],
      ],
    );
    const history = await bodyOf<{ entries: { reason?: string }[] }>(
      await api.call('viewer', 'GET', '/api/charges/charge:274/history'),
    );
    assert.deepEqual(
      history.entries.map((e) => e.reason),
      ['from the dispatch'],
    );
  });

  test('one bad charge writes none, and its problem is placed under its index', async () => {
    const res = await api.call('editor', 'POST', BATCH, {
      records: [typed('charge:378', '378', '2022-11'), typed('charge:bad', '274', 'November 2022')],
    });
    assert.equal(res.status, 400);
    const body = await bodyOf<ErrorBody>(res);
    assert.ok(
      body.error.issues.some((i) => i.path === '$.records[1].lifecycle[0].date'),
      JSON.stringify(body.error.issues),
    );
    assert.equal(await exists('charge:378'), false);
  });

  test('a charge of no person dangles: named by its index, nothing written', async () => {
    const res = await api.call('editor', 'POST', BATCH, {
      records: [
        typed('charge:378', '378', '2022-11'),
        { ...typed('charge:274', '274', '2022-11'), defendant: 'person:nobody' },
      ],
    });
    assert.equal(res.status, 422);
    const body = await bodyOf<ErrorBody>(res);
    assert.deepEqual(
      body.error.issues.map((i) => i.path),
      ['$.records[1].defendant'],
    );
    assert.equal(await exists('charge:378'), false);
  });

  test('an id given twice, or one that exists, writes none', async () => {
    const twice = await api.call('editor', 'POST', BATCH, {
      records: [typed('charge:378', '378', '2022-11'), typed('charge:378', '274', '2022-11')],
    });
    assert.equal(twice.status, 400);
    assert.equal((await bodyOf<ErrorBody>(twice)).error.issues[0]?.path, '$.records[1].id');
    await api.call('editor', 'POST', '/api/charges', { record: typed('charge:274', '274', '2022-11') });
    const taken = await api.call('editor', 'POST', BATCH, {
      records: [typed('charge:378', '378', '2022-11'), typed('charge:274', '274', '2022-12')],
    });
    assert.equal(taken.status, 409);
    assert.equal(await exists('charge:378'), false);
  });

  test('the signed-out and viewers are refused; an empty list is refused', async () => {
    for (const as of ['public', 'viewer'] as const) {
      const res = await api.call(as, 'POST', BATCH, { records: [typed('charge:378', '378', '2022-11')] });
      assert.equal(res.status, 403, as);
    }
    assert.equal((await api.call('editor', 'POST', BATCH, { records: [] })).status, 400);
    assert.equal(await exists('charge:378'), false);
  });
});
