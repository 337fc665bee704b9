import { chmodSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, freemem, loadavg, totalmem, tmpdir } from 'node:os';
import { join } from 'node:path';
import pgDriver from 'pg';
import { startPostgres, type TestPostgres } from '../test/support/postgres.ts';
import { benchCaseApi, benchServerMemory, type ApiBenchResult } from './api-bench.ts';
import type { FactsResult } from './phase-facts.ts';
import type { ImportResult } from './phase-import.ts';
import type { RawResult } from './phase-raw.ts';
import { readOptions, type Options } from './options.ts';
import { runPhase } from './run-phase.ts';
import { summariseProfile, type ProfileLine } from './profile-summary.ts';
import { writeBundleFile, type BundleStats } from './generate.ts';
import { benchSearch, type SearchBenchResult } from './search/search-bench.ts';
import { updateSearchFigures } from './search/search-report.ts';
import { updatePerformanceDoc } from './report.ts';
import type { Target } from './target.ts';

type Dialect = Target['dialect'];
export type { Options };

/** A spread of measurements: the least, the median and the most. */
export interface Spread {
  min: number;
  median: number;
  max: number;
}

/** One import of a bundle and, right after it, the raw copy of the very rows it wrote. */
export interface PairRun {
  import: ImportResult;
  raw: RawResult;
  /** Import throughput as a share of the raw ceiling's (raw insert time / import time), on the same rows. */
  importToRaw: number;
  /** The machine's load average (1, 5, 15 min) as the import started and as the raw copy ended. */
  loadAverageBefore: number[];
  loadAverageAfter: number[];
}

/** Every run at one size: each an import and its raw copy, and the spread of their ratio. */
export interface SizeResult {
  cases: number;
  runs: PairRun[];
  importToRaw: Spread;
  importMs: Spread;
  rawInsertMs: Spread;
}

/** A CPU profile's summary. */
export interface ProfileSummary {
  file: string;
  totalMs: number;
  bySelf: ProfileLine[];
  byTotal: ProfileLine[];
}

/** The results of one database: imports and raw copies at each size, facts, and where the time went. */
export interface DatabaseResult {
  sizes: SizeResult[];
  /** Absent with --only-api. */
  facts?: FactsResult;
  /** The case page under load, and the server's memory on the kept database. */
  api?: ApiBenchResult;
  /**
   * The importing thread's profile. The reading thread is not profiled: it starts without the parent's flags,
   * and the other thread's profile Node writes is the module loader's.
   */
  profile?: ProfileSummary;
}

/** The whole benchmark's output: what `npm run bench` prints and writes to bench/results/latest.json. */
export interface BenchResult {
  benchmark: 'casewatch import and facts';
  date: string;
  machine: {
    cpus: number;
    cpuModel: string;
    memoryGb: number;
    freeMemoryGb: number;
    node: string;
    platform: string;
    loadAverageBefore: number[];
    loadAverageAfter: number[];
  };
  options: Options;
  bundles: BundleStats[];
  databases: Partial<Record<Dialect, DatabaseResult>>;
  /** The search part: our providers and the peers over generated names, cases and pages. */
  search?: SearchBenchResult;
  totalSeconds: number;
}

/** What `npm run bench -- --only-search` prints and writes to bench/results/search-{trial,latest}.json. */
export interface SearchOnlyResult {
  benchmark: 'casewatch search';
  date: string;
  machine: BenchResult['machine'];
  options: Options;
  search: SearchBenchResult;
  totalSeconds: number;
}

/** The least, the median and the most of some numbers. */
export function spreadOf(values: readonly number[]): Spread {
  const sorted = [...values].sort((a, b) => a - b);
  const n = sorted.length;
  if (n === 0) return { min: NaN, median: NaN, max: NaN };
  const mid = Math.floor(n / 2);
  const median =
    n % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
  return { min: sorted[0] as number, median, max: sorted[n - 1] as number };
}

