// The BlobStore port on the filesystem: each original file once, under its SHA-256, read-only, never overwritten.
import { createHash, randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { chmod, link, mkdir, open, readFile, rm, stat, unlink } from 'node:fs/promises';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { DomainError } from '../core/errors.ts';
import type { BlobCheck, BlobStore } from '../core/ports.ts';
import { DEFAULT_SQLITE_FILE } from './open-store.ts';

const SHA256_RE = /^[0-9a-f]{64}$/;

/**
 * The folder of stored files the environment names: CASEWATCH_FILES when set, else beside the SQLite file with
 * its extension replaced by `.files` (CASEWATCH_DB=/x/cw.db keeps them under /x/cw.files/), else ./data/casewatch.files.
 * With PostgreSQL (DATABASE_URL) and no CASEWATCH_FILES, the same default beside the default SQLite file.
 */
export function blobRootFromEnv(env: NodeJS.ProcessEnv = process.env): string {
  const files = env.CASEWATCH_FILES?.trim();
  if (files) return resolve(files);
  const db = env.DATABASE_URL?.trim() ? '' : (env.CASEWATCH_DB?.trim() ?? '');
  if (db === ':memory:')
    throw new DomainError(
      'config.invalid',
      'CASEWATCH_FILES must name a folder when CASEWATCH_DB is :memory:',
    );
  return blobRootBeside(db || DEFAULT_SQLITE_FILE);
}

/** The folder of stored files beside a database file: /x/cw.db → /x/cw.files. */
export function blobRootBeside(dbFile: string): string {
  const file = resolve(dbFile);
  return join(dirname(file), `${basename(file, extname(file))}.files`);
}

/** The folder store the environment names (`blobRootFromEnv`). */
export function blobStoreFromEnv(env: NodeJS.ProcessEnv = process.env): BlobStore {
  return fileBlobStore(blobRootFromEnv(env));
}

/** The SHA-256 of bytes, as 64 lowercase hex digits. */
export function sha256Of(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * The files of a folder: `<root>/ab/cd/<sha256>`, written atomically and made read-only to their owner alone
 * (0400, folders 0700: a confidential document is not for the machine's other users).
 */
export function fileBlobStore(root: string): BlobStore {
  const pathOf = (sha256: string) => {
    if (!SHA256_RE.test(sha256))
      throw new DomainError('validation.invalid', `not a SHA-256 digest: "${sha256.slice(0, 80)}"`);
    return join(root, sha256.slice(0, 2), sha256.slice(2, 4), sha256);
  };
  const sizeOf = async (sha256: string) => {
    try {
      return (await stat(pathOf(sha256))).size;
    } catch (error) {
      if (isNotFound(error)) return undefined;
      throw error;
    }
  };

  return {
    async put(bytes, expectedSha256) {
      const sha256 = sha256Of(bytes);
      if (expectedSha256 !== undefined && expectedSha256.toLowerCase() !== sha256)
        throw new DomainError(
          'blob.digest_mismatch',
          `the file's SHA-256 is ${sha256}, not the ${expectedSha256} it was sent with`,
        );
      const path = pathOf(sha256);
      if ((await sizeOf(sha256)) !== undefined) return { sha256, size: bytes.length, isNew: false };
      await writeOnce(path, bytes, sha256);
      return { sha256, size: bytes.length, isNew: true };
    },
    async get(sha256) {
      try {
        return new Uint8Array(await readFile(pathOf(sha256)));
      } catch (error) {
        if (isNotFound(error)) return undefined;
        throw error;
      }
    },
    has: async (sha256) => (await sizeOf(sha256)) !== undefined,
    size: sizeOf,
    async delete(sha256) {
      await rm(pathOf(sha256), { force: true });
    },
    async verify(sha256s) {
      const out: { sha256: string; status: BlobCheck }[] = [];
      for (const sha256 of sha256s) out.push({ sha256, status: await check(pathOf(sha256), sha256) });
      return out;
    },
  };
}

/**
 * Writes a file that must not exist yet: a temporary file in the same folder, synced, read back against its
 * digest, made read-only, then linked into place (so a reader never sees half a file) and the folder synced.
 */
async function writeOnce(path: string, bytes: Uint8Array, sha256: string): Promise<void> {
  const folder = dirname(path);
  await mkdir(folder, { recursive: true, mode: 0o700 }); // documents may be confidential: the owner's alone
  const temporary = join(folder, `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  const handle = await open(temporary, 'wx', 0o600);
  try {
    await handle.writeFile(bytes);
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    // Read back before it takes its name: what the disk holds is what was hashed, or nothing is kept.
    if ((await check(temporary, sha256)) !== 'ok')
      throw new DomainError(
        'blob.digest_mismatch',
        `the file written for ${sha256} does not read back the same`,
      );
    await chmod(temporary, 0o400);
    // A hard link, unlike a rename, never replaces: a file put meanwhile by someone else (the same bytes, as its
    // name is their digest) stays as it is.
    await link(temporary, path).catch((error: unknown) => {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    });
    await syncFolder(folder);
  } finally {
    await unlink(temporary).catch(() => undefined);
  }
}

/** Re-hashes a stored file, streaming, against the digest it is stored under. */
async function check(path: string, sha256: string): Promise<BlobCheck> {
  const hash = createHash('sha256');
  try {
    for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  } catch (error) {
    if (isNotFound(error)) return 'missing';
    throw error;
  }
  return hash.digest('hex') === sha256 ? 'ok' : 'changed';
}

async function syncFolder(folder: string): Promise<void> {
  const handle = await open(folder, 'r');
  try {
    await handle.sync();
  } catch {
    // Some filesystems cannot sync a folder; the file itself was synced.
  } finally {
    await handle.close();
  }
}

function isNotFound(error: unknown): boolean {
  return (error as NodeJS.ErrnoException | undefined)?.code === 'ENOENT';
}
