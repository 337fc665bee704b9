// OCR with Debian's tesseract: PDF pages without text rendered by pdftoppm at 300 dpi one at a time, images read
// as they are. Missing tools or languages leave the page without text and say why; they never crash the work.
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { IngestProgress } from './pdf-text.ts';

/** Why a page has no text, or less than it might: each with a stable code. */
export type IngestWarningCode =
  | 'ocr.unavailable'
  | 'ocr.language_missing'
  | 'ocr.renderer_unavailable'
  | 'ocr.timeout'
  | 'ocr.failed'
  | 'text.not_extracted';

/** A warning of the text reading, with the page it is about when it is about one. */
export interface IngestWarning {
  code: IngestWarningCode;
  message: string;
  page?: number;
}

/** The programs OCR runs and the languages it reads, English first (Latin names stay Latin). */
export interface OcrTools {
  tesseract: string;
  pdftoppm: string;
  languages: readonly string[];
}

export const DEFAULT_OCR_TOOLS: OcrTools = {
  tesseract: 'tesseract',
  pdftoppm: 'pdftoppm',
  languages: ['eng', 'rus', 'kaz'],
};

/** What OCR can do here: the languages it will use (empty when it cannot run), and why it does less. */
export interface OcrAvailability {
  languages: string[];
  warnings: IngestWarning[];
}

const ENV = { ...process.env, OMP_THREAD_LIMIT: '1' }; // one thread: about 6x faster per page on 2 busy cores

/** A program that failed: why (ENOENT when it is not installed), whether it was stopped for time, what it said. */
class RunError extends Error {
  constructor(
    message: string,
    readonly code: string | number | undefined,
    readonly isTimedOut: boolean,
    readonly stderr: string,
  ) {
    super(message);
  }
}

/**
 * Runs a program with an argument array (never a shell), within a time limit; its stdout as text. When the
 * signal aborts, the program is killed and the signal's reason thrown as it is (not a RunError).
 */
function run(
  program: string,
  args: readonly string[],
  timeoutMs: number,
  signal?: AbortSignal,
): Promise<string> {
  return new Promise((resolve, reject) => {
    const options = { env: ENV, timeout: timeoutMs, killSignal: 'SIGKILL' as const, signal };
    execFile(
      program,
      args,
      { ...options, maxBuffer: 64 * 1024 * 1024, encoding: 'utf8' },
      (error, stdout, stderr) => {
        if (signal?.aborted) reject(signal.reason as Error);
        else if (error)
          reject(new RunError(error.message, error.code ?? undefined, error.killed === true, stderr));
        else resolve(stdout);
      },
    );
  });
}

const isMissingProgram = (error: unknown) => error instanceof RunError && error.code === 'ENOENT';
const isTimedOut = (error: unknown) => error instanceof RunError && error.isTimedOut;

/** Asks tesseract which languages it has (`tesseract --list-langs`) and keeps those wanted. */
export async function checkOcr(tools: OcrTools = DEFAULT_OCR_TOOLS): Promise<OcrAvailability> {
  let listed: string;
  try {
    listed = await run(tools.tesseract, ['--list-langs'], 30_000);
  } catch (error) {
    const message = isMissingProgram(error)
      ? `tesseract is not installed (${tools.tesseract} was not found): pages without a text layer stay without text`
      : `tesseract does not answer: ${reason(error)}`;
    return { languages: [], warnings: [{ code: 'ocr.unavailable', message }] };
  }
  const have = new Set(
    listed
      .split('\n')
      .slice(1)
      .map((l) => l.trim()),
  );
  const languages = tools.languages.filter((l) => have.has(l));
  const missing = tools.languages.filter((l) => !have.has(l));
  if (languages.length === 0)
    return {
      languages,
      warnings: [
        {
          code: 'ocr.unavailable',
          message: `tesseract has none of the languages ${tools.languages.join(', ')}`,
        },
      ],
    };
  const warnings: IngestWarning[] =
    missing.length === 0
      ? []
      : [
          {
            code: 'ocr.language_missing',
            message: `tesseract lacks the language data ${missing.join(', ')} (install tesseract-ocr-${missing.join(', tesseract-ocr-')}); OCR reads ${languages.join('+')} only`,
          },
        ];
  return { languages, warnings };
}

