// The one entry point for a document's text: its checks again, a PDF's text layer page by page, OCR for the pages
// without one and for images, plain text and HTML as they are. Async throughout, for the server's background.
import { checkUpload } from './upload-check.ts';
import type { MediaType } from './file-type.ts';
import { DEFAULT_LIMITS, type IngestLimits } from './limits.ts';
import {
  checkOcr,
  DEFAULT_OCR_TOOLS,
  ocrImage,
  ocrPdfPages,
  type IngestWarning,
  type OcrRun,
  type OcrTools,
} from './ocr.ts';
import { readPdfText, type IngestProgress } from './pdf-text.ts';
import { htmlToText, decodeText } from './plain-text.ts';

/** How a page's text was got: from the PDF's text layer or the file's text, by OCR, or not at all. */
export type TextMethod = 'text' | 'ocr' | 'none';

/** One page's text (a text file or an image is one page). */
export interface PageText {
  page: number;
  text: string;
  method: TextMethod;
}

/** A document's text, page by page, and why some pages have none. */
export interface DocumentText {
  mediaType: MediaType;
  pageCount: number;
  pages: PageText[];
  warnings: IngestWarning[];
}

/** What reading a document's text is told: the file's claims, bounds, where to report progress, OCR's tools. */
export interface ReadTextOptions {
  name?: string;
  declaredType?: string;
  limits?: Partial<IngestLimits>;
  onProgress?: (progress: IngestProgress) => void;
  /** The OCR programs and languages; `false` reads text layers only (pages without one stay 'none'). */
  ocr?: OcrTools | false;
  /** Stops the work (between pages, or by killing OCR's program): the call rejects with the signal's reason. */
  signal?: AbortSignal;
}

const OCR_IMAGES: readonly MediaType[] = ['image/png', 'image/jpeg', 'image/tiff'];

/**
 * Reads a stored document's text. The upload's checks run again first (a file kept before a limit was lowered
 * is judged by today's), so this throws the same errors as `checkUpload`; a missing OCR tool is a warning.
 */
export async function readDocumentText(
  bytes: Uint8Array,
  options: ReadTextOptions = {},
): Promise<DocumentText> {
  const limits: IngestLimits = { ...DEFAULT_LIMITS, ...options.limits };
  const checked = await checkUpload(bytes, {
    name: options.name,
    declaredType: options.declaredType,
    limits,
  });
  const { mediaType } = checked;
  const tools = options.ocr === false ? undefined : (options.ocr ?? DEFAULT_OCR_TOOLS);
  /** OCR's run, with the languages tesseract has and the warnings of those it lacks. */
  const ocrRun = async (ocrTools: OcrTools): Promise<{ run: OcrRun; warnings: IngestWarning[] }> => {
    const { languages, warnings } = await checkOcr(ocrTools);
    const { onProgress, signal } = options;
    return {
      run: { tools: ocrTools, languages, timeoutMs: limits.ocrPageTimeoutMs, onProgress, signal },
      warnings,
    };
  };

  if (mediaType === 'application/pdf') {
    const { onProgress, signal } = options;
    const layer = await readPdfText(bytes, { limits, file: options.name, onProgress, signal });
    const pageCount = layer.length;
    const blank = layer.filter((p) => p.needsOcr).map((p) => p.page);
    const warnings: IngestWarning[] = [];
    let texts = new Map<number, string>();
    if (blank.length > 0 && tools !== undefined) {
      const ocr = await ocrRun(tools);
      warnings.push(...ocr.warnings);
      const result = await ocrPdfPages(bytes, blank, pageCount, ocr.run);
      texts = result.texts;
      warnings.push(...result.warnings);
    }
    // OCR's text where it read some; else the text layer's, however little.
    const pages = layer.map((p): PageText => {
      const ocrText = texts.get(p.page) ?? '';
      if (ocrText !== '') return { page: p.page, text: ocrText, method: 'ocr' };
      return { page: p.page, text: p.text, method: p.text.trim() === '' ? 'none' : 'text' };
    });
    return { mediaType, pageCount, pages, warnings };
  }

  if (OCR_IMAGES.includes(mediaType)) {
    if (tools === undefined)
      return { mediaType, pageCount: 1, pages: [{ page: 1, text: '', method: 'none' }], warnings: [] };
    const ocr = await ocrRun(tools);
    const read = await ocrImage(bytes, ocr.run);
    const text = read.text ?? '';
    const pages: PageText[] = [{ page: 1, text, method: text === '' ? 'none' : 'ocr' }];
    return { mediaType, pageCount: 1, pages, warnings: [...ocr.warnings, ...read.warnings] };
  }

  if (mediaType === 'text/plain' || mediaType === 'text/html') {
    const decoded = decodeText(bytes);
    const text = mediaType === 'text/html' ? htmlToText(decoded) : decoded;
    return { mediaType, pageCount: 1, pages: [{ page: 1, text, method: 'text' }], warnings: [] };
  }

  const message = `no text is read from a ${mediaType} file yet; the file is kept as it is`;
  return { mediaType, pageCount: 0, pages: [], warnings: [{ code: 'text.not_extracted', message }] };
}
