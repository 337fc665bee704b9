import { join } from 'node:path';
import { BIG_CASE_ID, writeBigCaseBundle } from './big-case.ts';
import type { ImportResult } from './phase-import.ts';
import type { ApiResult, ServerMemoryResult } from './phase-api.ts';
import { runPhase } from './run-phase.ts';
import type { Target } from './target.ts';

/** The API part of one database: the case page's requests on a big case, and the server's memory. */
export interface ApiBenchResult {
  /** Records the generated big case holds with its own (charges, measures, hearings, decisions, sources, persons). */
  caseRecords: number;
  load: ApiResult;
  /** On the database the benchmark keeps for the facts (100,000 cases in a full run); absent with --only-api. */
  memory?: ServerMemoryResult;
}

/** How the API part runs: clients, seconds measured, and the seed and size of the big case. */
export interface ApiOptions {
  seed: number;
  clients: number;
  seconds: number;
  caseRecords: number;
}

const log = (message: string) =>
  process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}\n`);

/**
 * Generates the big case, imports it into a fresh database, and drives the case page's requests against
 * `casewatch serve` on it from concurrent clients, signed in with an editor's API token.
 */
export async function benchCaseApi(
  dialect: Target['dialect'],
  options: ApiOptions,
  work: string,
  fresh: (name: string) => Promise<Target>,
  drop: (t: Target) => Promise<void>,
): Promise<Omit<ApiBenchResult, 'memory'>> {
  const file = join(work, 'big-case.json');
  const caseRecords = writeBigCaseBundle(file, options.seed, options.caseRecords);
  const target = await fresh('api_big_case');
  try {
    log(`${dialect}: importing one case of ${caseRecords} records for the API`);
    await runPhase<ImportResult>({ phase: 'import', target, file });
    log(`${dialect}: the case page's requests, ${options.clients} clients, ${options.seconds} s`);
    const load = await runPhase<ApiResult>({
      phase: 'api',
      target,
      caseId: BIG_CASE_ID,
      clients: options.clients,
      seconds: options.seconds,
    });
    const worst = Math.max(...load.byPath.map((p) => p.p95));
    log(
      `${dialect}: ${load.requestsPerSec} requests/s, worst p95 ${worst} ms, server RSS ${load.serverRssMb} MiB`,
    );
    return { caseRecords, load };
  } finally {
    await drop(target);
  }
}

/** The server's memory on a database already full of cases: the list read through, a sample of cases opened. */
export async function benchServerMemory(target: Target): Promise<ServerMemoryResult> {
  log(`${target.dialect}: the server's memory on the kept database`);
  const memory = await runPhase<ServerMemoryResult>({
    phase: 'server-memory',
    target,
    pages: 1_000,
    every: 100,
    clients: 4,
  });
  log(`${target.dialect}: server RSS ${memory.serverRssMb} MiB, peak ${memory.serverPeakRssMb} MiB`);
  return memory;
}

const fixed = (n: number, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : '–');

/** The report's section on the API, from each database's result (none when the run had no API part). */
export function apiReport(dbs: [string, { api?: ApiBenchResult }][]): string[] {
  const withApi = dbs.filter((e): e is [string, { api: ApiBenchResult }] => e[1].api !== undefined);
  if (withApi.length === 0) return [];
  const first = withApi[0]?.[1].api;
  return [
    '',
    '## The case page under load',
    '',
    `One generated case of ${first?.caseRecords ?? '–'} records, imported into a fresh database; \`casewatch serve\``,
    `in its own process; ${first?.load.clients ?? '–'} clients each asking for the case file, its facts and the HTML`,
    `page in turn, for ${first?.load.seconds ?? '–'} s after a 2 s warm-up, with an editor's API token (internal`,
    'records included), each on its own kept-alive connection and taking gzip as a browser does. Targets: p95 ≤ 20 ms',
    'for the case’s API on SQLite; server RSS ≤ 200 MiB.',
    '',
    '| database | path | requests | failures | body KiB as sent | p50 ms | p95 ms | p99 ms | max ms |',
    '|---|---|---:|---:|---:|---:|---:|---:|---:|',
    ...withApi.flatMap(([n, d]) =>
      d.api.load.byPath.map(
        (p) =>
          `| ${n} | \`${p.path.replace(/case%3A[^/]+/, '{id}')}\` | ${p.requests} | ${p.failures} | ${p.bytes === undefined ? '–' : `${fixed(p.bytes / 1024)}${p.encoding === 'gzip' ? ' (gzip)' : ''}`} | ${fixed(p.p50, 2)} | ${fixed(p.p95, 2)} | ${fixed(p.p99, 2)} | ${fixed(p.max, 2)} |`,
      ),
    ),
    '',
    '| database | requests/s | server RSS MiB after the load | peak RSS MiB | RSS MiB with the kept database | peak | cases listed | cases opened |',
    '|---|---:|---:|---:|---:|---:|---:|---:|',
    ...withApi.map(([n, { api }]) => {
      const m = api.memory;
      return `| ${n} | ${api.load.requestsPerSec} | ${fixed(api.load.serverRssMb)} | ${fixed(api.load.serverPeakRssMb)} | ${m ? fixed(m.serverRssMb) : '–'} | ${m ? fixed(m.serverPeakRssMb) : '–'} | ${m?.casesListed ?? '–'} | ${m?.casesRead ?? '–'} |`;
    }),
  ];
}
