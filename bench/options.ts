import { parseArgs } from 'node:util';
import type { ApiOptions } from './api-bench.ts';
import { SEARCH_SYSTEMS, type SearchSystemName } from './search/phase-search.ts';
import type { SearchOptions } from './search/search-bench.ts';
import type { Target } from './target.ts';

/** What a run of the benchmark does, from its flags and environment. */
export interface Options {
  cases: number;
  sizes: number[];
  /** Imports (each with its raw copy) per size, in the order of `sizes`. */
  runs: number[];
  seed: number;
  only?: Target['dialect'];
  isQuick: boolean;
  isProfiled: boolean;
  /** Written to bench/results/latest.json and docs/PERFORMANCE.md (a 100,000-case run, or --publish). */
  isPublished: boolean;
  asOf: string;
  factsRuns: number;
  factsLimit?: number;
  /** Only the API part: the big case under load and the server's memory on one bundle of --cases. */
  isApiOnly?: boolean;
  api?: ApiOptions;
  /** Only the search part: generated names, cases and pages, our providers and the peers. */
  isSearchOnly?: boolean;
  search?: SearchOptions;
}

/** `--runs 3` (every size) or `--runs 3,1` (a count per size, in the order of the sizes). */
function parseRuns(text: string | undefined, sizes: number, fallback: number): number[] {
  if (text === undefined) return Array<number>(sizes).fill(fallback);
  const counts = text.split(',').map(Number);
  if (counts.some((n) => !Number.isInteger(n) || n < 1) || (counts.length !== 1 && counts.length !== sizes))
    throw new Error(`--runs is a whole number of at least 1, or one per size (${sizes} sizes), not ${text}`);
  return counts.length === 1 ? Array<number>(sizes).fill(counts[0] as number) : counts;
}

const USAGE = `npm run bench -- [options]: imports generated bundles into SQLite and PostgreSQL, copies the same rows
raw, and measures facts and search; writes bench/results/trial.json (or latest.json and docs/PERFORMANCE.md when published).

  --cases N          the largest bundle (default 100000; a quarter of it is the other size)
  --sizes A,B        the bundle sizes, instead of a quarter of --cases and --cases
  --runs N | A,B     imports (each with its raw copy) per size (default 3 when published, else 1)
  --only DB          sqlite or postgres
  --seed S           the generator's seed (default 20220105)
  --facts-limit N    cases whose facts are computed
  --profile          a CPU profile of the import
  --publish          write latest.json and docs/PERFORMANCE.md for a run below 100,000 cases
  --quick            2,000 cases, a smoke run
  --only-api         only the case page under load and the server's memory (on one bundle of --cases)
  --api-seconds N    seconds the case page is under load (default 10); --api-clients N (default 50)
  --only-search      only the search part: our SQLite and PostgreSQL search and the peers over generated data
  --search-names N   person names (default 1000000; 20000 with --quick); --search-cases N (100000; 2000);
  --search-pages N   document pages (default 20000; 200 with --quick)
  --search-queries N queries of each type in the mix (default 200; 20 with --quick); --search-runs N timed passes (3)
  --search-systems L among sqlite,postgres,postgres-fts,minisearch (default all; --only narrows ours and the peer)
  --search-kept F    sqlite asks its queries on F, a database kept (BENCH_KEEP=1) from a run of the same size and
                     seed, without importing or building again
  --help             this text
Environment: BENCH_CASES, BENCH_SIZES, BENCH_RUNS, BENCH_ONLY, BENCH_SEED, BENCH_FACTS_LIMIT, BENCH_PROFILE=1,
BENCH_PUBLISH=1, BENCH_QUICK=1, BENCH_KEEP=1 (keep the work folder). See docs/PERFORMANCE.md.`;

/** Reads the options, or prints how to use the benchmark and exits on --help or an unknown option. */
export function readOptions(): Options {
  try {
    return parseOptions();
  } catch (error) {
    if ((error as { code?: unknown }).code !== 'ERR_PARSE_ARGS_UNKNOWN_OPTION') throw error;
    process.stderr.write(`${(error as Error).message}\n\n${USAGE}\n`);
    process.exit(2);
  }
}