/** Options of an OCR run: the tools, the languages found by `checkOcr`, the time per page, progress. */
export interface OcrRun {
  tools: OcrTools;
  languages: readonly string[];
  timeoutMs: number;
  onProgress?: (progress: IngestProgress) => void;
  /** Stops the work between pages and kills a program running: the call rejects with the signal's reason. */
  signal?: AbortSignal;
}

/**
 * OCR of the named pages of a PDF, one at a time, each rendered to a 300 dpi greyscale PNG in a temporary folder
 * removed after. A page that fails or times out has no text and a warning naming it.
 */
export async function ocrPdfPages(
  pdf: Uint8Array,
  pages: readonly number[],
  pageCount: number,
  options: OcrRun,
): Promise<{ texts: Map<number, string>; warnings: IngestWarning[] }> {
  const texts = new Map<number, string>();
  const warnings: IngestWarning[] = [];
  if (pages.length === 0 || options.languages.length === 0) return { texts, warnings };
  const folder = await mkdtemp(join(tmpdir(), 'cw-ocr-'));
  try {
    const input = join(folder, 'document.pdf');
    await writeFile(input, pdf, { mode: 0o600 });
    for (const page of pages) {
      options.signal?.throwIfAborted();
      const image = join(folder, `page-${page}`);
      try {
        const args = [
          '-r',
          '300',
          '-f',
          `${page}`,
          '-l',
          `${page}`,
          '-gray',
          '-png',
          '-singlefile',
          input,
          image,
        ];
        await run(options.tools.pdftoppm, args, options.timeoutMs, options.signal);
      } catch (error) {
        if (!(error instanceof RunError)) throw error;
        if (isMissingProgram(error)) {
          const message = `pdftoppm is not installed (poppler-utils): pages without a text layer stay without text`;
          warnings.push({ code: 'ocr.renderer_unavailable', message });
          break;
        }
        warnings.push(pageWarning(error, page, 'render'));
        continue;
      }
      const read = await readImage(`${image}.png`, page, options);
      if (typeof read === 'string') texts.set(page, read);
      else warnings.push(read);
      await rm(`${image}.png`, { force: true });
      options.onProgress?.({ stage: 'ocr', page, pageCount });
    }
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
  return { texts, warnings };
}

/** OCR of an image file's bytes (PNG, JPEG, TIFF), through a temporary file removed after. */
export async function ocrImage(
  bytes: Uint8Array,
  options: OcrRun,
): Promise<{ text?: string; warnings: IngestWarning[] }> {
  if (options.languages.length === 0) return { warnings: [] };
  const folder = await mkdtemp(join(tmpdir(), 'cw-ocr-'));
  try {
    const path = join(folder, 'image');
    await writeFile(path, bytes, { mode: 0o600 });
    const read = await readImage(path, 1, options);
    options.onProgress?.({ stage: 'ocr', page: 1, pageCount: 1 });
    return typeof read === 'string' ? { text: read, warnings: [] } : { warnings: [read] };
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

async function readImage(path: string, page: number, options: OcrRun): Promise<string | IngestWarning> {
  try {
    const args = [path, 'stdout', '-l', options.languages.join('+'), '--psm', '3'];
    return tidyOcrText(await run(options.tools.tesseract, args, options.timeoutMs, options.signal));
  } catch (error) {
    if (!(error instanceof RunError)) throw error;
    if (isMissingProgram(error))
      return { code: 'ocr.unavailable', message: 'tesseract is not installed', page };
    return pageWarning(error, page, 'read');
  }
}

function pageWarning(error: unknown, page: number, step: 'render' | 'read'): IngestWarning {
  if (isTimedOut(error))
    return { code: 'ocr.timeout', message: `page ${page}: OCR took too long and was stopped`, page };
  return {
    code: 'ocr.failed',
    message: `page ${page}: could not ${step} the page for OCR: ${reason(error)}`,
    page,
  };
}

function reason(error: unknown): string {
  const stderr = error instanceof RunError ? error.stderr.trim() : '';
  const message = error instanceof Error ? error.message : String(error);
  return (stderr || message).split('\n')[0]!.slice(0, 300);
}

/** Tesseract's text without its trailing form feed, its lines' trailing spaces and runs of empty lines. */
export function tidyOcrText(text: string): string {
  return text
    .replace(/\f/g, '')
    .split('\n')
    .map((l) => l.replace(/\s+$/, ''))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
