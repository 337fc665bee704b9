// Each page's text of a PDF by poppler's pdftotext: one run for the whole document, the PDF on its standard input,
// the pages split at the form feeds it ends each page with. About three times as fast as pdf.js in this process.
import { execFile } from 'node:child_process';

/** Where pdftotext is and how long one document may take. */
export interface PopplerTextOptions {
  pdftotext: string;
  timeoutMs: number;
  signal?: AbortSignal;
}

const MAX_OUTPUT = 256 * 1024 * 1024;

/**
 * The text of every page, or undefined when pdftotext cannot give it (not installed, the file refused, too slow,
 * or no page at all): the caller reads the PDF another way. Aborting kills the program and throws the reason.
 */
export function popplerPages(bytes: Uint8Array, options: PopplerTextOptions): Promise<string[] | undefined> {
  return new Promise((resolve, reject) => {
    const child = execFile(
      options.pdftotext,
      ['-q', '-enc', 'UTF-8', '-eol', 'unix', '-', '-'],
      {
        timeout: options.timeoutMs,
        killSignal: 'SIGKILL',
        maxBuffer: MAX_OUTPUT,
        encoding: 'utf8',
        ...(options.signal !== undefined ? { signal: options.signal } : {}),
      },
      (error, stdout) => {
        if (options.signal?.aborted) reject(options.signal.reason as Error);
        else if (error) resolve(undefined);
        else resolve(splitPages(stdout));
      },
    );
    // A program that is missing or ends early closes its input: the answer comes from the callback above.
    child.stdin?.on('error', () => undefined);
    child.stdin?.end(bytes);
  });
}

/** pdftotext's output as pages: each ends in a form feed; the lines' trailing spaces and the page's last newlines go. */
export function splitPages(output: string): string[] | undefined {
  const pieces = output.split('\f');
  // The text after the last form feed is what follows the last page: nothing.
  if (pieces.length < 2) return undefined;
  return pieces.slice(0, -1).map((page) => page.replace(/[ \t]+$/gm, '').replace(/\n+$/, ''));
}