function parseOptions(): Options {
  const { values } = parseArgs({
    options: {
      help: { type: 'boolean', default: false },
      cases: { type: 'string' },
      quick: { type: 'boolean', default: false },
      only: { type: 'string' },
      seed: { type: 'string' },
      profile: { type: 'boolean', default: false },
      runs: { type: 'string' },
      publish: { type: 'boolean', default: false },
      sizes: { type: 'string' },
      'facts-limit': { type: 'string' },
      'only-api': { type: 'boolean', default: false },
      'api-seconds': { type: 'string' },
      'api-clients': { type: 'string' },
      'only-search': { type: 'boolean', default: false },
      'search-names': { type: 'string' },
      'search-cases': { type: 'string' },
      'search-pages': { type: 'string' },
      'search-queries': { type: 'string' },
      'search-runs': { type: 'string' },
      'search-systems': { type: 'string' },
      'search-kept': { type: 'string' },
    },
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    process.exit(0);
  }
  const env = process.env;
  const isQuick = values.quick || env.BENCH_QUICK === '1';
  // --sizes 25000,100000: the bundles to import, instead of a quarter of --cases and --cases itself.
  const listed = (values.sizes ?? env.BENCH_SIZES)?.split(',').map(Number);
  if (listed?.some((n) => !Number.isInteger(n) || n < 4))
    throw new Error(
      `--sizes is a list of whole numbers of at least 4, not ${values.sizes ?? env.BENCH_SIZES}`,
    );
  const cases =
    listed !== undefined
      ? Math.max(...listed)
      : Number(values.cases ?? env.BENCH_CASES ?? (isQuick ? 2_000 : 100_000));
  if (!Number.isInteger(cases) || cases < 4)
    throw new Error(
      `--cases must be a whole number of at least 4, not ${String(values.cases ?? env.BENCH_CASES)}`,
    );
  const only = values.only ?? env.BENCH_ONLY;
  if (only !== undefined && only !== 'sqlite' && only !== 'postgres')
    throw new Error(`--only is sqlite or postgres, not ${only}`);
  const factsLimit = values['facts-limit'] ?? env.BENCH_FACTS_LIMIT;
  // Only a full-size run, or one asked to, replaces the published figures; smaller runs are for trying things.
  const isApiOnly = values['only-api'] || env.BENCH_ONLY_API === '1';
  const isSearchOnly = values['only-search'] || env.BENCH_ONLY_SEARCH === '1';
  const search = searchOptions(values, isQuick, only);
  const isPublished =
    !isQuick &&
    ((isSearchOnly ? search.names >= 1_000_000 : cases >= 100_000 && !isApiOnly) ||
      values.publish ||
      env.BENCH_PUBLISH === '1');
  const sizes = listed ?? (isApiOnly ? [cases] : [Math.round(cases / 4), cases]);
  const whole = (text: string | undefined, fallback: number, flag: string) => {
    const n = Number(text ?? fallback);
    if (!Number.isInteger(n) || n < 1)
      throw new Error(`${flag} is a whole number of at least 1, not ${text}`);
    return n;
  };
  return {
    cases,
    sizes,
    // A published figure is a spread, never one lucky run.
    runs: parseRuns(values.runs ?? env.BENCH_RUNS, sizes.length, isPublished ? 3 : 1),
    seed: Number(values.seed ?? env.BENCH_SEED ?? 20220105),
    ...(only !== undefined ? { only } : {}),
    isQuick,
    isProfiled: values.profile || env.BENCH_PROFILE === '1',
    isPublished,
    asOf: '2025-06-01',
    factsRuns: 50,
    ...(factsLimit !== undefined ? { factsLimit: Number(factsLimit) } : {}),
    isApiOnly,
    api: {
      seed: Number(values.seed ?? env.BENCH_SEED ?? 20220105),
      clients: whole(values['api-clients'] ?? env.BENCH_API_CLIENTS, 50, '--api-clients'),
      seconds: whole(values['api-seconds'] ?? env.BENCH_API_SECONDS, 10, '--api-seconds'),
      caseRecords: 500,
    },
    isSearchOnly,
    search,
  };
}

/** The search part's options: sizes (small with --quick), queries, passes, systems (narrowed by --only). */
function searchOptions(
  values: Record<string, string | boolean | undefined>,
  isQuick: boolean,
  only: string | undefined,
): SearchOptions {
  const env = process.env;
  const size = (flag: string, full: number, quick: number): number => {
    const text = values[flag] ?? env[`BENCH_${flag.toUpperCase().replaceAll('-', '_')}`];
    const n = Number(text ?? (isQuick ? quick : full));
    if (typeof text === 'boolean' || !Number.isInteger(n) || n < 1)
      throw new Error(`--${flag} is a whole number of at least 1, not ${String(text)}`);
    return n;
  };
  const listed = values['search-systems'] ?? env.BENCH_SEARCH_SYSTEMS;
  const systems = typeof listed === 'string' ? listed.split(',') : [...SEARCH_SYSTEMS];
  const unknown = systems.filter((s) => !(SEARCH_SYSTEMS as readonly string[]).includes(s));
  if (unknown.length > 0)
    throw new Error(`--search-systems lists ${SEARCH_SYSTEMS.join(', ')}, not ${unknown.join(', ')}`);
  const isPostgres = (s: string) => s === 'postgres' || s === 'postgres-fts';
  return {
    seed: Number(values.seed ?? env.BENCH_SEED ?? 20220105),
    names: size('search-names', 1_000_000, 20_000),
    cases: size('search-cases', 100_000, 2_000),
    pages: size('search-pages', 20_000, 200),
    perType: size('search-queries', 200, 20),
    runs: size('search-runs', 3, 3),
    ...(typeof values['search-kept'] === 'string' ? { keptDatabase: values['search-kept'] } : {}),
    systems: systems.filter(
      (s): s is SearchSystemName =>
        only === undefined || (only === 'sqlite' ? !isPostgres(s) : s !== 'sqlite'),
    ),
  };
}
