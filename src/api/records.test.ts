import assert from 'node:assert/strict';
import { beforeEach, test } from 'node:test';
import type { Store } from '../core/ports.ts';
import { bodyOf, personInput, testApi } from '../../test/support/api.ts';
import { forEachStore } from '../../test/support/stores.ts';

type Wire = { kind: string; id: string; version: number; record: Record<string, unknown> };
type ErrorBody = {
  error: { code: string; message: string; issues: { field?: string; path?: string }[]; current?: Wire };
};

forEachStore('writing records through the API', (getStore: () => Store) => {
  let api: ReturnType<typeof testApi>;
  beforeEach(() => {
    api = testApi(getStore);
  });

  test('only writers create: the public and viewers are refused and nothing is written', async () => {
    for (const as of ['public', 'viewer'] as const) {
      const res = await api.call(as, 'POST', '/api/persons', { record: personInput('person:p') });
      assert.equal(res.status, 403, as);
      assert.equal((await bodyOf<ErrorBody>(res)).error.code, 'auth.forbidden');
    }
    assert.equal((await api.call('admin', 'GET', '/api/persons/person:p')).status, 404);
    for (const as of ['researcher', 'editor', 'admin'] as const) {
      const id = `person:by-${as}`;
      const res = await api.call(as, 'POST', '/api/persons', {
        record: personInput(id),
        reason: 'from a dispatch',
      });
      assert.equal(res.status, 201, as);
      assert.equal(res.headers.get('location'), `/api/persons/${encodeURIComponent(id)}`);
      assert.equal(res.headers.get('etag'), '"1"');
      const created = await bodyOf<Wire>(res);
      assert.equal(created.version, 1);
      assert.equal(created.record.id, id);
    }
  });

  test('a record reads back with its version in its ETag and in the body', async () => {
    await api.call('editor', 'POST', '/api/persons', { record: personInput('person:p') });
    const res = await api.call('viewer', 'GET', '/api/persons/person:p');
    assert.equal(res.status, 200);
    const tag = res.headers.get('etag') ?? '';
    assert.match(tag, /^"1\.[\w-]{16}"$/);
    const got = await bodyOf<Wire>(res);
    assert.deepEqual([got.kind, got.id, got.version], ['person', 'person:p', 1]);
    assert.equal((got.record.names as { value: string }[])[0]?.value, 'Name of person:p');
    const same = await api.call('viewer', 'GET', '/api/persons/person:p', undefined, {
      'if-none-match': tag,
    });
    assert.equal(same.status, 304);
    assert.equal(same.headers.get('etag'), tag);
    // The tag read is the version an edit is based on.
    const edited = await api.call(
      'editor',
      'PUT',
      '/api/persons/person:p',
      { record: personInput('person:p', { occupation: 'Lawyer' }) },
      { 'if-match': tag },
    );
    assert.equal(edited.status, 200);
  });

  test('a tag one reader was given never spares another reader an answer with other fields', async () => {
    await api.call('editor', 'POST', '/api/persons', {
      record: personInput('person:p', {
        contact: { phones: ['+7 700 000 00 00'] },
        fieldVisibility: { contact: 'restricted' },
      }),
    });
    const full = await api.call('admin', 'GET', '/api/persons/person:p');
    const tag = full.headers.get('etag') ?? '';
    assert.ok(JSON.stringify(await bodyOf<Wire>(full)).includes('+7 700'));
    // A browser an administrator used, then a viewer: asked with the administrator's tag, the viewer is sent its
    // own answer, not told it has the right one already.
    const asViewer = await api.call('viewer', 'GET', '/api/persons/person:p', undefined, {
      'if-none-match': tag,
    });
    assert.equal(asViewer.status, 200);
    assert.notEqual(asViewer.headers.get('etag'), tag);
    assert.ok(!JSON.stringify(await bodyOf<Wire>(asViewer)).includes('+7 700'));
  });

  test('invalid input is a 400 naming the place, and changes nothing', async () => {
    const bad = await api.call('editor', 'POST', '/api/persons', {
      record: personInput('person:p', { names: [] }),
    });
    assert.equal(bad.status, 400);
    const error = await bodyOf<ErrorBody>(bad);
    assert.equal(error.error.code, 'validation.invalid');
    assert.deepEqual(
      error.error.issues.map((i) => i.path),
      ['$.record.names'],
    );
    const notJson = await api.call('editor', 'POST', '/api/persons', '{"record": ');
    assert.equal(notJson.status, 400);
    assert.equal((await bodyOf<ErrorBody>(notJson)).error.issues[0]?.field, 'body');
    const badId = await api.call('editor', 'GET', '/api/persons/Not%20An%20Id');
    assert.equal(badId.status, 400);
    assert.equal((await bodyOf<ErrorBody>(badId)).error.issues[0]?.field, 'id');
    const huge = await api.call('editor', 'POST', '/api/persons', {
      record: personInput('person:p', { description: 'x'.repeat(17 * 2 ** 20) }),
    });
    assert.equal(huge.status, 413);
    assert.equal((await bodyOf<ErrorBody>(huge)).error.code, 'request.too_large');
    assert.equal((await api.call('admin', 'GET', '/api/persons/person:p')).status, 404);
  });

  test('an edit needs the version it is based on; a stale one is a 409 with the current record, overwriting nothing', async () => {
    await api.call('editor', 'POST', '/api/persons', { record: personInput('person:p') });
    const renamed = (value: string) =>
      personInput('person:p', { names: [{ value, script: 'Latn', language: 'en', kind: 'native' }] });
    const without = await api.call('editor', 'PUT', '/api/persons/person:p', { record: renamed('A') });
    assert.equal(without.status, 400);
    assert.equal((await bodyOf<ErrorBody>(without)).error.issues[0]?.field, 'If-Match');
    const first = await api.call(
      'editor',
      'PUT',
      '/api/persons/person:p',
      { record: renamed('A') },
      { 'if-match': '"1"' },
    );
    assert.equal(first.status, 200);
    assert.equal(first.headers.get('etag'), '"2"');
    // A second editor still at version 1: refused, told where the record is now.
    const stale = await api.call('researcher', 'PUT', '/api/persons/person:p', {
      record: renamed('B'),
      version: 1,
    });
    assert.equal(stale.status, 409);
    assert.equal(stale.headers.get('etag'), '"2"');
    const conflict = await bodyOf<ErrorBody>(stale);
    assert.equal(conflict.error.code, 'record.conflict');
    assert.equal(conflict.error.current?.version, 2);
    assert.equal((conflict.error.current?.record.names as { value: string }[])[0]?.value, 'A');
    const now = await bodyOf<Wire>(await api.call('admin', 'GET', '/api/persons/person:p'));
    assert.equal(now.version, 2);
    assert.equal((now.record.names as { value: string }[])[0]?.value, 'A');
    const disagree = await api.call(
      'editor',
      'PUT',
      '/api/persons/person:p',
      { record: renamed('C'), version: 1 },
      { 'if-match': '"2"' },
    );
    assert.equal(disagree.status, 400);
    const otherId = await api.call('editor', 'PUT', '/api/persons/person:p', {
      record: personInput('person:q'),
      version: 2,
    });
    assert.equal(otherId.status, 400);
    assert.equal((await bodyOf<ErrorBody>(otherId)).error.issues[0]?.path, '$.record.id');
  });

  test('a save that changes nothing answers the version it was, and its history says nothing happened', async () => {
    await api.call('editor', 'POST', '/api/persons', { record: personInput('person:p') });
    const read = await bodyOf<Wire>(await api.call('editor', 'GET', '/api/persons/person:p'));
    const again = await api.call(
      'editor',
      'PUT',
      '/api/persons/person:p',
      { record: { ...read.record, disputes: [] } },
      { 'if-match': '"1"' },
    );
    assert.equal(again.status, 200);
    assert.equal(again.headers.get('etag'), '"1"');
    assert.equal((await bodyOf<Wire>(again)).version, 1);
    const history = await bodyOf<{ entries: { action: string }[] }>(
      await api.call('editor', 'GET', '/api/persons/person:p/history'),
    );
    assert.deepEqual(
      history.entries.map((e) => e.action),
      ['create'],
    );
  });

  test('a merge patch changes the fields it names, at the version If-Match gives', async () => {
    await api.call('editor', 'POST', '/api/persons', {
      record: personInput('person:p', { occupation: 'journalist' }),
    });
    const res = await api.call(
      'editor',
      'PATCH',
      '/api/persons/person:p',
      { record: { gender: 'male', occupation: null } },
      { 'if-match': 'W/"1"' },
    );
    assert.equal(res.status, 200);
    const patched = await bodyOf<Wire>(res);
    assert.equal(patched.version, 2);
    assert.equal(patched.record.gender, 'male');
    assert.equal('occupation' in patched.record, false);
    assert.equal((patched.record.names as unknown[]).length, 1);
    const stale = await api.call('editor', 'PATCH', '/api/persons/person:p', {
      record: { gender: 'female' },
      version: 1,
    });
    assert.equal(stale.status, 409);
    const bad = await api.call('editor', 'PATCH', '/api/persons/person:p', {
      record: { gender: 'x' },
      version: 2,
    });
    assert.equal(bad.status, 400);
    assert.equal((await bodyOf<ErrorBody>(bad)).error.issues[0]?.path, '$.record.gender');
    const now = await bodyOf<Wire>(await api.call('admin', 'GET', '/api/persons/person:p'));
    assert.deepEqual([now.version, now.record.gender], [2, 'male']);
  });

  test('a delete at the right version leaves a tombstone in the history, and a restore brings the record back', async () => {
    await api.call('editor', 'POST', '/api/persons', { record: personInput('person:p') });
    assert.equal((await api.call('editor', 'DELETE', '/api/persons/person:p')).status, 400);
    assert.equal(
      (await api.call('viewer', 'DELETE', '/api/persons/person:p', undefined, { 'if-match': '"1"' })).status,
      403,
    );
    assert.equal((await api.call('editor', 'DELETE', '/api/persons/person:p?version=7')).status, 409);
    const gone = await api.call('editor', 'DELETE', '/api/persons/person:p', undefined, {
      'if-match': '"1"',
    });
    assert.equal(gone.status, 204);
    assert.equal((await api.call('admin', 'GET', '/api/persons/person:p')).status, 404);
    const history = await bodyOf<{ entries: { action: string; version: number; actor: string }[] }>(
      await api.call('editor', 'GET', '/api/persons/person:p/history'),
    );
    assert.deepEqual(
      history.entries.map((e) => [e.action, e.version, e.actor]),
      [
        ['create', 1, 'emil'],
        ['delete', 2, 'emil'],
      ],
    );
    assert.equal(
      (await api.call('viewer', 'POST', '/api/persons/person:p/restore', { version: 1 })).status,
      403,
    );
    const badVersion = await api.call('editor', 'POST', '/api/persons/person:p/restore', { version: 'one' });
    assert.equal(badVersion.status, 400);
    const back = await api.call('editor', 'POST', '/api/persons/person:p/restore', { version: 1 });
    assert.equal(back.status, 200);
    assert.equal(back.headers.get('etag'), '"3"');
    assert.equal((await bodyOf<Wire>(await api.call('viewer', 'GET', '/api/persons/person:p'))).version, 3);
  });
});
