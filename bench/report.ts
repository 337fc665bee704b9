import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { format, resolveConfig } from 'prettier';
import type { BenchResult, DatabaseResult } from './run.ts';

/** Everything below this line in docs/PERFORMANCE.md is written by hand and kept when the bench rewrites the file. */
export const NOTES_MARKER =
  '<!-- Hand-written notes below this line are kept when `npm run bench` rewrites this file. -->';

const int = (n: number) => Math.round(n).toLocaleString('en-GB');
const ms = (n: number) => (n >= 10_000 ? `${(n / 1000).toFixed(1)} s` : `${Math.round(n)} ms`);
const fixed = (n: number, digits = 2) => n.toFixed(digits);

function databaseRows(name: string, d: DatabaseResult): string[] {
  const last = d.imports[d.imports.length - 1];
  if (!last) return [];
  return [
    `| ${name} | ${int(last.cases)} | ${int(last.records)} | ${int(last.rows)} | ${ms(last.ms)} | ${int(last.recordsPerSec)} | ${int(last.rowsPerSec)} | ${ms(d.raw.insertMs)} | ${int(d.raw.rowsPerSec)} | **${fixed(d.importToRaw)}** |`,
  ];
}

function memoryRows(name: string, d: DatabaseResult): string[] {
  return d.imports.map(
    (i) =>
      `| ${name} | ${int(i.cases)} | ${int(i.records)} | ${fixed(i.peakRssMb, 0)} | ${fixed(i.maxRssMb, 0)} | ${fixed(i.peakHeapUsedMb, 0)} |`,
  );
}

function factsRows(name: string, d: DatabaseResult): string[] {
  const f = d.facts;
  return [
    `| ${name} | ${fixed(f.one.medianMs)} | ${fixed(f.one.medianLoadMs)} | ${fixed(f.one.medianComputeMs)} | ${fixed(f.one.p95Ms)} | ${int(f.all.cases)} | ${ms(f.all.totalMs)} | ${fixed(f.all.perCaseMs)} | ${f.all.concurrency} | ${fixed(f.all.peakRssMb, 0)} |`,
  ];
}

function profileSection(name: string, d: DatabaseResult): string[] {
  if (!d.profile) return [];
  const ours = d.profile.bySelf
    .filter((l) => !l.fn.startsWith('(') || l.fn.startsWith('(garbage'))
    .slice(0, 15);
  return [
    '',
    `### Where the ${name} import's time goes (${d.profile.file}, ${ms(d.profile.totalMs)} of CPU samples)`,
    '',
    '| self ms | total ms | function |',
    '|---:|---:|---|',
    ...ours.map((l) => `| ${int(l.selfMs)} | ${int(l.totalMs)} | \`${l.fn}\` |`),
  ];
}

/** The command line that reproduces a run. */
function command(r: BenchResult): string {
  const o = r.options;
  const flags = [
    ...(o.isQuick ? ['--quick'] : o.cases !== 100_000 ? [`--cases ${o.cases}`] : []),
    ...(o.only !== undefined ? [`--only ${o.only}`] : []),
    ...(o.seed !== 20220105 ? [`--seed ${o.seed}`] : []),
    ...(o.isProfiled ? ['--profile'] : []),
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
        ? ' — the machine was shared with other work, so timings are noisy.'
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
    'throughput over raw throughput (target ≥ 0.5 on SQLite).',
    '',
    '| database | cases | records | rows | import | records/s | rows/s | raw insert | raw rows/s | import/raw |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...dbs.flatMap(([n, d]) => databaseRows(n, d)),
    '',
    ...dbs.map(([n, d]) => `- ${n} raw method: ${d.raw.method}.`),
    '',
    '## Memory while importing (each import in its own process)',
    '',
    'Peak RSS is sampled every 100 ms; max RSS is the kernel’s high-water mark for the process (it includes',
    'start-up). Flat memory means the peak barely moves when the bundle grows four times.',
    '',
    '| database | cases | records | peak RSS MiB (sampled) | max RSS MiB (kernel) | peak heap used MiB |',
    '|---|---:|---:|---:|---:|---:|',
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
    ...dbs.flatMap(([n, d]) => profileSection(n, d)),
    '',
    '## How to reproduce',
    '',
    '```bash',
    'npm run bench                      # 100,000 cases (and 25,000), SQLite and PostgreSQL',
    'npm run bench -- --quick           # 2,000 cases, a smoke run: writes bench/results/trial.json (as does any run below 100,000 cases), not this file',
    'npm run bench -- --only sqlite     # or postgres; --cases N; --seed S; --profile (CPU profile of the import)',
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
