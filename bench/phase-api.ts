import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { Agent, get as httpGet } from 'node:http';
import { createInterface } from 'node:readline';
import { ensureServerBuild, SERVER_BUNDLE, serverNodeFlags } from '../scripts/build-server.ts';
import { ensureWebBuild } from '../scripts/build-web.ts';
import { addUser } from '../src/core/accounts/account.service.ts';
import { createToken } from '../src/core/accounts/token.service.ts';
import { SYSTEM_ACTOR } from '../src/core/actor.ts';
import { nodeAccountDeps } from '../src/node-secrets.ts';
import { openTarget, type Target } from './target.ts';

/** Latency of one kind of request under load, in milliseconds, and how many were answered. */
export interface LatencySpread {
  path: string;
  requests: number;
  /** Answers that were not 200 (none in a sound run). */
  failures: number;
  /** The body's bytes as sent, and their encoding (gzip when the server compressed it). */
  bytes?: number;
  encoding?: string;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

/** The case page's requests under concurrent clients, and the server's memory. */
export interface ApiResult {
  dialect: Target['dialect'];
  clients: number;
  seconds: number;
  requestsPerSec: number;
  byPath: LatencySpread[];
  /** The server's resident memory after the run, and its peak (VmHWM), in MiB. */
  serverRssMb: number;
  serverPeakRssMb: number;
  /** Who the clients were: an editor's API token, who reads internal records too. */
  actingAs: 'editor';
}

/** The server's memory once it has served the case list and a sample of cases from a large database. */
export interface ServerMemoryResult {
  dialect: Target['dialect'];
  /** Pages of the case list read (100 cases a page), and cases whose page, file and facts were asked for. */
  listPages: number;
  casesListed: number;
  casesRead: number;
  failures: number;
  serverRssMb: number;
  serverPeakRssMb: number;
  actingAs: 'editor';
}

/**
 * An editor's account and API token on the target, so the benchmark reads as a researcher does (internal records
 * too), not as the public: the header that carries the token.
 */
export async function editorHeaders(target: Target): Promise<Record<string, string>> {
  const store = await openTarget(target);
  try {
    const deps = nodeAccountDeps(store);
    const name = `bench-editor-${Date.now()}`;
    await addUser(deps, SYSTEM_ACTOR, { name, roles: ['editor'] });
    const made = await createToken(deps, SYSTEM_ACTOR, { name: 'benchmark', account: name });
    return { Authorization: `Bearer ${made.token}` };
  } finally {
    await store.close();
  }
}

/** A server process on a database, and where it listens. */
interface Served {
  child: ChildProcess;
  base: string;
}

/**
 * Starts `casewatch serve` on the target in its own process (the clients must not share its thread), as `npm start`
 * runs it: from the built server, with the built web application (each built first when missing or stale).
 */
export async function startServerProcess(target: Target, env: NodeJS.ProcessEnv = {}): Promise<Served> {
  await ensureWebBuild();
  await ensureServerBuild();
  const child = spawn(process.execPath, [...serverNodeFlags(), SERVER_BUNDLE, 'serve', '--port', '0'], {
    env: {
      ...process.env,
      ...env,
      ...(target.dialect === 'sqlite' ? { CASEWATCH_DB: target.file } : { DATABASE_URL: target.url }),
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const lines = createInterface({ input: child.stdout as NodeJS.ReadableStream });
  for await (const line of lines) {
    const found = /serving on (http:\/\/[^/\s]+)\//.exec(line);
    if (found?.[1] !== undefined) return { child, base: found[1] };
  }
  throw new Error('the server stopped before it listened');
}

/** The resident memory of a process and its peak, in MiB (Linux /proc). */
export function memoryOf(pid: number): { rssMb: number; peakRssMb: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? NaN);
  return { rssMb: Math.round(kb('VmRSS') / 102.4) / 10, peakRssMb: Math.round(kb('VmHWM') / 102.4) / 10 };
}

const percentile = (sorted: readonly number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
const round = (n: number) => Math.round(n * 100) / 100;

/** One answer as a client reads it: its status and the bytes of its body as sent (gzip left compressed). */
interface Answer {
  status: number;
  bytes: number;
  encoding: string | undefined;
}

/**
 * A GET over a kept-alive connection with node's own HTTP client, which costs the machine less per request than
 * `fetch` does: the clients share the server's two cores, and what they spend is added to every latency measured.
 * It asks for gzip as a browser does and reads the body as sent, without decompressing it (a browser's work, not
 * the server's).
 */
function get(agent: Agent, url: URL, headers: Record<string, string>): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const request = httpGet(
      url,
      { agent, headers: { 'Accept-Encoding': 'gzip', ...headers } },
      (response) => {
        let bytes = 0;
        response.on('data', (chunk: Buffer) => (bytes += chunk.byteLength));
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            bytes,
            encoding: response.headers['content-encoding'],
          }),
        );
        response.on('error', reject);
      },
    );
    request.on('error', reject);
  });
}

/**
 * Clients that each ask for the paths in turn, as fast as answers come, for `seconds`, after a warm-up: the
 * latency of every answer, by path, the bytes sent, and the requests per second of them all. Each client keeps
 * its connection, as a browser does.
 */
