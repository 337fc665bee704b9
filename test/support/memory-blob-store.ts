// An in-memory fake of the BlobStore port for small tests of the core: the same contract as the folder store.
import { createHash } from 'node:crypto';
import { DomainError } from '../../src/core/errors.ts';
import type { BlobCheck, BlobStore } from '../../src/core/ports.ts';

/** A BlobStore in memory; `tamper` changes a stored file's bytes behind its back, as a disk fault would. */
export interface MemoryBlobStore extends BlobStore {
  readonly files: ReadonlyMap<string, Uint8Array>;
  tamper(sha256: string, bytes: Uint8Array): void;
}

/** A BlobStore in memory (copies in and out, so no caller can change what is kept). */
export function memoryBlobStore(): MemoryBlobStore {
  const files = new Map<string, Uint8Array>();
  const digest = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
  return {
    files,
    tamper: (sha256, bytes) => void files.set(sha256, new Uint8Array(bytes)),
    put(bytes, expectedSha256) {
      const sha256 = digest(bytes);
      if (expectedSha256 !== undefined && expectedSha256.toLowerCase() !== sha256)
        return Promise.reject(new DomainError('blob.digest_mismatch', `the file's SHA-256 is ${sha256}`));
      const isNew = !files.has(sha256);
      if (isNew) files.set(sha256, new Uint8Array(bytes));
      return Promise.resolve({ sha256, size: bytes.length, isNew });
    },
    get: (sha256) => Promise.resolve(files.has(sha256) ? new Uint8Array(files.get(sha256)!) : undefined),
    has: (sha256) => Promise.resolve(files.has(sha256)),
    size: (sha256) => Promise.resolve(files.get(sha256)?.length),
    delete: (sha256) => Promise.resolve(void files.delete(sha256)),
    verify(sha256s) {
      const status = (sha256: string): BlobCheck => {
        const bytes = files.get(sha256);
        if (bytes === undefined) return 'missing';
        return digest(bytes) === sha256 ? 'ok' : 'changed';
      };
      return Promise.resolve(sha256s.map((sha256) => ({ sha256, status: status(sha256) })));
    },
  };
}
