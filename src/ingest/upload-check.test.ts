import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { after, before, describe, test } from 'node:test';
import { isDomainError, type ErrorCode } from '../core/errors.ts';
import { fileBlobStore } from '../store/blob-files.ts';
import {
  badUploads,
  ingestSkipReason,
  minimalPdf,
  pageImage,
  pdfBomb,
  russianPdf,
} from '../../test/support/pdf-fixtures.ts';
import { checkUpload, checkUploadFile, storeUpload } from './upload-check.ts';

const roots: string[] = [];
after(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));
function tempDir(): string {
  const root = mkdtempSync(join(tmpdir(), 'cw-upload-'));
  roots.push(root);
  return root;
}

/** Every file under a folder, hidden ones included. */
const filesUnder = (root: string) =>
  readdirSync(root, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());

const SKIP = ingestSkipReason();
let russian: Buffer;
let png: Buffer;
let bomb: Buffer;
before(async () => {
  if (SKIP !== undefined) return;
  [russian, png, bomb] = await Promise.all([russianPdf(), pageImage('PNG'), pdfBomb()]);
});

/** Asserts the error's code, that its one issue names the file, and that the message says `words`. */
function refusedWith(code: ErrorCode, file: string, words: RegExp) {
  return (error: unknown) => {
    assert.ok(isDomainError(error, code), `expected ${code}, got ${String(error)}`);
    const issue = error.issues[0]!;
    assert.equal(issue.file, file);
    assert.match(error.message, words);
    assert.ok(error.message.startsWith(`${file}: `), 'the message names the file first');
    return true;
  };
}

/** What each bad upload's message must say, beside the file's name. */
const SAYS: Record<string, RegExp> = {
  'a zero-byte file': /empty \(0 bytes\)/,
  'a corrupt PDF': /pdf\.js: Invalid PDF structure/,
  'a PNG named .pdf': /name says \.pdf but its bytes are a PNG image/,
  'a PDF sent as a JPEG': /declared type says image\/jpeg but its bytes are a PDF/,
  'a PDF bomb': /inflates past 256 MB/,
  'a program': /no type Casewatch keeps/,
};

