import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { ingestSkipReason, pageImage, scannedPdf } from '../../test/support/pdf-fixtures.ts';
import { readDocumentText } from './document-text.ts';
import { checkOcr, DEFAULT_OCR_TOOLS, tidyOcrText } from './ocr.ts';
import type { IngestProgress } from './pdf-text.ts';

// OCR's temporary folders go to a folder of this test's own, so that it can see they are removed.
const scratch = mkdtempSync(join(tmpdir(), 'cw-ocr-test-'));
const outerTmp = process.env.TMPDIR;
process.env.TMPDIR = scratch;
after(() => {
  process.env.TMPDIR = outerTmp;
  rmSync(scratch, { recursive: true, force: true });
});

/** The expected words OCR found, compared folded and whole: a noisy read passes, an empty one does not. */
function wordsFound(text: string, expected: readonly string[]): string[] {
  const read = new Set(text.toLowerCase().split(/[^\p{L}\p{N}]+/u));
  return expected.filter((w) => read.has(w.toLowerCase()));
}
const SCANNED_WORDS = ['INDICTMENT', 'prosecutor', 'charges', 'defendant', 'organising', 'mass', 'riots'];

describe('OCR of pages without a text layer', { skip: ingestSkipReason({ ocr: true }) }, () => {
  let scanned: Buffer;
  let stamped: Buffer;
  before(async () => {
    scanned = await scannedPdf({ withTextPage: true });
    stamped = await scannedPdf({ withTextPage: true, stamp: 'Лист 3' });
  });

  test('tesseract has the three languages here', async () => {
    assert.deepEqual(await checkOcr(), { languages: ['eng', 'rus', 'kaz'], warnings: [] });
  });

  test('a scanned page (its stamped sheet number its only text) is read by OCR, a page with a text layer from it', async () => {
    const progress: IngestProgress[] = [];
    const result = await readDocumentText(stamped, { name: 'scan.pdf', onProgress: (p) => progress.push(p) });
    assert.equal(result.pageCount, 2);
    assert.deepEqual(result.warnings, []);
    const [scan, text] = result.pages;
    assert.equal(scan!.method, 'ocr');
    assert.ok(wordsFound(scan!.text, SCANNED_WORDS).length >= 5, `OCR read: ${scan!.text}`);
    assert.match(scan!.text, /Обвинительный/);
    assert.deepEqual(text, { page: 2, text: 'Страница с текстовым слоем.', method: 'text' });
    assert.deepEqual(progress.at(-1), { stage: 'ocr', page: 1, pageCount: 2 });
    assert.deepEqual(readdirSync(scratch), [], 'no rendered page or copy of the PDF is left behind');
  });

  test('an image is read directly', async () => {
    const image = await pageImage('The Court of Almaty\nWitness statement', 200);
    const result = await readDocumentText(image, { name: 'statement.png' });
    assert.equal(result.mediaType, 'image/png');
    assert.equal(result.pages[0]!.method, 'ocr');
    assert.deepEqual(
      wordsFound(result.pages[0]!.text, ['Court', 'Almaty', 'Witness', 'statement']).length,
      4,
    );
  });

  test('without tesseract the document keeps its text pages, and the scanned one says why it has none', async () => {
    const tools = { ...DEFAULT_OCR_TOOLS, tesseract: join(scratch, 'no-such-tesseract') };
    const result = await readDocumentText(scanned, { name: 'scan.pdf', ocr: tools });
    assert.deepEqual(
      result.pages.map((p) => p.method),
      ['none', 'text'],
    );
    assert.equal(result.pages[0]!.text, '');
    assert.deepEqual(
      result.warnings.map((w) => w.code),
      ['ocr.unavailable'],
    );
    assert.match(result.warnings[0]!.message, /tesseract is not installed/);
  });

  test('without pdftoppm the scanned page has no text and a warning names the missing renderer', async () => {
    const tools = { ...DEFAULT_OCR_TOOLS, pdftoppm: join(scratch, 'no-such-pdftoppm') };
    const result = await readDocumentText(scanned, { name: 'scan.pdf', ocr: tools });
    assert.equal(result.pages[0]!.method, 'none');
    assert.deepEqual(
      result.warnings.map((w) => w.code),
      ['ocr.renderer_unavailable'],
    );
  });

  test('a language missing is said, and OCR reads with the others', async () => {
    const availability = await checkOcr({ ...DEFAULT_OCR_TOOLS, languages: ['eng', 'xxx'] });
    assert.deepEqual(availability.languages, ['eng']);
    assert.equal(availability.warnings[0]!.code, 'ocr.language_missing');
    assert.match(availability.warnings[0]!.message, /tesseract-ocr-xxx/);
  });

  test('a page that takes too long is stopped and said to have timed out', async () => {
    const result = await readDocumentText(scanned, { name: 'scan.pdf', limits: { ocrPageTimeoutMs: 1 } });
    assert.equal(result.pages[0]!.method, 'none');
    assert.deepEqual(result.warnings, [
      { code: 'ocr.timeout', message: 'page 1: OCR took too long and was stopped', page: 1 },
    ]);
    assert.deepEqual(readdirSync(scratch), []);
  });

  test('an abort before OCR stops the work, and its temporary folder is removed', async () => {
    const controller = new AbortController();
    const stop = new Error('cancelled');
    const reading = readDocumentText(scanned, {
      name: 'scan.pdf',
      signal: controller.signal,
      onProgress: (p) => (p.stage === 'text' && p.page === 2 ? controller.abort(stop) : undefined),
    });
    await assert.rejects(reading, (e) => e === stop);
    assert.deepEqual(readdirSync(scratch), []);
  });

  test('a stamped scan without OCR keeps its stamp as its text', async () => {
    const result = await readDocumentText(stamped, { name: 'scan.pdf', ocr: false });
    assert.deepEqual(result.pages[0], { page: 1, text: 'Лист 3', method: 'text' });
  });

  test('reading text layers only leaves a scanned page without text and without a warning', async () => {
    const result = await readDocumentText(scanned, { name: 'scan.pdf', ocr: false });
    assert.deepEqual(
      result.pages.map((p) => p.method),
      ['none', 'text'],
    );
    assert.deepEqual(result.warnings, []);
  });
});

test('tidyOcrText drops form feeds, trailing spaces and runs of empty lines', () => {
  assert.equal(tidyOcrText('ОБВИНИТЕЛЬНЫЙ  \n\n\n\nакт \n\f'), 'ОБВИНИТЕЛЬНЫЙ\n\nакт');
});
