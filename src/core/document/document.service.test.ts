import assert from 'node:assert/strict';
import { test } from 'node:test';
import { openSession } from '../access/session.ts';
import type { Actor } from '../actor.ts';
import { isDomainError } from '../errors.ts';
import type { Store } from '../ports.ts';
import { checkUpload } from '../../ingest/upload-check.ts';
import { readDocumentText as readIngest } from '../../ingest/document-text.ts';
import { memoryBlobStore, type MemoryBlobStore } from '../../../test/support/memory-blob-store.ts';
import { corruptPdf, emptyFile, pageImage, russianPdf } from '../../../test/support/pdf-fixtures.ts';
import { caseRecord } from '../../../test/support/record-fixtures.ts';
import { forEachStore } from '../../../test/support/stores.ts';
import type { DocumentDeps } from './document.ts';
import {
  documentCustody,
  documentFile,
  documentPage,
  documentSuggestions,
  getDocument,
  listDocuments,
} from './document-read.service.ts';
import { addDocument, readDocumentText, verifyFiles } from './document.service.ts';

const EDITOR: Actor = { id: 'user:ed', user: 'ed', roles: ['editor'] };
const ADMIN: Actor = { id: 'user:root', user: 'root', roles: ['admin'] };
const VIEWER: Actor = { id: 'user:vi', user: 'vi', roles: ['viewer'] };
const PUBLIC: Actor = { id: 'public', roles: ['public'] };

const depsOf = (store: Store, blobs: MemoryBlobStore, maxBytes?: number): DocumentDeps => ({
  store,
  blobs,
  checkUpload: (source, claims) =>
    checkUpload(source, { ...claims, ...(maxBytes !== undefined ? { limits: { maxBytes } } : {}) }),
  readText: (bytes, options) => readIngest(bytes, { ...options, ocr: false }),
});

async function withCase(store: Store, id = 'case:a'): Promise<void> {
  await store.run(EDITOR, (tx) => tx.create('case', caseRecord(id)));
}

const rejectsWith = async (promise: Promise<unknown>, code: string) =>
  assert.rejects(promise, (e: unknown) => isDomainError(e) && e.code === code);