describe('bad uploads are refused with a clear error and nothing is stored', { skip: SKIP }, () => {
  test('each of the bad uploads', async (t) => {
    const bad = await badUploads();
    assert.deepEqual(bad.map((b) => b.what).sort(), Object.keys(SAYS).sort());
    for (const { what, name, declaredType, bytes, code } of bad)
      await t.test(what, async () => {
        const root = tempDir();
        await assert.rejects(
          storeUpload(fileBlobStore(root), bytes, { name, declaredType }),
          refusedWith(code, name, SAYS[what]!),
        );
        assert.deepEqual(filesUnder(root), []);
      });
  });

  test('a file over the size limit is refused while it streams, before it is all read', async () => {
    const root = tempDir();
    let chunksRead = 0;
    async function* chunks() {
      for (let i = 0; i < 100; i++) {
        chunksRead++;
        yield await Promise.resolve(new Uint8Array(1024).fill(0x41)); // as a socket gives them, one at a time
      }
    }
    const limits = { maxBytes: 10 * 1024 };
    await assert.rejects(
      storeUpload(fileBlobStore(root), chunks(), { name: 'big.txt', limits }),
      refusedWith('document.too_large', 'big.txt', /larger than the limit of 10,240 bytes/),
    );
    assert.equal(chunksRead, 11, 'reading stops at the first chunk past the limit');
    assert.deepEqual(filesUnder(root), []);
  });

  test('a file on disk over the limit is refused by its size, and a declared size too', async () => {
    const path = join(tempDir(), 'big.txt');
    writeFileSync(path, 'x'.repeat(5000));
    await assert.rejects(
      checkUploadFile(path, { limits: { maxBytes: 4000 } }),
      refusedWith('document.too_large', 'big.txt', /4,000 bytes/),
    );
    await assert.rejects(
      checkUpload((async function* () {})(), { name: 'a.pdf', declaredSize: 201 * 1024 * 1024 }),
      refusedWith('document.too_large', 'a.pdf', /209,715,200 bytes/),
    );
  });

  test('a PDF with more pages than allowed is a bomb', async () => {
    await assert.rejects(
      checkUpload(russian, { name: 'many.pdf', limits: { maxPages: 3 } }),
      refusedWith('document.bomb', 'many.pdf', /4 pages, more than the 3 allowed/),
    );
  });

  test('a PDF declaring more objects than allowed is a bomb', async () => {
    const objects = minimalPdf(
      '<< /Type /ObjStm /N 5000000 /First 10 /Length 4 >>\nstream\n',
      Buffer.from('1 0 '),
    );
    await assert.rejects(
      checkUpload(objects, { name: 'objects.pdf' }),
      refusedWith('document.bomb', 'objects.pdf', /more than 1,000,000 objects/),
    );
  });

  test('a stream deflated twice over, inflating by a ratio past the limit, is a bomb', async () => {
    const twice = deflateSync(deflateSync(Buffer.alloc(64 * 1024 * 1024), { level: 9 }), { level: 9 });
    const pdf = minimalPdf(
      `<< /Length ${twice.length} /Filter [/FlateDecode /FlateDecode] >>\nstream\n`,
      twice,
    );
    const limits = { ratioFloorBytes: 1024 * 1024 };
    await assert.rejects(
      checkUpload(pdf, { name: 'nested.pdf', limits }),
      refusedWith('document.bomb', 'nested.pdf', /inflates more than 1000 times/),
    );
  });

  test('a stream whose filter is named through a reference is inflated all the same', async () => {
    const zeros = deflateSync(Buffer.alloc(8 * 1024 * 1024), { level: 9 });
    const pdf = minimalPdf(`<< /Length ${zeros.length} /Filter 9 0 R >>\nstream\n`, zeros);
    await assert.rejects(
      checkUpload(pdf, { name: 'hidden.pdf', limits: { maxStreamBytes: 1024 * 1024 } }),
      refusedWith('document.bomb', 'hidden.pdf', /inflates past 1 MB/),
    );
  });

  test("a stream's length through a reference is followed past a fake endstream in its bytes", async () => {
    // Stored (level 0) deflate keeps its bytes as they are, so they can spell "endstream" early on.
    const raw = Buffer.concat([Buffer.from('x\nendstream\n'), Buffer.alloc(2 * 1024 * 1024)]);
    const data = deflateSync(raw, { level: 0 });
    const pdf = Buffer.concat([
      minimalPdf(`<< /Length 5 0 R /Filter /FlateDecode >>\nstream\n`, data),
      Buffer.from(`15 0 obj\n3\nendobj\n5 0 obj\n${data.length}\nendobj\n`),
    ]);
    await assert.rejects(
      checkUpload(pdf, { name: 'fake-end.pdf', limits: { maxStreamBytes: 1024 * 1024 } }),
      refusedWith('document.bomb', 'fake-end.pdf', /inflates past 1 MB/),
    );
  });

  test('streams inflating past the total allowed are a bomb, each one small', async () => {
    await assert.rejects(
      checkUpload(bomb, { name: 'total.pdf', limits: { maxInflatedBytes: 64 * 1024 * 1024 } }),
      refusedWith('document.bomb', 'total.pdf', /inflate past 64 MB in all/),
    );
  });
});

describe('good uploads', { skip: SKIP }, () => {
  test('a PDF passes with its type, digest and page count, and is stored once however often it is added', async () => {
    const root = tempDir();
    const blobs = fileBlobStore(root);
    const first = await storeUpload(blobs, russian, {
      name: 'Обвинительный акт.pdf',
      declaredType: 'application/pdf',
    });
    assert.equal(first.mediaType, 'application/pdf');
    assert.equal(first.pageCount, 4);
    assert.equal(first.size, russian.length);
    assert.equal(first.isNew, true);
    assert.deepEqual(await blobs.get(first.sha256), new Uint8Array(russian));
    const second = await storeUpload(blobs, russian, { name: 'copy.pdf' });
    assert.equal(second.isNew, false);
    assert.equal(filesUnder(root).length, 1);
  });

  test('a file read from disk as a stream gets the same digest as its bytes', async () => {
    const path = join(tempDir(), 'page.png');
    writeFileSync(path, png);
    const fromDisk = await checkUploadFile(path);
    const fromBytes = await checkUpload(png, { name: 'page.png' });
    assert.equal(fromDisk.mediaType, 'image/png');
    assert.equal(fromDisk.sha256, fromBytes.sha256);
    // An image is one page, as its text is read.
    assert.equal(fromDisk.pageCount, 1);
  });
});
