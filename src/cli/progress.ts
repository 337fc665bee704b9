import type { ImportProgress } from '../exchange/import-file.ts';

/** How often the progress line may be redrawn at most, in milliseconds. */
export const REDRAW_MS = 250;

/** A size as people read it: "812 KB", "45.2 MB", "1.3 GB". */
export function formatBytes(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  if (bytes < 1024 ** 3) return `${(bytes / 1024 ** 2).toFixed(1)} MB`;
  return `${(bytes / 1024 ** 3).toFixed(1)} GB`;
}

/** A time left as people read it: "12 s", "1 min 05 s", "1 h 02 min". */
export function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return `${s} s`;
  if (s < 3600) return `${Math.floor(s / 60)} min ${String(s % 60).padStart(2, '0')} s`;
  return `${Math.floor(s / 3600)} h ${String(Math.floor((s % 3600) / 60)).padStart(2, '0')} min`;
}

/**
 * One line of an import's progress, from how far it has got after `elapsedMs`: "Importing: 45.2 MB of 120.0 MB
 * (38%), 37,612 records, 1,250 records/s, about 1 min 02 s left". The time left is the bytes still to read at
 * the rate read so far; it is left out until there is a rate to go by.
 */
export function renderProgress(progress: ImportProgress, elapsedMs: number): string {
  const { bytesRead, totalBytes, records } = progress;
  const share = totalBytes > 0 ? Math.min(100, Math.floor((bytesRead / totalBytes) * 100)) : 100;
  const parts = [
    `Importing: ${formatBytes(bytesRead)} of ${formatBytes(totalBytes)} (${share}%)`,
    `${records.toLocaleString('en-US')} record${records === 1 ? '' : 's'}`,
  ];
  const seconds = elapsedMs / 1000;
  if (seconds >= 1 && records > 0)
    parts.push(`${Math.round(records / seconds).toLocaleString('en-US')} records/s`);
  if (seconds >= 1 && bytesRead > 0 && bytesRead < totalBytes)
    parts.push(`about ${formatDuration(((totalBytes - bytesRead) / bytesRead) * seconds)} left`);
  return parts.join(', ');
}

/** Where a progress line is drawn: a terminal's stream (stderr). */
export interface ProgressOutput {
  write(text: string): unknown;
  columns?: number;
}

/**
 * Draws an import's progress on one line of a terminal, redrawn in place at most every `REDRAW_MS`, and
 * clears it when the import ends, so what follows (the result or the error) starts on a clean line.
 */
export function progressLine(
  out: ProgressOutput,
  now: () => number = Date.now,
): { update: (progress: ImportProgress) => void; end: () => void } {
  const started = now();
  let drawnAt = started;
  let isDrawn = false;
  return {
    update(progress) {
      const at = now();
      if (at - drawnAt < REDRAW_MS) return;
      drawnAt = at;
      const line = renderProgress(progress, at - started);
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
