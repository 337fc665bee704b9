import assert from 'node:assert/strict';
import { test } from 'node:test';
import { openSession } from '../core/access/session.ts';
import { loadLegalKnowledge } from '../store/law-files.ts';
import { ACTORS, bodyOf, type As } from '../../test/support/api.ts';
import { testDocuments } from '../../test/support/documents-api.ts';
import { pageImage, russianPdf } from '../../test/support/pdf-fixtures.ts';
import { caseRecord } from '../../test/support/record-fixtures.ts';
import { forEachStore } from '../../test/support/stores.ts';
import type { Store } from '../core/ports.ts';
import { createApp } from './app.ts';

const law = loadLegalKnowledge('data/law');

/** The API with documents over a test store: files in memory, text read by a queue the test can wait for. */
function documentsApi(store: Store) {
  const { deps, blobs, queue } = testDocuments(store, law);
  const app = createApp({
    openSession: (actor) => openSession(store, actor),
    law,
    clock: { now: () => '2024-06-01T09:00:00.000Z' },
    actorOf: (request) => ACTORS[(request.headers.get('x-test-as') ?? 'public') as As],
    documents: deps,
  });
  const get = (as: As, path: string) => app.request(path, { headers: { 'x-test-as': as } });
  const upload = (as: As, caseId: string, bytes: Uint8Array, name: string, type: string, query = '') =>
    app.request(`/api/cases/${caseId}/documents${query}`, {
      method: 'POST',
      headers: { 'x-test-as': as, 'content-type': type, 'x-file-name': encodeURIComponent(name) },
      body: bytes,
    });
  /** The Russian indictment of four pages, uploaded by the editor to case:a. */
  const uploadIndictment = async () =>
    upload('editor', 'case:a', await russianPdf(), 'Обвинительный акт.pdf', 'application/pdf');
  return { app, blobs, queue, get, upload, uploadIndictment };
}

