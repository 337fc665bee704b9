/** A passage of one page's text as an allegation anchors it: characters [start, end) and the words there. */
export interface SelectedPassage {
  start: number;
  end: number;
  quote: string;
}

/**
 * The passage between two character offsets of a page's text (in either order, as a selection made backwards
 * gives them), without the spaces and line ends at its edges; undefined when nothing but space is selected.
 */
export function passageOf(text: string, from: number, to: number): SelectedPassage | undefined {
  let start = Math.max(0, Math.min(from, to, text.length));
  let end = Math.min(text.length, Math.max(from, to, 0));
  while (start < end && /\s/u.test(text[start] ?? '')) start++;
  while (end > start && /\s/u.test(text[end - 1] ?? '')) end--;
  if (start === end) return undefined;
  return { start, end, quote: text.slice(start, end) };
}

/** A run of a page's text, marked when it lies in the highlighted span. */
export interface TextRun {
  text: string;
  start: number;
  isMarked: boolean;
}

/**
 * The page's text cut where a highlighted span starts and ends, so it can be drawn with the span marked and
 * every character still in order (the offsets of a selection are counted over the runs together).
 */
export function runsOf(text: string, mark: { start: number; end: number } | undefined): TextRun[] {
  if (mark === undefined) return [{ text, start: 0, isMarked: false }];
  const start = Math.max(0, Math.min(mark.start, text.length));
  const end = Math.max(start, Math.min(mark.end, text.length));
  const runs: TextRun[] = [
    { text: text.slice(0, start), start: 0, isMarked: false },
    { text: text.slice(start, end), start, isMarked: true },
    { text: text.slice(end), start: end, isMarked: false },
  ];
  return runs.filter((run) => run.text !== '');
}

/** The page asked for in the URL (?page=N), within the document's pages; page 1 when absent or out of range. */
export function pageOf(param: string | null, pageCount: number | undefined): number {
  const n = Number(param ?? '1');
  if (!Number.isInteger(n) || n < 1) return 1;
  return pageCount !== undefined && pageCount > 0 ? Math.min(n, pageCount) : n;
}

/** The form path that opens a new allegation on a passage: the case, document, page and the selection's place. */
export function allegationFromPassagePath(
  caseId: string,
  documentId: string,
  page: number,
  passage: SelectedPassage | undefined,
  note?: string,
): string {
  const params = new URLSearchParams({ case: caseId, document: documentId, page: String(page) });
  if (passage !== undefined) {
    params.set('start', String(passage.start));
    params.set('end', String(passage.end));
    params.set('quote', passage.quote);
  }
  if (note !== undefined) params.set('note', note);
  return `/records/allegation/new?${params.toString()}`;
}

/**
 * The passage a new allegation's form starts with, read back from its URL: page and quote, and the offsets when
 * both are whole numbers and the passage ends after it starts (else only the quote is kept).
 */
export function passageFromParams(
  params: URLSearchParams,
): { page: number; quote: string; start?: number; end?: number } | undefined {
  const page = Number(params.get('page'));
  if (!Number.isInteger(page) || page < 1) return undefined;
  const quote = params.get('quote') ?? '';
  const start = Number(params.get('start') ?? 'x');
  const end = Number(params.get('end') ?? 'x');
  const hasOffsets = Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end > start;
  return hasOffsets ? { page, quote, start, end } : { page, quote };
}