const log = (message: string) =>
  process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}\n`);

const round2 = (n: number) => Math.round(n * 100) / 100;
const load = () => loadavg().map(round2);

/** The summary of the CPU profile the main thread wrote (thread id 0 in its name). */
function profileOf(dir: string, what: string): ProfileSummary | undefined {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.cpuprofile'))
    .sort();
  // Node names them CPU.<date>.<time>.<pid>.<thread id>.<seq>.cpuprofile.
  const threadOf = (f: string) => Number(f.split('.')[4]);
  const file = files.find((f) => threadOf(f) === 0);
  if (file === undefined) return undefined;
  return { file: what, ...summariseProfile(join(dir, file), 25) };
}

async function benchDatabase(
  dialect: Dialect,
  options: Options,
  bundles: BundleStats[],
  work: string,
  pg: TestPostgres | undefined,
): Promise<DatabaseResult> {
  const target = async (name: string): Promise<Target> => {
    if (dialect === 'sqlite') return { dialect, file: join(work, `${name}.db`) };
    if (!pg) throw new Error('no PostgreSQL cluster');
    return { dialect, url: await pg.createDatabase(name) };
  };
  /** A database no longer needed: a run at 100,000 cases leaves several GB. */
  const drop = async (t: Target): Promise<void> => {
    if (t.dialect === 'sqlite') {
      for (const suffix of ['', '-wal', '-shm']) rmSync(t.file + suffix, { force: true });
      return;
    }
    if (!pg) return;
    const client = new pgDriver.Client({ connectionString: pg.url('postgres') });
    await client.connect();
    try {
      const name = decodeURIComponent(new URL(t.url).pathname.slice(1));
      await client.query(`drop database if exists ${client.escapeIdentifier(name)}`);
    } finally {
      await client.end();
    }
  };
  const api = options.api ? await benchCaseApi(dialect, options.api, work, target, drop) : undefined;
  if (options.isApiOnly && api) {
    const bundle = bundles.at(-1);
    if (!bundle) throw new Error('no bundle');
    const into = await target(`memory_${bundle.cases}`);
    log(`${dialect}: importing ${bundle.cases} cases for the server's memory`);
    await runPhase<ImportResult>({ phase: 'import', target: into, file: bundle.file });
    const memory = await benchServerMemory(into);
    await drop(into);
    return { sizes: [], api: { ...api, memory } };
  }
  const sizes: SizeResult[] = [];
  let kept: Target | undefined;
  let profile: ProfileSummary | undefined;
  for (const [s, bundle] of bundles.entries()) {
    const isLargest = s === bundles.length - 1;
    const count = options.runs[s] ?? 1;
    const runs: PairRun[] = [];
    for (let r = 0; r < count; r++) {
      const tag = `${bundle.cases}_${r + 1}`;
      const into = await target(`import_${tag}`);
      const profileDir = join(work, `profile-${dialect}`);
      const isProfiled = options.isProfiled && isLargest && r === 0;
      const flags = isProfiled ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [];
      const loadAverageBefore = load();
      log(
        `${dialect}: run ${r + 1} of ${count}: importing ${bundle.records} records (${bundle.cases} cases)${isProfiled ? ', profiled' : ''}; load ${loadAverageBefore.join(' ')}`,
      );
      const imported = await runPhase<ImportResult>(
        { phase: 'import', target: into, file: bundle.file },
        flags,
      );
      log(
        `${dialect}: ${Math.round(imported.ms)} ms, ${Math.round(imported.recordsPerSec)} records/s, peak RSS ${imported.peakRssMb} MiB`,
      );
      if (isProfiled) {
        const what = `${dialect} import of ${bundle.cases} cases`;
        profile = profileOf(profileDir, `${what}, importing thread`);
      }
      const rawInto = await target(`raw_${tag}`);
      const raw = await runPhase<RawResult>({ phase: 'raw', source: into, target: rawInto });
      const loadAverageAfter = load();
      const importToRaw = raw.insertMs / imported.ms;
      log(
        `${dialect}: raw ${Math.round(raw.insertMs)} ms; import reaches ${(importToRaw * 100).toFixed(0)} % of it; load ${loadAverageAfter.join(' ')}`,
      );
      runs.push({ import: imported, raw, importToRaw, loadAverageBefore, loadAverageAfter });
      await drop(rawInto);
      // The last import of the largest bundle stays for the facts.
      if (isLargest && r === count - 1) kept = into;
      else await drop(into);
    }
    const importToRaw = spreadOf(runs.map((x) => x.importToRaw));
    log(
      `${dialect}, ${bundle.cases} cases: import/raw min ${importToRaw.min.toFixed(2)}, median ${importToRaw.median.toFixed(2)}, max ${importToRaw.max.toFixed(2)} over ${runs.length} run(s)`,
    );
    sizes.push({
      cases: bundle.cases,
      runs,
      importToRaw,
      importMs: spreadOf(runs.map((x) => x.import.ms)),
      rawInsertMs: spreadOf(runs.map((x) => x.raw.insertMs)),
    });
  }
  if (!kept) throw new Error('no import ran');
  log(`${dialect}: facts`);
  const concurrency = dialect === 'postgres' ? 4 : 1;
  const facts = await runPhase<FactsResult>({
    phase: 'facts',
    target: kept,
    asOf: options.asOf,
    runs: options.factsRuns,
    concurrency,
    ...(options.factsLimit !== undefined ? { limit: options.factsLimit } : {}),
  });
  log(
    `${dialect}: facts of one case ${facts.one.medianMs.toFixed(2)} ms (median); all ${facts.all.cases} in ${(facts.all.totalMs / 1000).toFixed(1)} s`,
  );
  const memory = api ? await benchServerMemory(kept) : undefined;
  await drop(kept);
  return {
    sizes,
    facts,
    ...(api ? { api: { ...api, ...(memory ? { memory } : {}) } } : {}),
    ...(profile ? { profile } : {}),
  };
}

