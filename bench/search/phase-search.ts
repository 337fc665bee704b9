import { loadNameFolder } from '../../src/store/name-folding-file.ts';
import { sampleMemory, type MemoryPeak } from '../memory.ts';
import type { Target } from '../target.ts';
import { latencyOf, recallOf, type Latency, type RecallResult } from './search-figures.ts';
import { corpusOf, type CorpusSpec } from './search-corpus.ts';
import { labelledPersons } from './search-names.ts';
import { queryMix, QUERY_TYPES, recallChecks, type QueryType } from './search-queries.ts';
import { miniSearchPeer } from './peer-minisearch.ts';
import { postgresFtsPeer } from './peer-postgres-fts.ts';
import type { BuildFigures, SearchSystem } from './search-system.ts';

/** The systems measured: ours on each database, and the peers. */
export const SEARCH_SYSTEMS = ['sqlite', 'postgres', 'postgres-fts', 'minisearch'] as const;
export type SearchSystemName = (typeof SEARCH_SYSTEMS)[number];

/** One system's run: it builds its index over the corpus, answers the recall checks, then the mix, timed. */
export interface SearchPhaseRequest {
  phase: 'search';
  system: SearchSystemName;
  corpus: CorpusSpec;
  /** Ours: the database the bundles go into. The PostgreSQL peer: a database of its own (postgres target). */
  target?: Target;
  /** Ours: the bundle files to import before the index is built (the cases, the people). */
  bundles?: string[];
  /** Ours: the target already holds the records and the index (a kept run's database): only the queries run. */
  isKept?: boolean;
  perType: number;
  /** Timed passes over the mix, after one pass to warm up. */
  runs: number;
}

/** The latency of one query type, and for names how many found their person on the first page. */
export interface TypeFigures extends Latency {
  /** Queries of the type that name a person, and how many of those found them among the first 20 hits. */
  expected: number;
  found: number;
  /** The median of the totals the system reported. */
  medianTotal: number;
}

/** What one system did: building, recall on the labelled set, latency of the mix, memory. */
export interface SystemResult {
  system: SearchSystemName;
  notes: string[];
  build: BuildFigures;
  recall: RecallResult;
  latency: { overall: Latency; byType: Record<QueryType, TypeFigures> };
  memory: MemoryPeak;
}

/** How deep a recall check looks: the person must be among this many person hits (paging where needed). */
export const RECALL_DEPTH = 1_000;
/** Hits a query of the mix asks for: one page, as the results page shows. */
export const PAGE = 20;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

async function systemOf(
  request: SearchPhaseRequest,
  corpus: ReturnType<typeof corpusOf>,
): Promise<SearchSystem> {
  switch (request.system) {
    case 'minisearch':
      return miniSearchPeer(corpus);
    case 'postgres-fts':
      if (request.target?.dialect !== 'postgres')
        throw new Error('the PostgreSQL peer needs a postgres target');
      return postgresFtsPeer(corpus, request.target.url);
    case 'sqlite':
    case 'postgres': {
      const { ourSearch } = await import('./our-search.ts');
      if (!request.target || !request.bundles)
        throw new Error(`${request.system} needs a target and bundles`);
      return ourSearch(corpus, request.target, request.bundles, request.isKept === true);
    }
  }
}

/** Runs one system through the benchmark in this process. */
export async function runSearchPhase(request: SearchPhaseRequest): Promise<SystemResult> {
  const corpus = corpusOf(request.corpus, loadNameFolder());
  const memory = sampleMemory();
  const system = await systemOf(request, corpus);
  try {
    const build = await system.build();
    const checks = recallChecks();
    const answers: string[][] = [];
    for (const check of checks)
      answers.push(
        (await system.search({ type: 'exact-name', text: check.text, kinds: ['person'] }, RECALL_DEPTH)).ids,
      );
    const recall = recallOf(checks, answers, new Set(labelledPersons().map((p) => p.id)), PAGE);

    const mix = queryMix(request.corpus.seed, request.perType, corpus.persons, corpus.families);
    for (const q of mix) await system.search(q, PAGE);
    const times = new Map<QueryType, number[]>(QUERY_TYPES.map((t) => [t, []]));
    const totals = new Map<QueryType, number[]>(QUERY_TYPES.map((t) => [t, []]));
    const found = new Map<QueryType, number>(QUERY_TYPES.map((t) => [t, 0]));
    for (let run = 0; run < request.runs; run++)
      for (const q of mix) {
        const started = performance.now();
        const answer = await system.search(q, PAGE);
        times.get(q.type)?.push(performance.now() - started);
        if (run > 0) continue;
        totals.get(q.type)?.push(answer.total);
        if (q.expect !== undefined && answer.ids.includes(q.expect))
          found.set(q.type, (found.get(q.type) ?? 0) + 1);
      }
    const byType = Object.fromEntries(
      QUERY_TYPES.map((t) => [
        t,
        {
          ...latencyOf(times.get(t) ?? []),
          expected: mix.filter((q) => q.type === t && q.expect !== undefined).length,
          found: found.get(t) ?? 0,
          medianTotal: median(totals.get(t) ?? []),
        },
      ]),
    ) as Record<QueryType, TypeFigures>;
    const overall = latencyOf([...times.values()].flat());
    return {
      system: request.system,
      notes: system.notes,
      build,
      recall,
      latency: { overall, byType },
      memory: memory.stop(),
    };
  } finally {
    await system.close();
  }
}