export async function loadPaths(
  base: string,
  paths: readonly string[],
  options: { clients: number; seconds: number; warmupSeconds?: number; headers?: Record<string, string> },
): Promise<{ requestsPerSec: number; byPath: LatencySpread[] }> {
  const times = new Map(paths.map((p) => [p, [] as number[]]));
  const failures = new Map(paths.map((p) => [p, 0]));
  const sizes = new Map<string, { bytes: number; encoding: string }>();
  const agent = new Agent({ keepAlive: true, maxSockets: options.clients });
  const drive = async (until: number, isMeasured: boolean, offset: number) => {
    for (let i = offset; performance.now() < until; i++) {
      const path = paths[i % paths.length] as string;
      const started = performance.now();
      const answer = await get(agent, new URL(base + path), options.headers ?? {});
      if (!isMeasured) continue;
      times.get(path)?.push(performance.now() - started);
      sizes.set(path, { bytes: answer.bytes, encoding: answer.encoding ?? 'identity' });
      if (answer.status !== 200) failures.set(path, (failures.get(path) ?? 0) + 1);
    }
  };
  const clients = Array.from({ length: options.clients }, (_, i) => i);
  try {
    const warm = performance.now() + (options.warmupSeconds ?? 2) * 1000;
    await Promise.all(clients.map((i) => drive(warm, false, i)));
    const started = performance.now();
    await Promise.all(clients.map((i) => drive(started + options.seconds * 1000, true, i)));
    const elapsed = (performance.now() - started) / 1000;
    const byPath = paths.map((path) => {
      const sorted = [...(times.get(path) ?? [])].sort((a, b) => a - b);
      return {
        path,
        requests: sorted.length,
        failures: failures.get(path) ?? 0,
        ...(sizes.get(path) ?? {}),
        p50: round(percentile(sorted, 50)),
        p95: round(percentile(sorted, 95)),
        p99: round(percentile(sorted, 99)),
        max: round(sorted.at(-1) ?? NaN),
      };
    });
    const total = byPath.reduce((n, p) => n + p.requests, 0);
    return { requestsPerSec: Math.round(total / elapsed), byPath };
  } finally {
    agent.destroy();
  }
}

/** The case page's API calls and HTML page under concurrent clients, against a server in its own process. */
export async function runApiPhase(
  target: Target,
  request: { caseId: string; clients: number; seconds: number },
): Promise<ApiResult> {
  const headers = await editorHeaders(target);
  const served = await startServerProcess(target);
  try {
    const id = encodeURIComponent(request.caseId);
    const paths = [`/api/cases/${id}`, `/api/cases/${id}/facts`, `/cases/${id}`];
    const run = await loadPaths(served.base, paths, { ...request, headers });
    const memory = memoryOf(served.child.pid as number);
    return {
      dialect: target.dialect,
      clients: request.clients,
      seconds: request.seconds,
      ...run,
      serverRssMb: memory.rssMb,
      serverPeakRssMb: memory.peakRssMb,
      actingAs: 'editor',
    };
  } finally {
    served.child.kill('SIGTERM');
  }
}

/**
 * The server's memory on a large database: it serves the case list page by page (up to `pages`), then the page,
 * file and facts of every `every`-th case listed, from a few clients at once; its RSS and peak RSS after.
 */
export async function runServerMemoryPhase(
  target: Target,
  request: { pages: number; every: number; clients: number },
): Promise<ServerMemoryResult> {
  const headers = await editorHeaders(target);
  const served = await startServerProcess(target);
  try {
    let failures = 0;
    const get = async (path: string) => {
      const response = await fetch(served.base + path, { headers });
      if (response.status !== 200) failures++;
      return response;
    };
    const ids: string[] = [];
    let cursor: string | undefined;
    let listPages = 0;
    while (listPages < request.pages) {
      const query = cursor === undefined ? '' : `&cursor=${encodeURIComponent(cursor)}`;
      const page = (await (await get(`/api/cases?limit=100${query}`)).json()) as {
        cases: { id: string }[];
        next?: string;
      };
      listPages++;
      ids.push(...page.cases.map((c) => c.id));
      if (page.next === undefined) break;
      cursor = page.next;
    }
    const sample = ids.filter((_, i) => i % request.every === 0);
    let next = 0;
    const client = async () => {
      while (next < sample.length) {
        const id = encodeURIComponent(sample[next++] as string);
        for (const path of [`/api/cases/${id}`, `/api/cases/${id}/facts`, `/cases/${id}`])
          await (await get(path)).arrayBuffer();
      }
    };
    await Promise.all(Array.from({ length: request.clients }, client));
    const memory = memoryOf(served.child.pid as number);
    return {
      dialect: target.dialect,
      listPages,
      casesListed: ids.length,
      casesRead: sample.length,
      failures,
      serverRssMb: memory.rssMb,
      serverPeakRssMb: memory.peakRssMb,
      actingAs: 'editor',
    };
  } finally {
    served.child.kill('SIGTERM');
  }
}
