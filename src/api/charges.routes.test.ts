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