forEachStore('document routes', (getStore) => {
  test('an uploaded Russian PDF answers 202, its text is read after, page 3 holds the citation', async () => {
    const store = getStore();
    await store.run(ACTORS.editor, (tx) => tx.create('case', caseRecord('case:a')));
    const api = documentsApi(store);
    const res = await api.uploadIndictment();
    assert.equal(res.status, 202);
    const added = await bodyOf<{ id: string; sha256: string; textStatus: string }>(res);
    assert.equal(added.textStatus, 'pending');
    await api.queue.idle();

    const doc = await bodyOf<{ textStatus: string; pagesDone: number; title: string }>(
      await api.get('viewer', `/api/documents/${added.id}`),
    );
    assert.deepEqual([doc.textStatus, doc.pagesDone, doc.title], ['done', 4, 'Обвинительный акт.pdf']);
    const pages = await bodyOf<{ pages: { page: number; text: string }[] }>(
      await api.get('viewer', `/api/documents/${added.id}/pages?from=3&to=3`),
    );
    assert.equal(pages.pages[0]?.page, 3);
    assert.match(pages.pages[0]?.text ?? '', /ч\. 1 ст\. 272 УК РК/);

    const found = await bodyOf<{
      suggestions: { type: string; page: number; quote: string; label: string }[];
    }>(await api.get('viewer', `/api/documents/${added.id}/suggestions?page=3`));
    const citations = found.suggestions.filter((s) => s.type === 'citation');
    assert.deepEqual(
      citations.map((s) => [s.page, s.quote]),
      [[3, 'ч. 1 ст. 272 УК РК']],
    );
    assert.match(citations[0]?.label ?? '', /^kz cc 272\(1\): /);
    // The article's title comes in the language asked for.
    const inRussian = await bodyOf<{ suggestions: { type: string; label: string }[] }>(
      await api.get('viewer', `/api/documents/${added.id}/suggestions?page=3&lang=ru`),
    );
    assert.deepEqual(
      inRussian.suggestions.filter((s) => s.type === 'citation').map((s) => s.label),
      ['kz cc 272(1): Массовые беспорядки'],
    );
    assert.equal(
      (await api.get('viewer', `/api/documents/${added.id}/suggestions?page=3&lang=de`)).status,
      400,
    );
    const image = await api.get('public', `/api/documents/${added.id}/pages/3/image`);
    assert.equal(image.status, 404);
    const png = await api.get('viewer', `/api/documents/${added.id}/pages/3/image`);
    assert.equal(png.status, 200);
    assert.equal(png.headers.get('content-type'), 'image/png');
    assert.deepEqual([...new Uint8Array(await png.arrayBuffer()).subarray(1, 4)], [0x50, 0x4e, 0x47]);
    assert.equal((await api.get('viewer', `/api/documents/${added.id}/pages/5/image`)).status, 404);
    const list = await bodyOf<{ items: { id: string }[] }>(
      await api.get('viewer', '/api/cases/case:a/documents'),
    );
    assert.deepEqual(
      list.items.map((d) => d.id),
      [added.id],
    );
  });

  test('a PDF’s text is found by /api/search at its page, by those who may read the document only', async () => {
    const store = getStore();
    await store.run(ACTORS.editor, (tx) => tx.create('case', caseRecord('case:a', { visibility: 'public' })));
    const api = documentsApi(store);
    const res = await api.uploadIndictment();
    const added = await bodyOf<{ id: string }>(res);
    await api.queue.idle();
    type Page = { total: number; hits: { id: string; title: string; field: string; page?: number }[] };
    const search = async (as: As, q: string) =>
      bodyOf<Page>(await api.get(as, `/api/search?q=${encodeURIComponent(q)}`));
    for (const [q, page] of [
      ['ч. 1 ст. 272 УК РК', 3],
      ['Мамаем', 2],
      ['Mamai Zhanbolat', 2],
    ] as const) {
      const hit = (await search('viewer', q)).hits.find((h) => h.id === added.id);
      assert.deepEqual(hit && [hit.title, hit.field, hit.page], ['Обвинительный акт.pdf', 'page', page], q);
      assert.equal((await search('public', q)).total, 0, `${q}: the document is internal`);
    }
  });

  test('a file that lies about its type is refused and leaves nothing', async () => {
    const store = getStore();
    await store.run(ACTORS.editor, (tx) => tx.create('case', caseRecord('case:a')));
    const api = documentsApi(store);
    const res = await api.upload('editor', 'case:a', await pageImage(), 'scan.pdf', 'application/pdf');
    assert.equal(res.status, 415);
    const body = await bodyOf<{ error: { code: string; message: string } }>(res);
    assert.equal(body.error.code, 'document.type_mismatch');
    assert.match(body.error.message, /^scan\.pdf: /);
    assert.equal(api.blobs.files.size, 0);
    assert.deepEqual(await store.documents?.files(), []);
    assert.deepEqual(await openSession(store, ACTORS.admin).list('source'), []);
    assert.equal(
      (await api.upload('viewer', 'case:a', await russianPdf(), 'a.pdf', 'application/pdf')).status,
      403,
    );
    // Past the 16 MiB of a record's write: the upload's own checks judge it, not the write body limit.
    const zeros = new Uint8Array(17 * 2 ** 20);
    const large = await api.upload('editor', 'case:a', zeros, 'zeros.bin', 'application/octet-stream');
    assert.equal((await bodyOf<{ error: { code: string } }>(large)).error.code, 'document.unsupported');
  });

  test('an upload carries its capture record in the query; a wrong one is named and stores nothing', async () => {
    const store = getStore();
    await store.run(ACTORS.editor, (tx) => tx.create('case', caseRecord('case:a', { visibility: 'public' })));
    const api = documentsApi(store);
    const bytes = new TextEncoder().encode('<html><body>Видео с призывом к мирному митингу</body></html>');
    const query = (capturedAt: string, more = '') =>
      `?platform=facebook&postId=10158&account=mamay&capturedAt=${encodeURIComponent(capturedAt)}` +
      `&collector=${encodeURIComponent('монитор 7')}&url=${encodeURIComponent('https://facebook.com/p/10158')}` +
      `&archiveUrl=${encodeURIComponent('https://web.archive.org/web/2022/x')}&documentKind=video${more}`;
    const wrong = await api.upload('editor', 'case:a', bytes, 'post.html', 'text/html', query('last week'));
    assert.equal(wrong.status, 400);
    const error = (await bodyOf<{ error: { issues: { path: string }[] } }>(wrong)).error;
    assert.deepEqual(
      error.issues.map((i) => i.path),
      ['$.capture.capturedAt'],
    );
    assert.equal(api.blobs.files.size, 0);

    const res = await api.upload(
      'editor',
      'case:a',
      bytes,
      'post.html',
      'text/html',
      query('2022-01-06T10:00:00Z', '&visibility=public&restrict=capture'),
    );
    assert.equal(res.status, 202);
    await api.queue.idle();
    const added = await bodyOf<{ id: string; document: { kind: string; documentKind: string } }>(res);
    assert.deepEqual([added.document.kind, added.document.documentKind], ['capture', 'video']);
    const asAdmin = await bodyOf<{ capture?: Record<string, string>; url?: string }>(
      await api.get('admin', `/api/documents/${added.id}`),
    );
    assert.deepEqual(asAdmin.capture, {
      platform: 'facebook',
      postId: '10158',
      account: 'mamay',
      capturedAt: '2022-01-06T10:00:00Z',
      collector: 'монитор 7',
    });
    // The document is public, its capture record restricted: absent for everyone else, the name not even hinted.
    for (const as of ['public', 'viewer', 'editor'] as const) {
      const seen = await api.get(as, `/api/documents/${added.id}`);
      const text = await seen.text();
      assert.equal(seen.status, 200, as);
      assert.doesNotMatch(text, /монитор|"capture":/, as);
      assert.match(text, /facebook\.com\/p\/10158/, as);
    }
  });

  test('the public gets 404 for an internal document; a download is an exported custody event', async () => {
    const store = getStore();
    await store.run(ACTORS.editor, (tx) => tx.create('case', caseRecord('case:a', { visibility: 'public' })));
    const api = documentsApi(store);
    const bytes = new TextEncoder().encode('Показания свидетеля.\n');
    const added = await bodyOf<{ id: string }>(
      await api.upload('editor', 'case:a', bytes, 'показания.txt', 'text/plain'),
    );
    await api.queue.idle();
    for (const path of ['', '/pages', '/file', '/suggestions', '/custody'])
      assert.equal((await api.get('public', `/api/documents/${added.id}${path}`)).status, 404, path);

    const file = await api.get('viewer', `/api/documents/${added.id}/file`);
    assert.equal(file.status, 200);
    assert.deepEqual(new Uint8Array(await file.arrayBuffer()), bytes);
    assert.match(file.headers.get('content-disposition') ?? '', /^attachment; .*filename\*=UTF-8''%D0%BF/);
    assert.equal(file.headers.get('x-content-type-options'), 'nosniff');
    const custody = await bodyOf<{ events: { action: string; actor: string }[] }>(
      await api.get('viewer', `/api/documents/${added.id}/custody`),
    );
    assert.deepEqual(
      custody.events.map((e) => [e.action, e.actor]),
      [
        ['added', 'emil'],
        ['text_read', 'emil'],
        ['exported', 'vera'],
      ],
    );
  });
});
