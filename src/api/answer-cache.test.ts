import assert from 'node:assert/strict';
import { beforeEach, test } from 'node:test';
import { gunzipSync } from 'node:zlib';
import { Hono } from 'hono';
import type { Session } from '../core/access/session.ts';
import { PUBLIC_ACTOR } from '../core/actor.ts';
import type { Store } from '../core/ports.ts';
import { AnswerCache } from './answer-cache.ts';
import { bodyOf, testApi } from '../../test/support/api.ts';
import { caseRecord, chargeRecord, personRecord } from '../../test/support/record-fixtures.ts';
import { forEachStore } from '../../test/support/stores.ts';

type CaseFile = { charges: { id: string }[] };

forEachStore('case answers kept while nothing changes', (getStore: () => Store) => {
  let api: ReturnType<typeof testApi>;
  beforeEach(async () => {
    api = testApi(getStore);
    await api.call('editor', 'POST', '/api/persons', { record: personRecord('person:mamay') });
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

  test('a reader who takes gzip gets the same answer compressed, under its own tag; either tag gives 304', async () => {
    const plain = await api.call('viewer', 'GET', '/api/cases/case:k/facts');
    const packed = await api.call('viewer', 'GET', '/api/cases/case:k/facts', undefined, {
      'accept-encoding': 'gzip, deflate',
    });
    assert.equal(packed.headers.get('content-encoding'), 'gzip');
    assert.match(packed.headers.get('vary') ?? '', /Accept-Encoding/);
    const text = gunzipSync(Buffer.from(await packed.arrayBuffer())).toString('utf8');
    assert.deepEqual(JSON.parse(text), await bodyOf(plain));
    assert.notEqual(packed.headers.get('etag'), plain.headers.get('etag'));
    for (const etag of [plain.headers.get('etag') ?? '', packed.headers.get('etag') ?? '']) {
      const again = await api.call('viewer', 'GET', '/api/cases/case:k/facts', undefined, {
        'if-none-match': etag,
        'accept-encoding': 'gzip',
      });
      assert.equal(again.status, 304);
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

test('readers asking at once for an answer not kept yet compute it once, and a failure is not kept', async () => {
  let computed = 0;
  let fails = true;
  const cache = new AnswerCache(() => '2024-06-01T09:00:00.000Z');
  const session = { actor: PUBLIC_ACTOR, lastChange: () => Promise.resolve(7) } as unknown as Session;
  const app = new Hono();
  app.get('/answer', (c) =>
    cache.json(c, session, async () => {
      computed++;
      await new Promise((resolve) => setTimeout(resolve, 20));
      return { computed };
    }),
  );
  app.get('/failing', (c) =>
    cache.json(c, session, () => (fails ? Promise.reject(new Error('down')) : Promise.resolve({ ok: true }))),
  );
  const answers = await Promise.all(
    Array.from({ length: 10 }, () => Promise.resolve(app.request('/answer'))),
  );
  assert.equal(computed, 1);
  for (const res of answers) assert.deepEqual(await res.json(), { computed: 1 });
  assert.equal((await app.request('/failing')).status, 500);
  fails = false;
  assert.equal((await app.request('/failing')).status, 200);
});

test('an answer counts against the bound as kept, compressed; the least recently used goes past it', async () => {
  const computed = new Map<string, number>();
  // Some 40 KB of JSON each, that compresses to well under 4 KB: as plain bytes one answer alone exceeds the bound.
  const cache = new AnswerCache(() => '2024-06-01T09:00:00.000Z', 12 * 1024);
  const session = { actor: PUBLIC_ACTOR, lastChange: () => Promise.resolve(7) } as unknown as Session;
  const app = new Hono();
  app.get('/answer/:name', (c) =>
    cache.json(c, session, () => {
      const name = c.req.param('name');
      computed.set(name, (computed.get(name) ?? 0) + 1);
      return Promise.resolve({ name, rows: Array.from({ length: 1000 }, (_, i) => ({ row: i, name })) });
    }),
  );
  const ask = async (name: string, encoding = 'gzip') => {
    const res = await app.request(`/answer/${name}`, { headers: { 'accept-encoding': encoding } });
    return { res, body: await res.arrayBuffer() };
  };
  for (const name of ['a', 'b', 'c']) await ask(name);
  const { res, body } = await ask('a');
  assert.equal(res.headers.get('content-encoding'), 'gzip');
  assert.ok(body.byteLength < 4096, `${body.byteLength} bytes`);
  assert.equal(computed.get('a'), 1, 'three compressed answers fit the bound');
  // A reader who refuses gzip gets the same answer decompressed, from what is kept.
  const plain = await ask('b', 'identity');
  assert.equal(plain.res.headers.get('content-encoding'), null);
  assert.equal((JSON.parse(new TextDecoder().decode(plain.body)) as { rows: unknown[] }).rows.length, 1000);
  assert.equal(computed.get('b'), 1);
  for (const name of ['d', 'e', 'f', 'g']) await ask(name);
  await ask('c');
  assert.equal(computed.get('c'), 2, 'the least recently used answer went once the bound was passed');
});
