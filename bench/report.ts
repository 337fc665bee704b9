import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { apiReport } from './api-bench.ts';
import type { ImportResult } from './phase-import.ts';
import type { RawResult } from './phase-raw.ts';
import type { BenchResult, DatabaseResult, ProfileSummary, SizeResult, Spread } from './run.ts';

/** Everything below this line in docs/PERFORMANCE.md is written by hand and kept when the bench rewrites the file. */
export const NOTES_MARKER =
  '<!-- Hand-written notes below this line are kept when `npm run bench` rewrites this file. -->';

const int = (n: number) => Math.round(n).toLocaleString('en-GB');
const ms = (n: number) => (n >= 10_000 ? `${(n / 1000).toFixed(1)} s` : `${Math.round(n)} ms`);
const fixed = (n: number, digits = 2) => n.toFixed(digits);

/** The sizes of a result; a result saved before sizes were recorded had the raw copy at its largest only. */
export function sizesOf(d: DatabaseResult): SizeResult[] {
  if (Array.isArray(d.sizes)) return d.sizes;
  const old = d as unknown as {
    imports: (ImportResult & { cases: number })[];
    raw: RawResult;
    importToRaw: number;
  };
  const last = old.imports[old.imports.length - 1];
  return old.imports.map((i) => {
    const isLast = i === last;
    const ratio = isLast ? old.importToRaw : NaN;
    const one = (n: number) => ({ min: n, median: n, max: n });
    return {
      cases: i.cases,
      runs: isLast
        ? [{ import: i, raw: old.raw, importToRaw: ratio, loadAverageBefore: [], loadAverageAfter: [] }]
        : [],
      importToRaw: one(ratio),
      importMs: one(i.ms),
      rawInsertMs: one(isLast ? old.raw.insertMs : NaN),
    };
  });
}

const range = (s: Spread, f: (n: number) => string) =>
  s.min === s.max ? f(s.median) : `${f(s.median)} (${f(s.min)}–${f(s.max)})`;

function databaseRows(name: string, d: DatabaseResult): string[] {
  return sizesOf(d).map((size) => {
    const first = size.runs[0];
    const r = size.importToRaw;
    const ratio = Number.isFinite(r.median)
      ? `${fixed(r.min)} / **${fixed(r.median)}** / ${fixed(r.max)}`
      : '–';
    return `| ${name} | ${int(size.cases)} | ${first ? int(first.import.records) : '–'} | ${first ? int(first.import.rows) : '–'} | ${size.runs.length} | ${range(size.importMs, ms)} | ${Number.isFinite(size.rawInsertMs.median) ? range(size.rawInsertMs, ms) : '–'} | ${ratio} |`;
  });
}

function runRows(name: string, d: DatabaseResult): string[] {
  return sizesOf(d).flatMap((size) =>
    size.runs.map(
      (run, i) =>
        `| ${name} | ${int(size.cases)} | ${i + 1} | ${ms(run.import.ms)} | ${int(run.import.recordsPerSec)} | ${ms(run.raw.insertMs)} | ${int(run.raw.rowsPerSec)} | ${fixed(run.importToRaw)} | ${run.loadAverageBefore.join(' ') || '–'} | ${run.loadAverageAfter.join(' ') || '–'} |`,
    ),
  );
}

function memoryRows(name: string, d: DatabaseResult): string[] {
  return sizesOf(d).flatMap((size) => {
    const imports = size.runs.map((run) => run.import);
    const first = imports[0];
    if (!first) return [];
    const most = (f: (i: ImportResult) => number) => fixed(Math.max(...imports.map(f)), 0);
    return [
      `| ${name} | ${int(size.cases)} | ${int(first.records)} | ${imports.length} | ${most((i) => i.peakRssMb)} | ${most((i) => i.maxRssMb)} | ${most((i) => i.peakHeapUsedMb)} |`,
    ];
  });
}

function factsRows(name: string, d: DatabaseResult): string[] {
  const f = d.facts;
  if (f === undefined) return [];
  return [
    `| ${name} | ${fixed(f.one.medianMs)} | ${fixed(f.one.medianLoadMs)} | ${fixed(f.one.medianComputeMs)} | ${fixed(f.one.p95Ms)} | ${int(f.all.cases)} | ${ms(f.all.totalMs)} | ${fixed(f.all.perCaseMs)} | ${f.all.concurrency} | ${fixed(f.all.peakRssMb, 0)} |`,
  ];
}

