import MiniSearch from 'minisearch';
import { corpusEntries, type Corpus, type PeerEntry } from './search-corpus.ts';
import type { BenchQuery } from './search-queries.ts';
import type { BuildFigures, SearchSystem, SystemAnswer } from './search-system.ts';

/** The heap in use, after a full collection when the process runs with --expose-gc. */
function heapUsed(): number {
  (globalThis as { gc?: () => void }).gc?.();
  return process.memoryUsage().heapUsed;
}

/** The index's serialised size; past the longest string V8 makes, the heap it took instead. */
function sizeOf(index: MiniSearch<PeerEntry>, heapBefore: number): { sizeBytes: number; sizeMethod: string } {
  try {
    return { sizeBytes: JSON.stringify(index).length, sizeMethod: 'JSON.stringify(index).length' };
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    return {
      sizeBytes: heapUsed() - heapBefore,
      sizeMethod: 'heap used after building less before (the serialised index is past the longest string)',
    };
  }
}

/**
 * MiniSearch in memory over the same entries, as commonly set up: its own tokeniser and lower-casing, no folding,
 * every word of the query required (AND), no fuzziness and no prefixes. It has no phrases: a quoted phrase is its
 * words, in any order.
 */
export function miniSearchPeer(corpus: Corpus): SearchSystem {
  const index = new MiniSearch<PeerEntry>({
    fields: ['text'],
    storeFields: ['kind', 'jurisdiction'],
    searchOptions: { combineWith: 'AND' },
  });
  return {
    name: 'minisearch',
    notes: [
      'in memory, in the benchmark process; size is the serialised index (JSON), or the heap it took when too big',
      'no phrase search: a quoted phrase is searched as its words',
    ],
    build(): Promise<BuildFigures> {
      const heapBefore = heapUsed();
      const started = performance.now();
      let entries = 0;
      let batch: PeerEntry[] = [];
      for (const entry of corpusEntries(corpus)) {
        batch.push(entry);
        entries++;
        if (batch.length === 10_000) {
          index.addAll(batch);
          batch = [];
        }
      }
      index.addAll(batch);
      const buildMs = performance.now() - started;
      return Promise.resolve({ entries, buildMs, ...sizeOf(index, heapBefore) });
    },
    search(query: BenchQuery, limit: number): Promise<SystemAnswer> {
      const kinds = query.kinds;
      const results = index.search(query.text.replaceAll('"', ' '), {
        ...(kinds || query.jurisdiction
          ? {
              filter: (r) =>
                (!kinds || kinds.includes(r.kind as string)) &&
                (!query.jurisdiction || r.jurisdiction === query.jurisdiction),
            }
          : {}),
      });
      return Promise.resolve({
        ids: results.slice(0, limit).map((r) => String(r.id)),
        total: results.length,
      });
    },
    close: () => Promise.resolve(),
  };
}
