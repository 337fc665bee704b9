import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { test } from 'node:test';
import { openSession } from '../access/session.ts';
import type { Actor } from '../actor.ts';
import type { Store } from '../ports.ts';
import { checkUpload } from '../../ingest/upload-check.ts';
import { readDocumentText as readIngest } from '../../ingest/document-text.ts';
import { memoryBlobStore } from '../../../test/support/memory-blob-store.ts';
import { caseRecord } from '../../../test/support/record-fixtures.ts';
import { forEachStore } from '../../../test/support/stores.ts';
import type { DocumentDeps } from './document.ts';
import { documentCustody } from './document-read.service.ts';
import { addDocument } from './document.service.ts';

// A source recorded by the digest of the text it was read from (the form of one source keeps the digest of the
// text pasted), then given that text: the text is kept as that source's copy, not as a second source.

const EDITOR: Actor = { id: 'user:ed', user: 'ed', roles: ['editor'] };
const TEXT =
  'As Kazakhstan gears up for parliamentary elections this spring, the prosecutor charged him again.\n';
const bytes = () => new TextEncoder().encode(TEXT);
const digest = createHash('sha256').update(TEXT, 'utf8').digest('hex');

const depsOf = (store: Store): DocumentDeps => ({
  store,
  blobs: memoryBlobStore(),
  checkUpload: (source, claims) => checkUpload(source, claims),
  readText: (b, options) => readIngest(b, { ...options, ocr: false }),
});

async function withSource(store: Store, sha256: string): Promise<void> {
  await store.run(EDITOR, async (tx) => {
    await tx.create('case', caseRecord('case:a'));
    await tx.create('source', {
      id: 'source:dispatch',
      kind: 'document',
      documentKind: 'article',
      title: 'A dispatch',
      case: 'case:a',
      sha256,
      visibility: 'internal',
      disputes: [],
    });
  });
}

forEachStore('a source recorded by its digest, given its text', (getStore) => {
  test('the text is kept as that source’s copy: one source, with its file and its custody', async () => {
    const store = getStore();
    await withSource(store, digest);
    const deps = depsOf(store);
    const editor = openSession(store, EDITOR);
    const doc = await addDocument(deps, editor, { caseId: 'case:a', bytes: bytes(), name: 'dispatch.txt' });
    assert.equal(doc.id, 'source:dispatch');
    assert.equal(doc.title, 'A dispatch');
    assert.equal(doc.file.sha256, digest);
    const sources = await editor.list('source', { case: 'case:a' });
    // A text is one page: its claims need not name their page.
    assert.deepEqual(
      sources.map((s) => [s.id, s.data.file?.sha256, s.data.pageCount]),
      [['source:dispatch', digest, 1]],
    );
    const custody = await documentCustody(deps, editor, 'source:dispatch');
    assert.deepEqual(
      custody.map((e) => e.action),
      ['added'],
    );
    // Given again, the text is the copy it has already.
    await assert.rejects(
      addDocument(deps, editor, { caseId: 'case:a', bytes: bytes(), name: 'dispatch.txt' }),
      /has this file already, as document source:dispatch/,
    );
  });

  test('a source recorded by another digest is left as it is: the file is a source of its own', async () => {
    const store = getStore();
    await withSource(store, 'f'.repeat(64));
    const deps = depsOf(store);
    const editor = openSession(store, EDITOR);
    const doc = await addDocument(deps, editor, { caseId: 'case:a', bytes: bytes(), name: 'other.txt' });
    assert.notEqual(doc.id, 'source:dispatch');
    const kept = await editor.get('source', 'source:dispatch');
    assert.equal(kept?.data.file, undefined);
  });
});
