import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import {
  chmodSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, describe, test } from 'node:test';
import { isDomainError } from '../core/errors.ts';
import type { BlobStore } from '../core/ports.ts';
import { memoryBlobStore } from '../../test/support/memory-blob-store.ts';
import { blobRootBeside, blobRootFromEnv, fileBlobStore } from './blob-files.ts';

const roots: string[] = [];
after(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));

function tempRoot(): string {
  const root = mkdtempSync(join(tmpdir(), 'cw-blobs-'));
  roots.push(root);
  return root;
}

const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const text = (s: string) => new TextEncoder().encode(s);

/** Every file under a folder, hidden ones included (a temporary file left behind would show). */
function filesUnder(root: string): string[] {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name));
}

const stores: [string, () => BlobStore][] = [
  ['folder', () => fileBlobStore(tempRoot())],
  ['memory', () => memoryBlobStore()],
];

for (const [name, make] of stores) {
  describe(`BlobStore contract: ${name}`, () => {
    test('keeps bytes under their SHA-256 and gives them back unchanged', async () => {
      const store = make();
      const bytes = text('Обвинительный акт, стр. 1');
      const ref = await store.put(bytes);
      assert.deepEqual(ref, { sha256: sha(bytes), size: bytes.length, isNew: true });
      assert.deepEqual(await store.get(ref.sha256), bytes);
      assert.equal(await store.has(ref.sha256), true);
      assert.equal(await store.size(ref.sha256), bytes.length);
    });

    test('the same bytes put twice are one file, and the second put says it wrote nothing', async () => {
      const store = make();
      const first = await store.put(text('same'));
      const second = await store.put(text('same'));
      assert.equal(first.isNew, true);
      assert.equal(second.isNew, false);
      assert.equal(second.sha256, first.sha256);
    });

    test('refuses bytes whose digest is not the one they came with, and keeps nothing', async () => {
      const store = make();
      const bytes = text('payload');
      await assert.rejects(store.put(bytes, '0'.repeat(64)), (e) => isDomainError(e, 'blob.digest_mismatch'));
      assert.equal(await store.has(sha(bytes)), false);
      assert.equal((await store.put(bytes, sha(bytes).toUpperCase())).isNew, true);
    });

    test('an unknown digest is absent, and verify calls it missing', async () => {
      const store = make();
      const kept = await store.put(text('kept'));
      const unknown = sha(text('never stored'));
      assert.equal(await store.get(unknown), undefined);
      assert.equal(await store.size(unknown), undefined);
      assert.deepEqual(await store.verify([kept.sha256, unknown]), [
        { sha256: kept.sha256, status: 'ok' },
        { sha256: unknown, status: 'missing' },
      ]);
    });

    test('delete removes a file a failed add wrote', async () => {
      const store = make();
      const { sha256 } = await store.put(text('half-added'));
      await store.delete(sha256);
      assert.equal(await store.has(sha256), false);
      assert.deepEqual(await store.verify([sha256]), [{ sha256, status: 'missing' }]);
    });
  });
}

describe('fileBlobStore on disk', () => {
  test('lays files out as <root>/ab/cd/<sha256>, read-only, with no temporary file left', async () => {
    const root = tempRoot();
    const { sha256 } = await fileBlobStore(root).put(text('layout'));
    const path = join(root, sha256.slice(0, 2), sha256.slice(2, 4), sha256);
    assert.deepEqual(filesUnder(root), [path]);
    assert.equal(statSync(path).mode & 0o777, 0o400, 'its owner may read it, no one may write it');
    for (const folder of [dirname(path), dirname(dirname(path))])
      assert.equal(statSync(folder).mode & 0o077, 0, `${folder} is closed to other users`);
    assert.equal(readFileSync(path, 'utf8'), 'layout');
  });

  test('a stored file altered on disk is changed, a deleted one missing; the others stay ok', async () => {
    const root = tempRoot();
    const store = fileBlobStore(root);
    const altered = await store.put(text('page one of the indictment'));
    const removed = await store.put(text('a video capture'));
    const intact = await store.put(text('an expert opinion'));
    const path = (s: string) => join(root, s.slice(0, 2), s.slice(2, 4), s);
    chmodSync(path(altered.sha256), 0o644);
    const bytes = readFileSync(path(altered.sha256));
    bytes[0] = bytes[0]! ^ 1;
    writeFileSync(path(altered.sha256), bytes);
    unlinkSync(path(removed.sha256));
    assert.deepEqual(await store.verify([altered.sha256, removed.sha256, intact.sha256]), [
      { sha256: altered.sha256, status: 'changed' },
      { sha256: removed.sha256, status: 'missing' },
      { sha256: intact.sha256, status: 'ok' },
    ]);
  });

  test('a put never overwrites a file already stored under the digest', async () => {
    const root = tempRoot();
    const store = fileBlobStore(root);
    const { sha256 } = await store.put(text('original'));
    const path = join(root, sha256.slice(0, 2), sha256.slice(2, 4), sha256);
    chmodSync(path, 0o644);
    writeFileSync(path, 'tampered');
    assert.equal((await store.put(text('original'))).isNew, false);
    assert.equal(readFileSync(path, 'utf8'), 'tampered', 'the evidence of tampering is kept, not hidden');
    assert.deepEqual(await store.verify([sha256]), [{ sha256, status: 'changed' }]);
  });

  test('a name that is no digest is refused before any path is made of it', async () => {
    const store = fileBlobStore(tempRoot());
    await assert.rejects(store.get('../../etc/passwd'), (e) => isDomainError(e, 'validation.invalid'));
    await assert.rejects(store.verify(['ABC']), (e) => isDomainError(e, 'validation.invalid'));
  });
});

describe('where the files live', () => {
  test('beside the SQLite file, unless CASEWATCH_FILES says', () => {
    assert.equal(blobRootBeside('/x/cw.db'), '/x/cw.files');
    assert.equal(blobRootFromEnv({ CASEWATCH_DB: '/x/cw.db' }), '/x/cw.files');
    assert.equal(blobRootFromEnv({ CASEWATCH_DB: '/x/cw.db', CASEWATCH_FILES: '/evidence' }), '/evidence');
    assert.match(blobRootFromEnv({}), /\/data\/casewatch\.files$/);
    assert.match(
      blobRootFromEnv({ DATABASE_URL: 'postgres://h/db', CASEWATCH_DB: '/x/cw.db' }),
      /casewatch\.files$/,
    );
  });

  test('an in-memory database needs CASEWATCH_FILES', () => {
    assert.throws(
      () => blobRootFromEnv({ CASEWATCH_DB: ':memory:' }),
      (e) => isDomainError(e, 'config.invalid'),
    );
  });
});
