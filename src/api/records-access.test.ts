import assert from 'node:assert/strict';
import { beforeEach, test } from 'node:test';
import { SYSTEM_ACTOR } from '../core/actor.ts';
import type { Store } from '../core/ports.ts';
import { Hono } from 'hono';
import { ACTORS, bodyOf, personInput, testApi, type As } from '../../test/support/api.ts';
import type { AppEnv } from './env.ts';
import { caseRecord, chargeRecord, personRecord } from '../../test/support/record-fixtures.ts';
import { forEachStore } from '../../test/support/stores.ts';

type Wire = { id: string; version: number; record: Record<string, unknown> };
const PHONE = '+7 701 555 0199';

forEachStore('what each reader gets from the API', (getStore: () => Store) => {
  let api: ReturnType<typeof testApi>;
  beforeEach(async () => {
    api = testApi(getStore);
    await getStore().run(SYSTEM_ACTOR, async (tx) => {
      await tx.create(
        'person',
        personRecord('person:open', {
          visibility: 'public',
          contact: { phones: [PHONE] },
          birthDate: '1985-03',
          fieldVisibility: { birthDate: 'internal' },
        }),
      );
      await tx.create('person', personRecord('person:internal'));
      await tx.create(
        'person',
        personRecord('person:restricted', { visibility: 'restricted', readers: ['user:rita'] }),
      );
      await tx.create('case', caseRecord('case:open', { visibility: 'public' }));
      await tx.create('case', caseRecord('case:internal'));
      await tx.create(
        'charge',
        chargeRecord('charge:open', 'case:open', { visibility: 'public', defendant: 'person:open' }),
      );
      await tx.create('charge', chargeRecord('charge:internal', 'case:open', { defendant: 'person:open' }));
    });
  });

  const get = async (as: As, path: string) => {
    const res = await api.call(as, 'GET', path);
    return { status: res.status, text: await res.text() };
  };

  test('a restricted field is absent for a reader who may not see it, everywhere the record goes', async () => {
    for (const path of ['/api/persons/person:open', '/api/persons', '/api/persons/person:open/history']) {
      for (const as of ['public', 'viewer', 'researcher', 'editor'] as const) {
        const { status, text } = await get(as, path);
        assert.equal(status, 200, `${as} ${path}`);
        assert.equal(text.includes(PHONE), false, `${as} sees the phone at ${path}`);
        assert.equal(text.includes('"contact"'), false, `${as} sees the contact field at ${path}`);
      }
      assert.equal((await get('admin', path)).text.includes(PHONE), true, `admin ${path}`);
    }
    const open = await api.call('public', 'GET', '/api/persons/person:open');
    // What an answer holds depends on who asks: no shared cache may keep one user's answer for another.
    assert.equal(open.headers.get('cache-control'), 'private, no-cache');
    assert.match(open.headers.get('vary') ?? '', /Cookie, Authorization/);
    const asPublic = (await bodyOf<Wire>(open)).record;
    assert.equal('birthDate' in asPublic, false);
    const asViewer = (await bodyOf<Wire>(await api.call('viewer', 'GET', '/api/persons/person:open'))).record;
    assert.equal(asViewer.birthDate, '1985-03');
  });

  test('an internal or restricted record does not exist for whoever may not read it', async () => {
    for (const path of [
      '/api/persons/person:internal',
      '/api/persons/person:internal/history',
      '/api/cases/case:internal/record',
      '/api/cases/case:internal/history',
      '/api/charges/charge:internal',
    ])
      assert.equal((await get('public', path)).status, 404, path);
    assert.equal((await get('viewer', '/api/persons/person:internal')).status, 200);
    assert.equal((await get('viewer', '/api/cases/case:internal/record')).status, 200);
    // A restricted record: admins and the readers it names.
    assert.equal((await get('editor', '/api/persons/person:restricted')).status, 404);
    assert.equal((await get('researcher', '/api/persons/person:restricted')).status, 200);
    assert.equal((await get('admin', '/api/persons/person:restricted')).status, 200);
    const list = await bodyOf<{ items: Wire[] }>(await api.call('public', 'GET', '/api/persons'));
    assert.deepEqual(
      list.items.map((p) => p.id),
      ['person:open'],
    );
    const charges = await bodyOf<{ items: Wire[] }>(
      await api.call('public', 'GET', '/api/charges?case=case:open'),
    );
    assert.deepEqual(
      charges.items.map((c) => c.id),
      ['charge:open'],
    );
    // A write to what they may not read: refused or not found, and nothing changes.
    assert.equal(
      (
        await api.call('public', 'PATCH', '/api/persons/person:internal', {
          record: { gender: 'male' },
          version: 1,
        })
      ).status,
      404,
    );
    assert.equal(
      (
        await api.call('editor', 'PATCH', '/api/persons/person:restricted', {
          record: { gender: 'male' },
          version: 1,
        })
      ).status,
      404,
    );
    assert.equal(
      (await api.call('public', 'DELETE', '/api/persons/person:open', undefined, { 'if-match': '"1"' }))
        .status,
      403,
    );
    assert.equal(
      (await bodyOf<Wire>(await api.call('admin', 'GET', '/api/persons/person:restricted'))).version,
      1,
    );
  });

  test('an edit by a writer who may not see a field keeps that field as stored', async () => {
    const res = await api.call(
      'researcher',
      'PUT',
      '/api/persons/person:open',
      { record: personInput('person:open', { visibility: 'public', occupation: 'blogger' }) },
      { 'if-match': '"1"' },
    );
    assert.equal(res.status, 200);
    assert.equal((await res.text()).includes(PHONE), false);
    const now = (await bodyOf<Wire>(await api.call('admin', 'GET', '/api/persons/person:open'))).record;
    assert.equal(now.occupation, 'blogger');
    assert.deepEqual(now.contact, { phones: [PHONE] });
  });

  test('an edit of a record that refers to one the editor may not see is refused: it would drop it', async () => {
    const participants = [
      { person: 'person:internal', role: 'defendant' as const, sources: [] },
      { person: 'person:restricted', role: 'witness' as const, sources: [] },
    ];
    await getStore().run(SYSTEM_ACTOR, (tx) =>
      tx.create('case', caseRecord('case:with-witness', { participants })),
    );
    const path = '/api/cases/case:with-witness/record';
    const seen = await bodyOf<Wire>(await api.call('editor', 'GET', path));
    assert.equal((seen.record.participants as unknown[]).length, 1);
    const edit = { record: { ...seen.record, title: 'Renamed' }, version: 1 };
    assert.equal((await api.call('editor', 'PUT', path, edit)).status, 403);
    assert.equal(
      (await api.call('editor', 'PATCH', path, { record: { title: 'Renamed' }, version: 1 })).status,
      403,
    );
    const kept = await bodyOf<Wire>(await api.call('admin', 'GET', path));
    assert.deepEqual([kept.version, (kept.record.participants as unknown[]).length], [1, 2]);
    // The witness's named reader sees the whole record, and may edit it.
    assert.equal(
      (await api.call('researcher', 'PATCH', path, { record: { title: 'Renamed' }, version: 1 })).status,
      200,
    );
  });

  test('the actor authentication set is the one every route reads; without one, the public', async () => {
    const outer = new Hono<AppEnv>();
    outer.use('*', async (c, next) => {
      if (c.req.header('authorization') === 'Bearer admin') c.set('actor', ACTORS.admin);
      await next();
    });
    outer.route('/', api.app);
    const asAdmin = await outer.request('/api/persons/person:restricted', {
      headers: { authorization: 'Bearer admin' },
    });
    assert.equal(asAdmin.status, 200);
    assert.equal((await outer.request('/api/persons/person:restricted')).status, 404);
    assert.equal((await outer.request('/api/persons/person:open')).status, 200);
  });

  test("a person's cases: only for a person the reader may read", async () => {
    await getStore().run(SYSTEM_ACTOR, async (tx) => {
      const took = (person: string) => [{ person, role: 'defendant' as const, sources: [] }];
      await tx.create(
        'case',
        caseRecord('case:p1', { visibility: 'public', participants: took('person:open') }),
      );
      await tx.create(
        'case',
        caseRecord('case:p2', { visibility: 'public', participants: took('person:internal') }),
      );
    });
    const casesOf = async (as: As, person: string) =>
      (
        await bodyOf<{ cases: { id: string }[] }>(await api.call(as, 'GET', `/api/cases?person=${person}`))
      ).cases.map((c) => c.id);
    assert.deepEqual(await casesOf('public', 'person:open'), ['case:p1']);
    assert.deepEqual(await casesOf('public', 'person:internal'), []);
    assert.deepEqual(await casesOf('viewer', 'person:internal'), ['case:p2']);
  });
});
