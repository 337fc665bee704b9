// PDF text per page, ours (readPdfText: pdftotext where installed, with its checks) and pdf.js alone, against
// poppler's pdftotext on the same generated PDFs in the same run, and
// OCR seconds per page; several runs, their spread. Prints JSON. `npx tsx bench/ingest/pdf-bench.ts --help`
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import PDFDocument from 'pdfkit';
import { readDocumentText } from '../../src/ingest/document-text.ts';
import { DEFAULT_LIMITS } from '../../src/ingest/limits.ts';
import { readPdfText } from '../../src/ingest/pdf-text.ts';
import { pageImage, RUSSIAN_PAGES, textPdf } from '../../test/support/pdf-fixtures.ts';

const USAGE = `npx tsx bench/ingest/pdf-bench.ts [--pages 60] [--runs 5] [--ocr-pages 2] [--ocr-runs 1]
  --pages      pages of the generated Russian text PDF (each a full page of prose)
  --runs       timed runs of each text reader (after one to warm up)
  --ocr-pages  pages of the generated scanned PDF (0: no OCR figures)
  --ocr-runs   timed OCR runs`;

const { values } = parseArgs({
  options: {
    pages: { type: 'string', default: '60' },
    runs: { type: 'string', default: '5' },
    'ocr-pages': { type: 'string', default: '2' },
    'ocr-runs': { type: 'string', default: '1' },
    help: { type: 'boolean', default: false },
  },
});
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const count = (name: keyof typeof values, min: number) => {
  const n = Number(values[name]);
  if (!Number.isInteger(n) || n < min) throw new Error(`--${name} must be a whole number of at least ${min}`);
  return n;
};
const pages = count('pages', 1);
const runs = count('runs', 1);
const ocrPages = count('ocr-pages', 0);
const ocrRuns = count('ocr-runs', 1);

const log = (message: string) =>
  process.stderr.write(`[pdf-bench ${new Date().toISOString().slice(11, 19)}] ${message}\n`);

/** Median, least and most of a list of figures, rounded. */
function spread(figures: number[], digits = 2) {
  const sorted = [...figures].sort((a, b) => a - b);
  const round = (n: number) => Number(n.toFixed(digits));
  const middle =
    sorted.length % 2 === 1
      ? sorted[(sorted.length - 1) / 2]!
      : (sorted[sorted.length / 2 - 1]! + sorted[sorted.length / 2]!) / 2;
  return {
    median: round(middle),
    min: round(sorted[0]!),
    max: round(sorted.at(-1)!),
    runs: figures.map(round),
  };
}

/** A page of prose: the fixture's pages one after another, as much as fills a page. */
const PROSE = Array.from({ length: 3 }, () => RUSSIAN_PAGES.join('\n')).join('\n');

/** A PDF of `n` pages each holding the same scanned image and nothing else. */
async function scannedPages(n: number): Promise<Buffer> {
  const image = await pageImage();
  const doc = new PDFDocument({ size: 'A4', margin: 0, autoFirstPage: false });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  for (let i = 0; i < n; i++)
    doc.addPage().image(image, 0, 0, { width: doc.page.width, height: doc.page.height });
  doc.end();
  return done;
}

const folder = mkdtempSync(join(tmpdir(), 'cw-pdf-bench-'));
try {
  log(`generating a ${pages}-page Russian PDF`);
  const pdf = await textPdf(
    Array.from({ length: pages }, (_, i) => `Страница ${i + 1}\n${PROSE}`),
    10,
  );
  const path = join(folder, 'text.pdf');
  writeFileSync(path, pdf);

  const reader = (pdftotext?: false) => async () => {
    const start = performance.now();
    const read = await readPdfText(pdf, {
      limits: DEFAULT_LIMITS,
      ...(pdftotext === false ? { pdftotext } : {}),
    });
    if (read.length !== pages) throw new Error(`read ${read.length} pages of ${pages}`);
    return pages / ((performance.now() - start) / 1000);
  };
  const ours = reader();
  const pdfjs = reader(false);
  const poppler = () => {
    const start = performance.now();
    execFileSync('pdftotext', ['-enc', 'UTF-8', path, join(folder, 'text.txt')]);
    return pages / ((performance.now() - start) / 1000);
  };
  await ours();
  await pdfjs();
  poppler();
  const oursRuns: number[] = [];
  const pdfjsRuns: number[] = [];
  const popplerRuns: number[] = [];
  for (let i = 0; i < runs; i++) {
    oursRuns.push(await ours());
    pdfjsRuns.push(await pdfjs());
    popplerRuns.push(poppler());
    log(
      `run ${i + 1}/${runs}: ours ${oursRuns.at(-1)!.toFixed(1)} pages/s, pdf.js alone ${pdfjsRuns.at(-1)!.toFixed(1)}, pdftotext ${popplerRuns.at(-1)!.toFixed(1)}`,
    );
  }
  const ratios = oursRuns.map((o, i) => o / popplerRuns[i]!);

  let ocr: object | undefined;
  if (ocrPages > 0) {
    log(`OCR of ${ocrPages} scanned pages, ${ocrRuns} run(s)`);
    const scanned = await scannedPages(ocrPages);
    const perPage: number[] = [];
    for (let i = 0; i < ocrRuns; i++) {
      const start = performance.now();
      const result = await readDocumentText(scanned, { name: 'scanned.pdf' });
      if (result.pages.some((p) => p.method !== 'ocr'))
        throw new Error(`OCR did not read every page: ${JSON.stringify(result.warnings)}`);
      perPage.push((performance.now() - start) / 1000 / ocrPages);
    }
    ocr = { pages: ocrPages, secondsPerPage: spread(perPage) };
  }

  const result = {
    machine: { cpus: cpus().length, loadAverage: loadavg().map((n) => Number(n.toFixed(2))) },
    pdfText: {
      pages,
      bytes: pdf.length,
      oursPagesPerSecond: spread(oursRuns, 1),
      pdfjsPagesPerSecond: spread(pdfjsRuns, 1),
      pdftotextPagesPerSecond: spread(popplerRuns, 1),
      ratio: spread(ratios),
      target: 0.5,
    },
    ocr,
  };
  console.log(JSON.stringify(result, null, 2));
} finally {
  rmSync(folder, { recursive: true, force: true });
}
