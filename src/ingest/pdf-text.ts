// The text of each page of a PDF: by poppler's pdftotext where it is installed (one run a document), else with
// pdf.js (in this process, no worker file, no fonts fetched, no eval), its lines rebuilt from the items' positions. A page without a text layer, or with a few characters over an image
// (a scan with a stamped page number), is marked for OCR.
import type * as PdfJs from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { PDFDocumentProxy, PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { popplerPages } from './poppler-text.ts';
import { refuseUpload } from './refusal.ts';
import type { IngestLimits } from './limits.ts';

/** One page's text as the PDF's text layer gives it; `needsOcr` sends it to OCR. */
export interface PdfPageText {
  page: number;
  text: string;
  needsOcr: boolean;
}

/** Long work telling how far it got: page `page` of `pageCount`, in the stage named. */
export interface IngestProgress {
  stage: 'text' | 'ocr';
  page: number;
  pageCount: number;
}

/** A piece of text placed on the page, as pdf.js gives it (x, y in the transform's last two entries). */
export interface PlacedText {
  str: string;
  transform: number[];
  width: number;
  height: number;
  hasEOL?: boolean;
}

const VERBOSITY_ERRORS = 0;

let pdfjs: Promise<typeof PdfJs> | undefined;
/** pdf.js, loaded when a PDF is first opened: it is large, and a process that opens none has no use for it. */
const loadPdfJs = () => (pdfjs ??= import('pdfjs-dist/legacy/build/pdf.mjs'));

/**
 * Opens a PDF with pdf.js within the limits, or refuses it: 'document.corrupt' with what pdf.js said, or
 * 'document.bomb' for more pages than allowed. The caller destroys the document.
 */
export async function openPdf(
  bytes: Uint8Array,
  options: { limits: IngestLimits; file?: string },
): Promise<PDFDocumentProxy> {
  const { getDocument } = await loadPdfJs();
  const task = getDocument({
    data: new Uint8Array(bytes), // pdf.js may take the buffer over; the caller's stays intact
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    useWorkerFetch: false,
    disableAutoFetch: true,
    enableXfa: false,
    stopAtErrors: false,
    maxImageSize: options.limits.maxImagePixels,
    verbosity: VERBOSITY_ERRORS,
  });
  let document: PDFDocumentProxy;
  try {
    document = await task.promise;
  } catch (error) {
    await task.destroy();
    const said = error instanceof Error ? error.message : String(error);
    const message = `the file is not a readable PDF (pdf.js: ${said})`;
    throw refuseUpload('document.corrupt', message, { file: options.file });
  }
  if (document.numPages > options.limits.maxPages) {
    await document.destroy();
    const message = `the PDF has ${document.numPages.toLocaleString('en-US')} pages, more than the ${options.limits.maxPages.toLocaleString('en-US')} allowed`;
    throw refuseUpload('document.bomb', message, { file: options.file });
  }
  return document;
}

/**
 * The text of every page, one page at a time with an await between them (the event loop keeps serving), told
 * through `onProgress`. A page that pdf.js cannot read is 'document.corrupt' naming the page.
 */
export async function readPdfText(
  bytes: Uint8Array,
  options: {
    limits: IngestLimits;
    file?: string;
    onProgress?: (progress: IngestProgress) => void;
    /** Stops between pages: the call rejects with the signal's reason. */
    signal?: AbortSignal;
    /** pdftotext's path ('pdftotext' by default), or false to read with pdf.js alone. */
    pdftotext?: string | false;
  },
): Promise<PdfPageText[]> {
  if (options.pdftotext !== false) {
    const texts = await popplerPages(bytes, {
      pdftotext: options.pdftotext ?? 'pdftotext',
      timeoutMs: options.limits.textLayerTimeoutMs,
      ...(options.signal !== undefined ? { signal: options.signal } : {}),
    });
    if (texts !== undefined && texts.length > 0 && texts.length <= options.limits.maxPages)
      return pagesOfText(bytes, texts, options);
  }
  const document = await openPdf(bytes, options);
  try {
    const pages: PdfPageText[] = [];
    for (let n = 1; n <= document.numPages; n++) {
      options.signal?.throwIfAborted();
      pages.push(await pageText(document, n, options.file));
      options.onProgress?.({ stage: 'text', page: n, pageCount: document.numPages });
      await new Promise((resolve) => setImmediate(resolve));
    }
    return pages;
  } finally {
    await document.destroy();
  }
}

/**
 * Pages whose text pdftotext gave: a page with no text, or a few characters, is asked of pdf.js whether it paints
 * an image (a scan with a stamped page number goes to OCR); pdf.js opens the document only for such a page.
 */
async function pagesOfText(
  bytes: Uint8Array,
  texts: readonly string[],
  options: Parameters<typeof readPdfText>[1],
): Promise<PdfPageText[]> {
  let document: PDFDocumentProxy | undefined;
  try {
    const pages: PdfPageText[] = [];
    for (const [i, text] of texts.entries()) {
      const n = i + 1;
      options.signal?.throwIfAborted();
      let needsOcr = text.trim() === '';
      if (!needsOcr && isSparse(text)) {
        document ??= await openPdf(bytes, options);
        needsOcr = await hasImage(await document.getPage(n));
      }
      pages.push({ page: n, text, needsOcr });
      options.onProgress?.({ stage: 'text', page: n, pageCount: texts.length });
    }
    return pages;
  } finally {
    await document?.destroy();
  }
}

const isSparse = (text: string) => text.replace(/\s/g, '').length < SPARSE_CHARACTERS;

async function pageText(document: PDFDocumentProxy, n: number, file?: string): Promise<PdfPageText> {
  try {
    const page = await document.getPage(n);
    const content = await page.getTextContent();
    const items = content.items.filter((item): item is PlacedText & typeof item => 'str' in item);
    const text = joinTextItems(items);
    const needsOcr = text.trim() === '' || (isSparse(text) && (await hasImage(page)));
    page.cleanup(); // frees what the page held, so a long document does not grow in memory page by page
    return { page: n, text, needsOcr };
  } catch (error) {
    const said = error instanceof Error ? error.message : String(error);
    const message = `page ${n} cannot be read (pdf.js: ${said})`;
    throw refuseUpload('document.corrupt', message, { file, page: n });
  }
}

/** Fewer letters than this over an image, and the page is taken for a scan whose text is in the image. */
const SPARSE_CHARACTERS = 40;

/** The operators that paint an image. */
const imageOperators = ({ OPS }: typeof PdfJs) =>
  new Set<number>([
    OPS.paintImageXObject,
    OPS.paintInlineImageXObject,
    OPS.paintImageMaskXObject,
    OPS.paintImageXObjectRepeat,
  ]);

/** Whether the page paints an image (asked only of pages with little text: it decodes the page's images). */
async function hasImage(page: PDFPageProxy): Promise<boolean> {
  const painting = imageOperators(await loadPdfJs());
  const operators = await page.getOperatorList();
  return operators.fnArray.some((fn) => painting.has(fn));
}

/**
 * Lines rebuilt from placed text: items whose baselines lie within half a line's height are one line, read left
 * to right; lines run top to bottom; a gap wider than a fifth of the height between two items is a space, and a
 * vertical gap of two lines or more is an empty line (a paragraph).
 */
export function joinTextItems(items: readonly PlacedText[]): string {
  const lines: { y: number; height: number; items: PlacedText[] }[] = [];
  for (const item of items) {
    if (item.str === '' && !item.hasEOL) continue;
    const y = item.transform[5] ?? 0;
    const height = Math.abs(item.height) || Math.abs(item.transform[3] ?? 0) || 10;
    const line = lines.find((l) => Math.abs(l.y - y) <= Math.max(l.height, height) / 2);
    if (line) line.items.push(item);
    else lines.push({ y, height, items: [item] });
  }
  lines.sort((a, b) => b.y - a.y);
  const out: string[] = [];
  lines.forEach((line, i) => {
    const previous = lines[i - 1];
    if (previous && previous.y - line.y >= 2 * Math.max(previous.height, line.height) * 1.15) out.push('');
    out.push(lineText(line.items, line.height));
  });
  return out.join('\n').trim();
}

function lineText(items: PlacedText[], height: number): string {
  const sorted = [...items].sort((a, b) => (a.transform[4] ?? 0) - (b.transform[4] ?? 0));
  let text = '';
  let end: number | undefined;
  for (const item of sorted) {
    const x = item.transform[4] ?? 0;
    const isGap = end !== undefined && x - end > height * 0.2;
    if (isGap && !/\s$/.test(text) && !/^\s/.test(item.str)) text += ' ';
    text += item.str;
    end = x + item.width;
  }
  return text.replace(/[ \t]+$/, '');
}
