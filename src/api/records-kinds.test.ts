import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { beforeEach, test } from 'node:test';
import { SYSTEM_ACTOR } from '../core/actor.ts';
import type { Store } from '../core/ports.ts';
import { RECORD_KINDS, RECORD_KIND_ORDER } from '../core/record/record-kinds.ts';
import { bodyOf, testApi, type As } from '../../test/support/api.ts';
import { personRecord } from '../../test/support/record-fixtures.ts';
import { forEachStore } from '../../test/support/stores.ts';

type Wire = { id: string; version: number; record: { id: string } };
type Page = { items: Wire[]; next?: string };

const demo = JSON.parse(readFileSync('data/demo/mamay.bundle.json', 'utf8')) as Record<string, unknown>;
const DECISION = {
  id: 'decision:mamay-verdict',
  case: 'case:kz-mamay-2022',
  kind: 'verdict',
  date: '2023-04',
  defendant: 'person:zhanbolat-mamay',
  visibility: 'internal',
};

/** Where a record of the kind is read and edited. */
const itemPath = (collection: string, id: string) =>
  collection === 'cases' ? `/api/cases/${id}/record` : `/api/${collection}/${id}`;

/** Every record of a list, following `next` from page to page. */
async function everyPage(api: ReturnType<typeof testApi>, as: As, url: string): Promise<string[][]> {
  const pages: string[][] = [];
  let next: string | undefined;
  do {
    const sep = url.includes('?') ? '&' : '?';
    const res = await api.call(
      as,
      'GET',
      next === undefined ? url : `${url}${sep}cursor=${encodeURIComponent(next)}`,
    );
    assert.equal(res.status, 200, url);
    const page = await bodyOf<Page>(res);
    pages.push(page.items.map((r) => r.id));
    next = page.next;
  } while (next !== undefined);
  return pages;
}

forEachStore('every record kind through the API', (getStore: () => Store) => {
  let api: ReturnType<typeof testApi>;
  beforeEach(() => {
    api = testApi(getStore);
  });

  test('each kind is created, read with its version, listed, replaced at its version and has a history', async () => {
    for (const kind of RECORD_KIND_ORDER) {
      const { collection } = RECORD_KINDS[kind];
      const records = (kind === 'decision' ? [DECISION] : (demo[collection] as { id: string }[])).slice(0, 3);
      assert.ok(records.length > 0, kind);
      for (const record of records) {
        const created = await api.call('editor', 'POST', `/api/${collection}`, { record });
        assert.equal(created.status, 201, `${kind} ${record.id}: ${await created.clone().text()}`);
        assert.equal(created.headers.get('location'), itemPath(collection, encodeURIComponent(record.id)));
      }
      for (const record of records) {
        const path = itemPath(collection, record.id);
        const got = await api.call('admin', 'GET', path);
        assert.equal(got.headers.get('etag'), '"1"', path);
        const wire = await bodyOf<Wire>(got);
        const put = await api.call(
          'editor',
          'PUT',
          path,
          { record: wire.record, reason: 'checked' },
          { 'if-match': '"1"' },
        );
        assert.equal(put.status, 200, path);
        assert.equal((await bodyOf<Wire>(put)).version, 2);
        const history = await bodyOf<{ entries: { reason?: string }[] }>(
          await api.call('viewer', 'GET', `/api/${collection}/${record.id}/history`),
        );
        assert.deepEqual(
          history.entries.map((e) => e.reason),
          [undefined, 'checked'],
        );
      }
      if (kind === 'case') continue;
      const listed = (await everyPage(api, 'admin', `/api/${collection}?limit=2`)).flat();
      assert.deepEqual(listed, records.map((r) => r.id).sort(), kind);
    }
  });

  test('a list reaches every record the reader may read, page after full page, with no ceiling', async () => {
    const ids = Array.from({ length: 23 }, (_, i) => `person:p${String(i).padStart(2, '0')}`);
    await getStore().run(SYSTEM_ACTOR, (tx) =>
      tx.createMany(
        'person',
        ids.map((id, i) => personRecord(id, { visibility: i % 3 === 0 ? 'internal' : 'public' })),
      ),
    );
    const asPublic = await everyPage(api, 'public', '/api/persons?limit=4');
    const published = ids.filter((_, i) => i % 3 !== 0);
    assert.deepEqual(asPublic.flat(), published);
    assert.deepEqual(
      asPublic.map((p) => p.length),
      [4, 4, 4, 3],
    );
    assert.deepEqual((await everyPage(api, 'viewer', '/api/persons?limit=5')).flat(), ids);
    assert.deepEqual((await everyPage(api, 'viewer', '/api/persons')).flat(), ids);
    for (const [query, field] of [
      ['limit=0', 'limit'],
      ['limit=1001', 'limit'],
      ['limit=ten', 'limit'],
      ['cursor=not-a-cursor', 'cursor'],
    ] as const) {
      const res = await api.call('viewer', 'GET', `/api/persons?${query}`);
      assert.equal(res.status, 400, query);
      const body = await bodyOf<{ error: { issues: { field?: string }[] } }>(res);
      assert.equal(body.error.issues[0]?.field, field, query);
    }
    const named = await bodyOf<Page>(await api.call('public', 'GET', '/api/persons?name=mamay&limit=3'));
    assert.deepEqual(
      named.items.map((p) => p.id),
      published.slice(0, 3),
    );
  });
});
