import assert from 'node:assert/strict';
import { beforeEach, test } from 'node:test';
import type { Store } from '../core/ports.ts';
import { bodyOf, testApi } from '../../test/support/api.ts';
import { caseRecord, chargeRecord } from '../../test/support/record-fixtures.ts';
import { forEachStore } from '../../test/support/stores.ts';

type CaseFile = { charges: { id: string }[] };

forEachStore('case answers kept while nothing changes', (getStore: () => Store) => {
  let api: ReturnType<typeof testApi>;
  beforeEach(async () => {
    api = testApi(getStore);
    await api.call('editor', 'POST', '/api/cases', {
      record: { ...caseRecord('case:k'), visibility: 'public' },
    });
    await api.call('editor', 'POST', '/api/charges', {
      record: { ...chargeRecord('charge:k-1', 'case:k'), visibility: 'public' },
    });
  });

  test('the same reader gets the same answer and ETag, and 304 when it has it', async () => {
    for (const path of ['/api/cases/case:k', '/api/cases/case:k/facts']) {
      const first = await api.call('viewer', 'GET', path);
      const etag = first.headers.get('etag') ?? '';
      assert.match(etag, /^".+"$/);
      const again = await api.call('viewer', 'GET', path);
      assert.equal(again.headers.get('etag'), etag);
      assert.deepEqual(await bodyOf(again), await bodyOf(first));
      const cached = await api.call('viewer', 'GET', path, undefined, { 'if-none-match': etag });
      assert.equal(cached.status, 304, path);
    }
  });

  test('a write anywhere gives a new answer, with a new ETag', async () => {
    const before = await api.call('viewer', 'GET', '/api/cases/case:k');
    assert.deepEqual(
      (await bodyOf<CaseFile>(before)).charges.map((c) => c.id),
      ['charge:k-1'],
    );
    await api.call('editor', 'POST', '/api/charges', {
      record: { ...chargeRecord('charge:k-2', 'case:k'), visibility: 'public' },
    });
    const after = await api.call('viewer', 'GET', '/api/cases/case:k', undefined, {
      'if-none-match': before.headers.get('etag') ?? '',
    });
    assert.equal(after.status, 200);
    assert.notEqual(after.headers.get('etag'), before.headers.get('etag'));
    assert.deepEqual(
      (await bodyOf<CaseFile>(after)).charges.map((c) => c.id),
      ['charge:k-1', 'charge:k-2'],
    );
  });

  test('a reader who may see less never gets an answer kept for one who may see more', async () => {
    await api.call('editor', 'POST', '/api/charges', {
      record: { ...chargeRecord('charge:k-secret', 'case:k'), visibility: 'internal' },
    });
    const editor = await api.call('editor', 'GET', '/api/cases/case:k');
    assert.ok((await bodyOf<CaseFile>(editor)).charges.some((c) => c.id === 'charge:k-secret'));
    const visitor = await api.call('public', 'GET', '/api/cases/case:k', undefined, {
      'if-none-match': editor.headers.get('etag') ?? '',
    });
    assert.equal(visitor.status, 200);
    assert.ok(!(await bodyOf<CaseFile>(visitor)).charges.some((c) => c.id === 'charge:k-secret'));
  });
});