forEachStore('documents', (getStore) => {
  test('a Russian PDF is kept, its text read per page, the citation found on page 3', async () => {
    const store = getStore();
    await withCase(store);
    const blobs = memoryBlobStore();
    const deps = depsOf(store, blobs);
    const editor = openSession(store, EDITOR);
    const pdf = await russianPdf();
    const doc = await addDocument(deps, editor, {
      caseId: 'case:a',
      bytes: pdf,
      name: 'indictment.pdf',
      origin: 'cli:ed@host',
    });
    assert.equal(doc.kind, 'document');
    assert.equal(doc.title, 'indictment.pdf');
    assert.equal(doc.visibility, 'internal');
    assert.equal(doc.textStatus, 'pending');
    assert.equal(doc.pageCount, 4);
    assert.ok(blobs.files.has(doc.file.sha256));

    const seen: number[] = [];
    const after = await readDocumentText(deps, EDITOR, doc.file.sha256, {
      onProgress: (p) => seen.push(p.page),
    });
    assert.equal(after?.textStatus, 'done');
    assert.equal(after?.pagesDone, 4);
    assert.ok(seen.length > 0);
    const page3 = await documentPage(deps, editor, doc.id, 3);
    assert.match(page3.text, /ч\. 1 ст\. 272 УК РК/);
    assert.equal(page3.method, 'text');

    const found = await documentSuggestions(deps, editor, doc.id, (text) =>
      [...text.matchAll(/ст\. \d+/g)].map((m) => ({ start: m.index, quote: m[0] })),
    );
    assert.deepEqual(
      found.map((s) => [s.page, s.quote]),
      [[3, 'ст. 272']],
    );
    assert.deepEqual(
      (await listDocuments(deps, editor, 'case:a')).map((d) => d.id),
      [doc.id],
    );
    const actions = (await documentCustody(deps, editor, doc.id)).map((e) => [e.action, e.actor, e.details]);
    assert.deepEqual(actions, [
      ['added', 'user:ed', { fileName: 'indictment.pdf' }],
      ['text_read', 'user:ed', { pages: 4 }],
    ]);
  });

  test('the same bytes twice: refused in one case, one stored file for two cases', async () => {
    const store = getStore();
    await withCase(store, 'case:a');
    await withCase(store, 'case:b');
    const deps = depsOf(store, memoryBlobStore());
    const editor = openSession(store, EDITOR);
    const bytes = new TextEncoder().encode('Протокол допроса свидетеля.\n');
    const first = await addDocument(deps, editor, { caseId: 'case:a', bytes, name: 'a.txt' });
    await assert.rejects(
      addDocument(deps, editor, { caseId: 'case:a', bytes, name: 'again.txt' }),
      (e: unknown) => isDomainError(e) && e.code === 'document.duplicate' && e.message.includes(first.id),
    );
    const second = await addDocument(deps, editor, { caseId: 'case:b', bytes, name: 'b.txt' });
    assert.notEqual(second.id, first.id);
    assert.equal(second.file.sha256, first.file.sha256);
    const added = (await store.documents?.custody(first.file.sha256))?.filter((e) => e.action === 'added');
    assert.deepEqual(
      added?.map((e) => e.sourceId),
      [first.id, second.id],
    );
    assert.equal((await store.documents?.files())?.length, 1);
    const read = await readDocumentText(deps, EDITOR, first.file.sha256);
    assert.equal(read?.textStatus, 'done');
    const again = await readDocumentText(deps, EDITOR, first.file.sha256);
    assert.deepEqual(again, read, 'read once');
    // What the server reads again as it starts: only files whose reading has not finished.
    assert.deepEqual(await store.documents?.files(['pending', 'reading']), []);
    assert.equal((await store.documents?.files(['done']))?.length, 1);
    const reads = (await store.documents?.custody(first.file.sha256))?.filter(
      (e) => e.action === 'text_read',
    );
    assert.equal(reads?.length, 1);
  });

  test('a refused upload leaves no record, no file row and no file', async () => {
    const store = getStore();
    await withCase(store);
    const blobs = memoryBlobStore();
    const editor = openSession(store, EDITOR);
    const deps = depsOf(store, blobs);
    const cases: [Uint8Array, string, string][] = [
      [emptyFile(), 'empty.pdf', 'document.empty'],
      [await pageImage(), 'scan.pdf', 'document.type_mismatch'],
      [corruptPdf(), 'broken.pdf', 'document.corrupt'],
    ];
    for (const [bytes, name, code] of cases)
      await rejectsWith(addDocument(deps, editor, { caseId: 'case:a', bytes, name }), code);
    const big = new TextEncoder().encode('слово '.repeat(2_000));
    await rejectsWith(
      addDocument(depsOf(store, blobs, 10_000), editor, { caseId: 'case:a', bytes: big, name: 'big.txt' }),
      'document.too_large',
    );
    assert.equal(blobs.files.size, 0);
    assert.deepEqual(await store.documents?.files(), []);
    assert.deepEqual(await editor.list('source'), []);
  });

  test('a failed write takes back the file it stored; a viewer cannot reach an internal document', async () => {
    const store = getStore();
    await withCase(store);
    const blobs = memoryBlobStore();
    const deps = depsOf(store, blobs);
    const editor = openSession(store, EDITOR);
    const bytes = new TextEncoder().encode('Заключение эксперта.\n');
    await rejectsWith(
      addDocument(deps, editor, { caseId: 'case:a', bytes, name: 'x.txt', url: 'not a url' }),
      'validation.invalid',
    );
    assert.equal(blobs.files.size, 0);
    const doc = await addDocument(deps, editor, { caseId: 'case:a', bytes, name: 'x.txt' });
    const outsider = openSession(store, PUBLIC);
    await rejectsWith(getDocument(deps, outsider, doc.id), 'record.not_found');
    await rejectsWith(documentFile(deps, outsider, doc.id), 'record.not_found');
    await rejectsWith(documentCustody(deps, outsider, doc.id), 'record.not_found');
    await rejectsWith(
      documentSuggestions(deps, outsider, doc.id, () => []),
      'record.not_found',
    );
    const file = await documentFile(deps, openSession(store, VIEWER), doc.id, '127.0.0.1');
    assert.deepEqual(new Uint8Array(file.bytes), bytes);
    const events = await documentCustody(deps, editor, doc.id);
    assert.deepEqual(
      events.map((e) => [e.action, e.origin]),
      [
        ['added', undefined],
        ['exported', '127.0.0.1'],
      ],
    );
  });

  test('online material keeps its capture record; a restricted capture is absent for those who may not read it', async () => {
    const store = getStore();
    await withCase(store);
    const blobs = memoryBlobStore();
    const deps = depsOf(store, blobs);
    const editor = openSession(store, EDITOR);
    const bytes = new TextEncoder().encode('<html><body>Призыв к мирному митингу</body></html>');
    const capture = {
      platform: 'facebook',
      postId: '10158',
      account: 'zhanbolat.mamay',
      publishedAt: '2022-01-05T09:12:00+06:00',
      capturedAt: '2022-01-06T10:00:00Z',
      collector: 'monitor 7',
      tool: 'browsertrix 1.2',
    };
    await assert.rejects(
      addDocument(deps, editor, {
        caseId: 'case:a',
        bytes,
        name: 'post.html',
        details: { capture: { ...capture, capturedAt: 'yesterday' } },
      }),
      (e: unknown) =>
        isDomainError(e) &&
        e.code === 'validation.invalid' &&
        e.issues.some((i) => i.path === '$.capture.capturedAt'),
    );
    assert.equal(blobs.files.size, 0, 'a wrong detail stores nothing');

    const open = await addDocument(deps, editor, {
      caseId: 'case:a',
      bytes,
      name: 'post.html',
      url: 'https://www.facebook.com/zhanbolat.mamay/posts/10158',
      details: { archiveUrl: 'https://web.archive.org/web/2022/x', publishedOn: '2022-01', capture },
    });
    assert.equal(open.kind, 'capture');
    assert.deepEqual(open.capture, capture);
    const stored = await editor.get('source', open.id);
    assert.equal(stored?.data.archiveUrl, 'https://web.archive.org/web/2022/x');
    assert.equal(stored?.data.publishedOn, '2022-01');

    const video = new TextEncoder().encode('Видео: обращение к сторонникам.\n');
    const hidden = await addDocument(deps, editor, {
      caseId: 'case:a',
      bytes: video,
      name: 'video-transcript.txt',
      details: { capture },
      fieldVisibility: { capture: 'restricted' },
    });
    assert.equal(hidden.kind, 'capture', 'a file with a capture record is a capture whatever its type');
    assert.equal(
      hidden.capture,
      undefined,
      'the editor may not read a restricted field, even one they wrote',
    );
    assert.equal(Object.hasOwn(await getDocument(deps, editor, hidden.id), 'capture'), false);
    assert.deepEqual((await getDocument(deps, openSession(store, ADMIN), hidden.id)).capture, capture);
  });

  test('a reading that fails is a text_read event with its reason, as data', async () => {
    const store = getStore();
    await withCase(store);
    const failing: DocumentDeps = {
      ...depsOf(store, memoryBlobStore()),
      readText: () => Promise.reject(new Error('the file could not be read')),
    };
    const editor = openSession(store, EDITOR);
    const bytes = new TextEncoder().encode('Протокол.\n');
    const doc = await addDocument(failing, editor, { caseId: 'case:a', bytes, name: 'x.txt' });
    assert.equal((await readDocumentText(failing, EDITOR, doc.file.sha256))?.textStatus, 'failed');
    const last = (await documentCustody(failing, editor, doc.id)).at(-1);
    assert.deepEqual([last?.action, last?.details], ['text_read', { reason: 'the file could not be read' }]);
  });

  test('verify names a changed and a missing file, for admins only', async () => {
    const store = getStore();
    await withCase(store);
    const blobs = memoryBlobStore();
    const deps = depsOf(store, blobs);
    const editor = openSession(store, EDITOR);
    const enc = (s: string) => new TextEncoder().encode(s);
    const a = await addDocument(deps, editor, { caseId: 'case:a', bytes: enc('один\n'), name: 'a.txt' });
    const b = await addDocument(deps, editor, { caseId: 'case:a', bytes: enc('два\n'), name: 'b.txt' });
    const c = await addDocument(deps, editor, { caseId: 'case:a', bytes: enc('три\n'), name: 'c.txt' });
    blobs.tamper(a.file.sha256, enc('changed\n'));
    await blobs.delete(b.file.sha256);
    await rejectsWith(verifyFiles(deps, editor), 'auth.forbidden');
    const checks = await verifyFiles(deps, openSession(store, ADMIN));
    const bySha = new Map(checks.map((x) => [x.sha256, x]));
    assert.equal(bySha.get(a.file.sha256)?.status, 'changed');
    assert.deepEqual(bySha.get(a.file.sha256)?.documents, [a.id]);
    assert.equal(bySha.get(b.file.sha256)?.status, 'missing');
    assert.equal(bySha.get(c.file.sha256)?.status, 'ok');
    const last = (await store.documents?.custody(a.file.sha256))?.at(-1);
    assert.deepEqual([last?.action, last?.details], ['verify_failed', { check: 'changed' }]);
  });
});
