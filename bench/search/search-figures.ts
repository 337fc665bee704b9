import type { RecallCheck } from './search-queries.ts';

/** Latency percentiles in milliseconds, by the nearest rank: p50, p95, p99, and the count and the most. */
export interface Latency {
  count: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

/** The nearest-rank percentiles of some durations (NaN for none). */
export function latencyOf(ms: readonly number[]): Latency {
  const sorted = [...ms].sort((a, b) => a - b);
  const rank = (p: number) => sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
  const round = (n: number) => Math.round(n * 1000) / 1000;
  return {
    count: sorted.length,
    p50: round(rank(50)),
    p95: round(rank(95)),
    p99: round(rank(99)),
    max: round(sorted.at(-1) ?? NaN),
  };
}

/** Recall on some variants: how many found their person at all and on the first page, and the false merges. */
export interface RecallFigures {
  queries: number;
  found: number;
  /** found / queries. */
  recall: number;
  /** Found among the first `firstPage` hits. */
  onFirstPage: number;
  /** Hits on another person of the labelled set: two different people folded together. */
  falseMerges: number;
  /** Queries with at least one false merge. */
  queriesWithFalseMerge: number;
}

/** Recall over all the variants, and scheme by scheme. */
export interface RecallResult {
  overall: RecallFigures;
  byScheme: Record<string, RecallFigures>;
  /** The variants not found, at most 20, to read. */
  missed: { scheme: string; text: string }[];
  /** The false merges, at most 20: the form asked, whom it named, and the other labelled person it found. */
  merged: { scheme: string; text: string; person: string; found: string }[];
}

const empty = (): RecallFigures => ({
  queries: 0,
  found: 0,
  recall: 0,
  onFirstPage: 0,
  falseMerges: 0,
  queriesWithFalseMerge: 0,
});

/**
 * Counts recall and false merges: `answers[i]` is the ids of person hits, best first, that check i's form found.
 * A check is found when its person is among them; any other labelled person among them is a false merge.
 */
export function recallOf(
  checks: readonly RecallCheck[],
  answers: readonly (readonly string[])[],
  labelled: ReadonlySet<string>,
  firstPage = 20,
): RecallResult {
  if (answers.length !== checks.length)
    throw new Error(`${answers.length} answers to ${checks.length} recall checks`);
  const overall = empty();
  const byScheme: Record<string, RecallFigures> = {};
  const missed: RecallResult['missed'] = [];
  const merged: RecallResult['merged'] = [];
  for (const [i, check] of checks.entries()) {
    const ids = answers[i] ?? [];
    const scheme = (byScheme[check.scheme] ??= empty());
    const at = ids.indexOf(check.person);
    const others = [...new Set(ids.filter((id) => id !== check.person && labelled.has(id)))];
    const merges = others.length;
    for (const found of others)
      if (merged.length < 20)
        merged.push({ scheme: check.scheme, text: check.text, person: check.person, found });
    for (const f of [overall, scheme]) {
      f.queries++;
      if (at >= 0) f.found++;
      if (at >= 0 && at < firstPage) f.onFirstPage++;
      f.falseMerges += merges;
      if (merges > 0) f.queriesWithFalseMerge++;
    }
    if (at < 0 && missed.length < 20) missed.push({ scheme: check.scheme, text: check.text });
  }
  for (const f of [overall, ...Object.values(byScheme)])
    f.recall = f.queries === 0 ? 0 : Math.round((f.found / f.queries) * 10_000) / 10_000;
  return { overall, byScheme, missed, merged };
}
