import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { TestPostgres } from '../../test/support/postgres.ts';
import { loadNameFolder } from '../../src/store/name-folding-file.ts';
import { writeBundleFile, type BundleStats } from '../generate.ts';
import { runPhase } from '../run-phase.ts';
import type { Target } from '../target.ts';
import { corpusOf, type CorpusSpec } from './search-corpus.ts';
import { writePeopleBundle } from './search-bundle.ts';
import type { SearchPhaseRequest, SearchSystemName, SystemResult } from './phase-search.ts';

/** How the search part runs: the data's size and seed, queries of each type, timed passes, the systems. */
export interface SearchOptions extends CorpusSpec {
  perType: number;
  runs: number;
  systems: SearchSystemName[];
  /** A SQLite database kept from an earlier run of the same size and seed: sqlite only asks its queries there. */
  keptDatabase?: string;
}

/** The search part's output: the data, what it holds and leaves out, and each system's figures. */
export interface SearchBenchResult {
  corpus: CorpusSpec & { persons: number };
  notes: string[];
  /** The bundles imported into our systems' stores (absent when neither of ours ran). */
  bundles?: { cases: BundleStats; people: { persons: number; pages: number; bytes: number } };
  systems: Partial<Record<SearchSystemName, SystemResult>>;
}

/** Each system's figures as it finishes, before the run's own result file is written at the end. */
const PARTIAL = 'bench/results/search-partial.json';

const log = (message: string) =>
  process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] search: ${message}\n`);

const NOTES = [
  "Document pages: ours keep each generated page as a reading keeps it (the file's row and its page, written through the document writer, found by the source record naming the file); the peers index each page's title and text as one entry.",
  "Recall: each variant of the labelled set (test/fixtures/names/people.tsv written by test/support/name-schemes.ts) is searched among persons; found when its person is among the first 1,000 person hits; a false merge is another labelled person among them. No generated family name folds to a labelled person's, so namesakes of the labelled people come only from the cases' bundle.",
  'Latency: each query of the mix asks for one page of 20 hits, timed from the call to the answer, after one pass to warm up.',
];

/**
 * Generates the data (the cases' bundle and the people's bundle, for our systems; the peers generate the same
 * entries themselves) and runs each system in its own process, one after another.
 */
export async function benchSearch(
  options: SearchOptions,
  work: string,
  pg: TestPostgres | undefined,
): Promise<SearchBenchResult> {
  const spec: CorpusSpec = {
    seed: options.seed,
    names: options.names,
    cases: options.cases,
    pages: options.pages,
  };
  const corpus = corpusOf(spec, loadNameFolder());
  const kept = options.keptDatabase;
  if (kept !== undefined && options.systems.includes('postgres'))
    throw new Error('--search-kept measures a kept SQLite database: leave postgres out of --search-systems');
  const hasOurs = options.systems.some((s) => s === 'postgres' || (s === 'sqlite' && kept === undefined));
  let bundles: SearchBenchResult['bundles'];
  let files: string[] = [];
  if (hasOurs) {
    log(`generating ${spec.cases} cases and ${spec.names} names (${corpus.persons} people)`);
    const cases = await writeBundleFile(join(work, 'search-cases.json'), {
      cases: spec.cases,
      seed: spec.seed,
    });
    const people = await writePeopleBundle(join(work, 'search-people.json'), corpus);
    bundles = { cases: { ...cases, file: '$WORK/search-cases.json' }, people };
    files = [cases.file, join(work, 'search-people.json')];
  }
  const systems: SearchBenchResult['systems'] = {};
  for (const system of options.systems) {
    const isKept = system === 'sqlite' && kept !== undefined;
    const target: Target | undefined = isKept
      ? { dialect: 'sqlite', file: kept }
      : await targetOf(system, work, pg);
    log(
      `${system}: ${isKept ? `asking the queries on ${kept}` : 'building the index and asking the queries'}`,
    );
    const request: SearchPhaseRequest = {
      phase: 'search',
      system,
      corpus: spec,
      ...(target ? { target } : {}),
      ...(system === 'sqlite' || system === 'postgres' ? { bundles: files } : {}),
      ...(isKept ? { isKept } : {}),
      perType: options.perType,
      runs: options.runs,
    };
    // MiniSearch holds every entry on the heap: at full size that is past Node's default ceiling.
    const flags = system === 'minisearch' ? ['--max-old-space-size=16384', '--expose-gc'] : [];
    const result = await runPhase<SystemResult>(request, flags);
    const { overall } = result.latency;
    log(
      `${system}: built in ${(result.build.buildMs / 1000).toFixed(1)} s, ${(result.build.sizeBytes / 2 ** 20).toFixed(1)} MiB; recall ${(result.recall.overall.recall * 100).toFixed(1)} %, ${result.recall.overall.falseMerges} false merges; p50 ${overall.p50} ms, p95 ${overall.p95} ms, p99 ${overall.p99} ms`,
    );
    systems[system] = result;
    // A long run that is stopped keeps what its finished systems measured.
    mkdirSync(dirname(PARTIAL), { recursive: true });
    writeFileSync(
      PARTIAL,
      JSON.stringify({ corpus: { ...spec, persons: corpus.persons }, systems }, null, 2) + '\n',
    );
  }
  return {
    corpus: { ...spec, persons: corpus.persons },
    notes: NOTES,
    ...(bundles ? { bundles } : {}),
    systems,
  };
}

async function targetOf(
  system: SearchSystemName,
  work: string,
  pg: TestPostgres | undefined,
): Promise<Target | undefined> {
  if (system === 'minisearch') return undefined;
  if (system === 'sqlite') return { dialect: 'sqlite', file: join(work, 'search.db') };
  if (!pg) throw new Error(`${system} needs the PostgreSQL cluster`);
  return {
    dialect: 'postgres',
    url: await pg.createDatabase(system === 'postgres' ? 'search_ours' : 'search_peer'),
  };
}
