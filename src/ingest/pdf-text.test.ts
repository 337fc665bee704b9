import assert from 'node:assert/strict';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import {
  CITATION,
  ingestSkipReason,
  RUSSIAN_PAGES,
  russianPdf,
  scannedPdf,
} from '../../test/support/pdf-fixtures.ts';
import { DEFAULT_LIMITS } from './limits.ts';
import { joinTextItems, readPdfText, type IngestProgress, type PlacedText } from './pdf-text.ts';
import { splitPages } from './poppler-text.ts';

/** Words only, one space between: what must survive however the lines wrap. */
const words = (text: string) => text.replace(/\s+/g, ' ').trim();

// The same pages, read by pdftotext, by pdf.js, and by pdf.js where pdftotext is missing.
const READERS: [string, { pdftotext?: string | false }][] = [
  ['pdftotext', {}],
  ['pdf.js', { pdftotext: false }],
  ['pdf.js, pdftotext missing', { pdftotext: '/nonexistent/pdftotext' }],
];

// pdftotext has its own time for a whole document: past it the text is pdf.js's, not lost. The stand-in answers
// four pages of its own words, too late: they must not be the text.
test(
  'a document pdftotext does not read in its time is read by pdf.js',
  { skip: ingestSkipReason() },
  async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cw-slow-pdftotext-'));
    const slow = join(dir, 'pdftotext');
    writeFileSync(
      slow,
      "#!/bin/sh\ncat > /dev/null\nsleep 3\nprintf 'slow one\\fslow two\\fslow three\\fslow four\\f'\n",
    );
    chmodSync(slow, 0o755);
    try {
      const pdf = await russianPdf();
      const limits = { ...DEFAULT_LIMITS, textLayerTimeoutMs: 300 };
      const pages = await readPdfText(pdf, { limits, pdftotext: slow });
      assert.equal(pages.length, 4);
      assert.equal(words(pages[0]!.text), words(RUSSIAN_PAGES[0]!));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
);

for (const [reader, how] of READERS)
  describe(`readPdfText on a generated Russian PDF (${reader})`, { skip: ingestSkipReason() }, () => {
    let pdf: Buffer;
    before(async () => {
      pdf = await russianPdf();
    });

    test('gives each page its own Cyrillic text, the citation on page 3 and nowhere else', async () => {
      const pages = await readPdfText(pdf, { limits: DEFAULT_LIMITS, ...how });
      assert.deepEqual(
        pages.map((p) => p.page),
        [1, 2, 3, 4],
      );
      pages.forEach((p, i) => {
        assert.equal(p.needsOcr, false);
        assert.equal(words(p.text), words(RUSSIAN_PAGES[i]!), `page ${p.page}`);
      });
      assert.ok(pages[2]!.text.includes(CITATION), 'the citation reads as written, on one line');
      assert.deepEqual(
        pages.filter((p) => p.text.includes('ст. 272')).map((p) => p.page),
        [3],
      );
    });

    test('keeps the Kazakh letters and the line breaks', async () => {
      const [first, , , fourth] = await readPdfText(pdf, { limits: DEFAULT_LIMITS, ...how });
      assert.match(words(fourth!.text), /әйел, ғылым, қала, өңір, ұлт, үкімет, һәм, іс/);
      assert.match(first!.text, /^ОБВИНИТЕЛЬНЫЙ АКТ\nпо уголовному делу № 227500031000123\n/);
    });

    test('reports its progress page by page', async () => {
      const seen: IngestProgress[] = [];
      await readPdfText(pdf, { limits: DEFAULT_LIMITS, ...how, onProgress: (p) => seen.push(p) });
      assert.deepEqual(
        seen,
        [1, 2, 3, 4].map((page) => ({ stage: 'text', page, pageCount: 4 })),
      );
    });
  });

test(
  'a page of a few letters over an image needs OCR; a short page of text alone does not',
  { skip: ingestSkipReason() },
  async () => {
    const pages = await readPdfText(await scannedPdf({ withTextPage: true, stamp: 'Лист 3' }), {
      limits: DEFAULT_LIMITS,
    });
    assert.deepEqual(pages, [
      { page: 1, text: 'Лист 3', needsOcr: true },
      { page: 2, text: 'Страница с текстовым слоем.', needsOcr: false },
    ]);
  },
);

test(
  'stops between pages when its signal aborts, rejecting with the reason',
  { skip: ingestSkipReason() },
  async () => {
    const controller = new AbortController();
    const seen: number[] = [];
    const stop = new Error('the server is shutting down');
    const reading = readPdfText(await russianPdf(), {
      limits: DEFAULT_LIMITS,
      signal: controller.signal,
      onProgress: ({ page }) => {
        seen.push(page);
        if (page === 2) controller.abort(stop);
      },
    });
    await assert.rejects(reading, (e) => e === stop);
    assert.deepEqual(seen, [1, 2]);
  },
);

describe('joinTextItems rebuilds lines from placed text', () => {
  const item = (str: string, x: number, y: number, width = str.length * 6, height = 12): PlacedText => ({
    str,
    transform: [height, 0, 0, height, x, y],
    width,
    height,
  });

  test('items on one baseline are one line, read left to right whatever their order', () => {
    const text = joinTextItems([
      item('ст. 272', 100, 700),
      item('ч. 1', 60, 700.5),
      item('УК РК', 150, 699.6),
    ]);
    assert.equal(text, 'ч. 1 ст. 272 УК РК');
  });

  test('lines run top to bottom; a gap of two lines is a paragraph', () => {
    const text = joinTextItems([item('третья', 60, 640), item('первая', 60, 700), item('вторая', 60, 686)]);
    assert.equal(text, 'первая\nвторая\n\nтретья');
  });

  test('pieces of one word that touch are not split by a space', () => {
    assert.equal(joinTextItems([item('Мам', 60, 700, 18), item('ай', 78.5, 700)]), 'Мамай');
  });

  test('a page of no text is empty', () => {
    assert.equal(joinTextItems([]), '');
    assert.equal(joinTextItems([item('', 0, 0), item('   ', 10, 10)]), '');
  });
});

test("pdftotext's output splits into pages at its form feeds, trailing spaces and newlines taken off", () => {
  assert.deepEqual(splitPages('первая  \nстрока\n\n\fвторая\n\n\f\f'), ['первая\nстрока', 'вторая', '']);
  assert.equal(splitPages('no form feed at all'), undefined);
});
