import type { ReadProgress } from '../core/document/document.ts';
import { REDRAW_MS, type ProgressOutput } from './progress.ts';

const WIDTH = 30;

/** "Reading indictment.pdf: [#########.....] page 12 of 59": the text of a document as it is read. */
export function renderPages(name: string, progress: ReadProgress): string {
  const { page, pageCount } = progress;
  const share = pageCount > 0 ? Math.min(1, page / pageCount) : 1;
  const filled = Math.round(share * WIDTH);
  return `Reading ${name}: [${'#'.repeat(filled)}${'.'.repeat(WIDTH - filled)}] page ${page} of ${pageCount}`;
}

/** Draws a document's reading on one line of a terminal, redrawn in place at most every REDRAW_MS, cleared at the end. */
export function pagesLine(
  out: ProgressOutput,
  name: string,
  now: () => number = Date.now,
): { update: (progress: ReadProgress) => void; end: () => void } {
  let drawnAt = -Infinity;
  let isDrawn = false;
  return {
    update(progress) {
      const at = now();
      if (at - drawnAt < REDRAW_MS && progress.page < progress.pageCount) return;
      drawnAt = at;
      const line = renderPages(name, progress);
      const width = out.columns !== undefined && out.columns > 1 ? out.columns - 1 : line.length;
      out.write(`\r${line.slice(0, width)}\u001b[K`);
      isDrawn = true;
    },
    end() {
      if (isDrawn) out.write('\r\u001b[K');
      isDrawn = false;
    },
  };
}
