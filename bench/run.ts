import { spawn } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, freemem, loadavg, totalmem, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { startPostgres, type TestPostgres } from '../test/support/postgres.ts';
import type { FactsResult } from './phase-facts.ts';
import type { ImportResult } from './phase-import.ts';
import type { RawResult } from './phase-raw.ts';
import type { PhaseRequest } from './phase.ts';
import { summariseProfile, type ProfileLine } from './profile-summary.ts';
import { writeBundleFile, type BundleStats } from './generate.ts';
import { updatePerformanceDoc } from './report.ts';
import type { Target } from './target.ts';

type Dialect = Target['dialect'];

/** The results of one database: imports at each size, the raw ceiling, facts, and where the time went. */
export interface DatabaseResult {
  imports: (ImportResult & { cases: number })[];
  raw: RawResult;
  /** Import throughput as a share of the raw ceiling's (raw insert time / import time), on the same rows. */
  importToRaw: number;
  facts: FactsResult;
  profile?: { file: string; totalMs: number; bySelf: ProfileLine[]; byTotal: ProfileLine[] };
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
  totalSeconds: number;
}

interface Options {
  cases: number;
  sizes: number[];
  seed: number;
  only?: Dialect;
  isQuick: boolean;
  isProfiled: boolean;
  asOf: string;
  factsRuns: number;
  factsLimit?: number;
}

function readOptions(): Options {
  const { values } = parseArgs({
    options: {
      cases: { type: 'string' },
      quick: { type: 'boolean', default: false },
      only: { type: 'string' },
      seed: { type: 'string' },
      profile: { type: 'boolean', default: false },
      'facts-limit': { type: 'string' },
    },
  });
  const env = process.env;
  const isQuick = values.quick || env.BENCH_QUICK === '1';
  const cases = Number(values.cases ?? env.BENCH_CASES ?? (isQuick ? 2_000 : 100_000));
  if (!Number.isInteger(cases) || cases < 4)
    throw new Error(
      `--cases must be a whole number of at least 4, not ${String(values.cases ?? env.BENCH_CASES)}`,
    );
  const only = values.only ?? env.BENCH_ONLY;
  if (only !== undefined && only !== 'sqlite' && only !== 'postgres')
    throw new Error(`--only is sqlite or postgres, not ${only}`);
  const factsLimit = values['facts-limit'] ?? env.BENCH_FACTS_LIMIT;
  return {
    cases,
    sizes: [Math.round(cases / 4), cases],
    seed: Number(values.seed ?? env.BENCH_SEED ?? 20220105),
    ...(only !== undefined ? { only } : {}),
    isQuick,
    isProfiled: values.profile || env.BENCH_PROFILE === '1',
    asOf: '2025-06-01',
    factsRuns: 50,
    ...(factsLimit !== undefined ? { factsLimit: Number(factsLimit) } : {}),
  };
}

/** Runs one phase in a fresh Node process (so its memory peak is its own) and returns its JSON answer. */
function runPhase<T>(request: PhaseRequest, nodeFlags: string[] = []): Promise<T> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [...nodeFlags, '--import', 'tsx', 'bench/phase.ts', JSON.stringify(request)],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`phase ${request.phase} failed (exit ${code})`));
      try {
        resolve(JSON.parse(out.trim().split('\n').pop() ?? '') as T);
      } catch (error) {
        reject(new Error(`phase ${request.phase} printed no JSON: ${out.slice(-500)}`, { cause: error }));
      }
    });
  });
}