function machineOf(loadAverageBefore: number[]): BenchResult['machine'] {
  return {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? 'unknown',
    memoryGb: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    freeMemoryGb: Math.round((freemem() / 2 ** 30) * 10) / 10,
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    loadAverageBefore: loadAverageBefore.map(round2),
    loadAverageAfter: load(),
  };
}

/** The search part alone: its own results file, so the published import figures stay as they are. */
async function searchOnly(options: Options, work: string, started: number): Promise<void> {
  if (!options.search) throw new Error('no search options');
  const loadAverageBefore = loadavg();
  const needsPostgres = options.search.systems.some((s) => s === 'postgres' || s === 'postgres-fts');
  let pg: TestPostgres | undefined;
  try {
    if (needsPostgres) {
      log('starting a throwaway PostgreSQL cluster');
      pg = await startPostgres();
    }
    const search = await benchSearch(options.search, work, pg);
    const result: SearchOnlyResult = {
      benchmark: 'casewatch search',
      date: new Date().toISOString(),
      machine: machineOf(loadAverageBefore),
      options,
      search,
      totalSeconds: Math.round((performance.now() - started) / 100) / 10,
    };
    const json = JSON.stringify(result, null, 2) + '\n';
    mkdirSync('bench/results', { recursive: true });
    const file = options.isPublished ? 'bench/results/search-latest.json' : 'bench/results/search-trial.json';
    writeFileSync(file, json);
    log(`wrote ${file}`);
    if (options.isPublished)
      await updateSearchFigures('docs/PERFORMANCE.md', search, result.date, result.machine.loadAverageBefore);
    process.stdout.write(json);
  } finally {
    await pg?.stop();
  }
}

async function main(): Promise<void> {
  const started = performance.now();
  const options = readOptions();
  const loadAverageBefore = loadavg();
  // Not 'casewatch-*': test clean-ups on a shared machine may sweep those. The PostgreSQL cluster goes inside too.
  const work = mkdtempSync(join(process.env.BENCH_DIR ?? tmpdir(), 'cwbench-'));
  chmodSync(work, 0o755); // the cluster's unprivileged user must reach its folder
  process.env.TMPDIR = work;
  const dialects: Dialect[] = options.only ? [options.only] : ['sqlite', 'postgres'];
  let pg: TestPostgres | undefined;
  try {
    if (options.isSearchOnly) return await searchOnly(options, work, started);
    const bundles: BundleStats[] = [];
    for (const cases of options.sizes) {
      log(`generating ${cases} cases`);
      bundles.push(await writeBundleFile(join(work, `bundle-${cases}.json`), { cases, seed: options.seed }));
    }
    if (dialects.includes('postgres')) {
      log('starting a throwaway PostgreSQL cluster');
      pg = await startPostgres();
    }
    const databases: BenchResult['databases'] = {};
    for (const dialect of dialects)
      databases[dialect] = await benchDatabase(dialect, options, bundles, work, pg);
    const search =
      options.search && !options.isApiOnly ? await benchSearch(options.search, work, pg) : undefined;
    const result: BenchResult = {
      benchmark: 'casewatch import and facts',
      date: new Date().toISOString(),
      machine: machineOf(loadAverageBefore),
      options,
      bundles: bundles.map((b) => ({ ...b, file: b.file.replace(work, '$WORK') })),
      databases,
      ...(search ? { search } : {}),
      totalSeconds: Math.round((performance.now() - started) / 100) / 10,
    };
    const json = JSON.stringify(result, null, 2) + '\n';
    mkdirSync('bench/results', { recursive: true });
    const { isPublished } = options;
    writeFileSync(isPublished ? 'bench/results/latest.json' : 'bench/results/trial.json', json);
    if (isPublished) {
      await updatePerformanceDoc('docs/PERFORMANCE.md', result);
      if (search)
        await updateSearchFigures(
          'docs/PERFORMANCE.md',
          search,
          result.date,
          result.machine.loadAverageBefore,
        );
    } else
      log(
        'a run below 100,000 cases (without --publish): wrote bench/results/trial.json; docs/PERFORMANCE.md is left as it is',
      );
    process.stdout.write(json);
  } finally {
    await pg?.stop();
    // BENCH_KEEP=1 leaves the generated bundles and the SQLite files behind, to look into afterwards.
    if (process.env.BENCH_KEEP === '1') log(`kept ${work}`);
    else rmSync(work, { recursive: true, force: true });
  }
}

await main();
