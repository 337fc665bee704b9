import type { SearchKind } from '../../core/search/search.ts';

// Where a search entry's id puts it. Each segment (one kind's names, or its other text) owns a range of entry ids,
// so the full-text engines read a segment as a range of their row ids: a segment that holds nothing a query
// meets costs nothing, however finely its entries were written between those of other segments.

/** Entry ids from `from` up to, not including, `to`. */
export interface EntryRange {
  from: number;
  to: number;
}

/** The ids one segment owns: 2^44 (17.6 million million), and 2^53 is JavaScript's last whole number. */
export const SEGMENT_SPAN = 2 ** 44;

/**
 * Each kind's number, which places its segments (names at 2n, other text at 2n + 1): stored in every entry's id,
 * so a number is never changed or reused, and a new kind takes the next one (migration 0011 holds the same).
 */
const KIND_NUMBERS: Readonly<Record<SearchKind, number>> = {
  person: 1,
  organisation: 2,
  case: 3,
  charge: 4,
  event: 5,
  hearing: 6,
  source: 7,
};

/** The range of one segment: a kind's names, or its other text. */
export function segmentRange(kind: string, isName: boolean): EntryRange {
  const n = (KIND_NUMBERS as Readonly<Record<string, number>>)[kind];
  if (n === undefined) throw new Error(`search: no segment for the kind '${kind}'`);
  const from = (2 * n + (isName ? 0 : 1)) * SEGMENT_SPAN;
  return { from, to: from + SEGMENT_SPAN };
}

/** The ranges of some kinds' segments (their names only, or all their entries), in order, adjoining ones joined. */
export function rangesOf(kinds: readonly SearchKind[], namesOnly: boolean): EntryRange[] {
  const ranges = kinds
    .flatMap((kind) =>
      namesOnly ? [segmentRange(kind, true)] : [segmentRange(kind, true), segmentRange(kind, false)],
    )
    .sort((a, b) => a.from - b.from);
  const joined: EntryRange[] = [];
  for (const range of ranges) {
    const last = joined.at(-1);
    if (last !== undefined && last.to === range.from) last.to = range.to;
    else joined.push({ ...range });
  }
  return joined;
}