function profileTable(p: ProfileSummary): string[] {
  const ours = p.bySelf.filter((l) => !l.fn.startsWith('(') || l.fn.startsWith('(garbage')).slice(0, 15);
  return [
    '',
    `### Where the time goes: ${p.file} (${ms(p.totalMs)} of CPU samples)`,
    '',
    '| self ms | total ms | function |',
    '|---:|---:|---|',
    ...ours.map((l) => `| ${int(l.selfMs)} | ${int(l.totalMs)} | \`${l.fn}\` |`),
  ];
}

function profileSection(_name: string, d: DatabaseResult): string[] {
  return d.profile ? profileTable(d.profile) : [];
}

/** The command line that reproduces a run. */
function command(r: BenchResult): string {
  const o = r.options;
  const flags = [
    ...(o.isQuick
      ? ['--quick']
      : o.isApiOnly === true && o.sizes.length === 1 && o.sizes[0] === o.cases
        ? o.cases !== 100_000
          ? [`--cases ${o.cases}`]
          : []
        : o.sizes.length !== 2 || o.sizes[0] !== Math.round(o.cases / 4)
          ? [`--sizes ${o.sizes.join(',')}`]
          : o.cases !== 100_000
            ? [`--cases ${o.cases}`]
            : []),
    ...(o.only !== undefined ? [`--only ${o.only}`] : []),
    ...(o.seed !== 20220105 ? [`--seed ${o.seed}`] : []),
    ...(o.isProfiled ? ['--profile'] : []),
    ...(o.factsLimit !== undefined ? [`--facts-limit ${o.factsLimit}`] : []),
    ...(o.isApiOnly === true ? ['--only-api'] : []),
    ...(o.api !== undefined && o.api.seconds !== 10 ? [`--api-seconds ${o.api.seconds}`] : []),
    ...(o.api !== undefined && o.api.clients !== 50 ? [`--api-clients ${o.api.clients}`] : []),
    ...(o.isPublished && !o.isQuick && o.cases < 100_000 ? ['--publish'] : []),
    ...(o.isApiOnly !== true && o.runs !== undefined && o.runs.some((n) => n !== 3)
      ? [`--runs ${[...new Set(o.runs)].length === 1 ? o.runs[0] : o.runs.join(',')}`]
      : []),
  ];
  return flags.length === 0 ? 'npm run bench' : `npm run bench -- ${flags.join(' ')}`;
}

