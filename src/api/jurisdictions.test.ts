import assert from 'node:assert/strict';
import { beforeEach, test } from 'node:test';
import type { Store } from '../core/ports.ts';
import { bodyOf, testApi, type As } from '../../test/support/api.ts';
import { caseRecord } from '../../test/support/record-fixtures.ts';
import { forEachStore } from '../../test/support/stores.ts';

type Jurisdictions = {
  items: { code: string; names?: Record<string, string>; hasLawData: boolean; cases: number }[];
};

// The jurisdictions a list is filtered by come from the law data and from the cases the reader may read: a
// case in a jurisdiction the law data does not cover is still offered, and a hidden case is not counted.
forEachStore('GET /api/jurisdictions', (getStore: () => Store) => {
  let api: ReturnType<typeof testApi>;
  const get = async (as: As) => {
    const res = await api.call(as, 'GET', '/api/jurisdictions');
    assert.equal(res.status, 200);
    return (await bodyOf<Jurisdictions>(res)).items;
  };
  beforeEach(async () => {
    api = testApi(getStore);
    for (const record of [
      { ...caseRecord('case:kz-1'), visibility: 'public' as const },
      { ...caseRecord('case:kz-2'), visibility: 'internal' as const },
      { ...caseRecord('case:by-1', { jurisdiction: 'by' }), visibility: 'internal' as const },
    ])
      assert.equal((await api.call('editor', 'POST', '/api/cases', { record })).status, 201);
  });

  test('lists the law data and the cases’ jurisdictions, counting only what the reader may read', async () => {
    const visitor = await get('public');
    assert.deepEqual(
      visitor.map((j) => [j.code, j.hasLawData, j.cases]),
      [['kz', true, 1]],
    );
    assert.equal(visitor[0]?.names?.['ru'], 'Республика Казахстан');
    const viewer = await get('viewer');
    assert.deepEqual(
      viewer.map((j) => [j.code, j.hasLawData, j.cases]),
      [
        ['by', false, 1],
        ['kz', true, 2],
      ],
    );
    assert.equal(viewer[0]?.names, undefined);
  });
});