const log = (message: string) =>
  process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}\n`);

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
  const imports: DatabaseResult['imports'] = [];
  let full: Target | undefined;
  let profile: DatabaseResult['profile'];
  for (const bundle of bundles) {
    const into = await target(`import_${bundle.cases}`);
    const isLast = bundle === bundles[bundles.length - 1];
    const profileDir = join(work, `profile-${dialect}`);
    const flags = options.isProfiled && isLast ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [];
    log(
      `${dialect}: importing ${bundle.records} records (${bundle.cases} cases)${flags.length > 0 ? ', profiled' : ''}`,
    );
    const result = await runPhase<ImportResult>({ phase: 'import', target: into, file: bundle.file }, flags);
    log(
      `${dialect}: ${Math.round(result.ms)} ms, ${Math.round(result.recordsPerSec)} records/s, peak RSS ${result.peakRssMb} MiB`,
    );
    imports.push({ cases: bundle.cases, ...result });
    if (flags.length > 0) {
      const file = readdirSync(profileDir)
        .filter((f) => f.endsWith('.cpuprofile'))
        .sort()[0];
      if (file !== undefined) {
        const summary = summariseProfile(join(profileDir, file), 25);
        profile = { file: `${dialect} import of ${bundle.cases} cases`, ...summary };
      }
    }
    if (isLast) full = into;
    else if (into.dialect === 'sqlite')
      for (const suffix of ['', '-wal', '-shm']) rmSync(into.file + suffix, { force: true });
  }
  if (!full) throw new Error('no import ran');
  log(`${dialect}: raw ceiling, the same rows with the bare driver`);
  const raw = await runPhase<RawResult>({ phase: 'raw', source: full, target: await target('raw') });
  const last = imports[imports.length - 1] as ImportResult;
  log(
    `${dialect}: raw ${Math.round(raw.insertMs)} ms; import reaches ${((raw.insertMs / last.ms) * 100).toFixed(0)} % of it`,
  );
  log(`${dialect}: facts`);
  const concurrency = dialect === 'postgres' ? 4 : 1;
  const facts = await runPhase<FactsResult>({
    phase: 'facts',
    target: full,
    asOf: options.asOf,
    runs: options.factsRuns,
    concurrency,
    ...(options.factsLimit !== undefined ? { limit: options.factsLimit } : {}),
  });
  log(
    `${dialect}: facts of one case ${facts.one.medianMs.toFixed(2)} ms (median); all ${facts.all.cases} in ${(facts.all.totalMs / 1000).toFixed(1)} s`,
  );
  return { imports, raw, importToRaw: raw.insertMs / last.ms, facts, ...(profile ? { profile } : {}) };
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
    const result: BenchResult = {
      benchmark: 'casewatch import and facts',
      date: new Date().toISOString(),
      machine: {
        cpus: cpus().length,
        cpuModel: cpus()[0]?.model ?? 'unknown',
        memoryGb: Math.round((totalmem() / 2 ** 30) * 10) / 10,
        freeMemoryGb: Math.round((freemem() / 2 ** 30) * 10) / 10,
        node: process.version,
        platform: `${process.platform} ${process.arch}`,
        loadAverageBefore: loadAverageBefore.map((n) => Math.round(n * 100) / 100),
        loadAverageAfter: loadavg().map((n) => Math.round(n * 100) / 100),
      },
      options,
      bundles: bundles.map((b) => ({ ...b, file: b.file.replace(work, '$WORK') })),
      databases,
      totalSeconds: Math.round((performance.now() - started) / 100) / 10,
    };
    const json = JSON.stringify(result, null, 2) + '\n';
    mkdirSync('bench/results', { recursive: true });
    // Only a full-size run may replace the published figures; smaller runs are for trying things.
    const isPublished = !options.isQuick && options.cases >= 100_000;
    writeFileSync(isPublished ? 'bench/results/latest.json' : 'bench/results/trial.json', json);
    if (isPublished) await updatePerformanceDoc('docs/PERFORMANCE.md', result);
    else
      log('a run below 100,000 cases: wrote bench/results/trial.json; docs/PERFORMANCE.md is left as it is');
    process.stdout.write(json);
  } finally {
    await pg?.stop();
    rmSync(work, { recursive: true, force: true });
  }
}

await main();