/** The generated part of docs/PERFORMANCE.md: the figures of one run, the machine, and how to reproduce them. */
export function renderReport(r: BenchResult): string {
  const dbs = Object.entries(r.databases).filter((e): e is [string, DatabaseResult] => e[1] !== undefined);
  const m = r.machine;
  const sizes = r.bundles.map(
    (b) =>
      `${int(b.cases)} cases = ${int(b.records)} records, ${fixed(b.bytes / 2 ** 20, 0)} MiB of JSON (generated in ${ms(b.ms)}${Number.isFinite(b.peakRssMb) ? `, peak RSS ${fixed(b.peakRssMb, 0)} MiB` : ''})`,
  );
  return [
    '# Performance',
    '',
    `Measured by \`${command(r)}\` on ${r.date.slice(0, 10)}`,
    `(${r.date}); the whole run took ${r.totalSeconds} s. The JSON of this run is \`bench/results/latest.json\`.`,
    '',
    `Machine: ${m.cpus} × ${m.cpuModel}, ${m.memoryGb} GiB memory, Node ${m.node}, ${m.platform}.`,
    `Load average before / after: ${m.loadAverageBefore.join(' ')} / ${m.loadAverageAfter.join(' ')}` +
      (Math.max(...m.loadAverageBefore, ...m.loadAverageAfter) > m.cpus * 0.75
        ? ' — high for this machine: the benchmark’s own import runs two threads (one reads, one writes), and any other work adds to that; the run-by-run loads are below.'
        : '.'),
    '',
    `Bundles (synthetic, seed ${r.options.seed}, from \`bench/generate.ts\`): ${sizes.join('; ')}.`,
    '',
    '## Import: the application path against the raw ceiling',
    '',
    'Import = `readBundle` → `importBundle` (zod, integrity checks, one transaction, a revision per record), timed',
    'from the first byte read to the commit. Raw = the very rows that import wrote (records, revisions, names,',
    'participants, the transaction row), copied from the imported database into a fresh database migrated by the',
    'store, with the bare driver in one transaction; only the inserts and the commit are timed. The ratio is import',
    'throughput over raw throughput (target ≥ 0.55 on either database, at each size). Each run is an import and,',
    'right after it, the raw copy of what it wrote: the ratio is taken run by run, and the table gives the least,',
    'the median and the most of the runs, never the best alone. Times are medians (least–most).',
    '',
    '| database | cases | records | rows | runs | import | raw insert | import/raw min / median / max |',
    '|---|---:|---:|---:|---:|---:|---:|---:|',
    ...dbs.flatMap(([n, d]) => databaseRows(n, d)),
    '',
    ...dbs.map(
      ([n, d]) => `- ${n} raw method: ${sizesOf(d).find((x) => x.runs[0])?.runs[0]?.raw.method ?? '–'}.`,
    ),
    '',
    'Run by run, with the load average (1, 5, 15 minutes) as the import began and as its raw copy ended:',
    '',
    '| database | cases | run | import | records/s | raw insert | raw rows/s | import/raw | load before | load after |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---|---|',
    ...dbs.flatMap(([n, d]) => runRows(n, d)),
    '',
    '## Memory while importing (each import in its own process)',
    '',
    'Peak RSS is sampled every 100 ms; max RSS is the kernel’s high-water mark for the process (it includes',
    'start-up). Flat memory means the peak barely moves when the bundle grows four times.',
    '',
    '| database | cases | records | runs | peak RSS MiB (sampled, most) | max RSS MiB (kernel, most) | peak heap used MiB (most) |',
    '|---|---:|---:|---:|---:|---:|---:|',
    ...dbs.flatMap(([n, d]) => memoryRows(n, d)),
    '',
    '## Facts',
    '',
    `\`loadCaseFile\` + \`computeCaseFacts\` as of ${r.options.asOf}. One case: the median of ${r.options.factsRuns} cases spread over the`,
    'database, after a warm-up. All cases: case ids read page by page (500 a page), each case loaded and computed.',
    '',
    '| database | one case median ms | load ms | compute ms | p95 ms | all cases | total | per case ms | in flight | peak RSS MiB |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...dbs.flatMap(([n, d]) => factsRows(n, d)),
    ...apiReport(dbs),
    ...dbs.flatMap(([n, d]) => profileSection(n, d)),
    '',
    '## How to reproduce',
    '',
    '```bash',
    'npm run bench                      # 100,000 cases (and 25,000), SQLite and PostgreSQL, 3 runs (import + raw) per size',
    'npm run bench -- --quick           # 2,000 cases, a smoke run: writes bench/results/trial.json (as does any run below 100,000 cases), not this file',
    'npm run bench -- --only sqlite     # or postgres; --cases N; --seed S; --profile (CPU profile of the import)',
    'npm run bench -- --runs 5          # runs per size (default 3 when published, else 1); --runs 3,1: 3 at 25,000, 1 at 100,000',
    'npm run bench -- --cases 25000 --publish   # publish a smaller run (this file and latest.json), saying so',
    'npm run bench -- --sizes 25000     # only these bundle sizes (default: a quarter of --cases, and --cases)',
    'npm run bench -- --only-api --cases 2000 --api-seconds 3   # only the case page under load and the server memory',
    'npm run bench -- --only-search --quick   # only search: ours and the peers at a small size (see "Search" below)',
    'npx tsx bench/generate.ts --cases 1000 --out /tmp/bundle.json   # just a bundle',
    'npx tsx bench/phase.ts \'{"phase":"breakdown","target":{"dialect":"sqlite","file":"/tmp/b.db"},"file":"/tmp/bundle.json"}\'',
    'npx tsx bench/report.ts bench/results/latest.json               # rewrite this file from a saved run',
    '```',
    '',
    'PostgreSQL 15 must be installed (`/usr/lib/postgresql/15/bin`, or set `PG_BIN`); the bench starts a',
    'throwaway cluster (fsync off, as the tests do) and stops it at the end. As root it runs the server as the',
    'unprivileged user `pgtest`. Everything (bundles, databases, the cluster) goes to a temporary folder (`BENCH_DIR`',
    'or the system one) that is removed at the end; the 100,000-case run needs several GB of free disk.',
    '',
  ].join('\n');
}

/**
 * Rewrites the generated part of docs/PERFORMANCE.md, keeps the hand-written notes below the marker, and formats
 * the whole with the project's Prettier settings so `npm run format:check` stays green.
 */
export async function updatePerformanceDoc(file: string, result: BenchResult): Promise<void> {
  const previous = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const at = previous.indexOf(NOTES_MARKER);
  const notes = at >= 0 ? previous.slice(at) : `${NOTES_MARKER}\n`;
  const config = (await resolveConfig(file)) ?? {};
  writeFileSync(file, await format(`${renderReport(result)}\n${notes}`, { ...config, filepath: file }));
}

// `npx tsx bench/report.ts [bench/results/latest.json]` rewrites docs/PERFORMANCE.md from a saved result.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await updatePerformanceDoc(
    'docs/PERFORMANCE.md',
    JSON.parse(readFileSync(process.argv[2] ?? 'bench/results/latest.json', 'utf8')) as BenchResult,
  );
}
