import { execFile as execFileCallback } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';

const execFile = promisify(execFileCallback);

/** Where PostgreSQL 15's server binaries live on Debian; PG_BIN overrides. */
export const PG_BIN = process.env.PG_BIN ?? '/usr/lib/postgresql/15/bin';
const UNPRIVILEGED_USER = 'pgtest';

/** A throwaway PostgreSQL cluster on loopback, for tests. */
export interface TestPostgres {
  /** The URL of a database in the cluster. */
  url(dbName: string): string;
  /** Creates a database (cloned from `template` when given) and returns its URL. */
  createDatabase(name: string, template?: string): Promise<string>;
  /** Stops the server by its pid and removes its folder. */
  stop(): Promise<void>;
}

/** Why PostgreSQL tests cannot run here, or undefined when they can; on CI a missing server is a failure, not a skip. */
export function postgresSkipReason(): string | undefined {
  if (existsSync(join(PG_BIN, 'initdb'))) return undefined;
  if (process.env.CI === 'true') return undefined; // startPostgres will fail, loudly
  return `PostgreSQL binaries not found in ${PG_BIN} (install postgresql-15 or set PG_BIN); PostgreSQL tests skipped`;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address !== null
          ? resolve(address.port)
          : reject(new Error('no port')),
      );
    });
  });
}

const quote = (arg: string): string => `'${arg.replace(/'/g, `'\\''`)}'`;

/** Runs a PostgreSQL binary, as the unprivileged user when we are root (initdb refuses root). */
async function runPg(isRoot: boolean, binary: string, args: string[]): Promise<void> {
  const path = join(PG_BIN, binary);
  if (isRoot) await execFile('su', [UNPRIVILEGED_USER, '-c', [path, ...args].map(quote).join(' ')]);
  else await execFile(path, args);
}

async function ensureUser(): Promise<void> {
  try {
    await execFile('id', [UNPRIVILEGED_USER]);
  } catch {
    await execFile('useradd', ['-M', '-s', '/bin/sh', UNPRIVILEGED_USER]);
  }
}

const isAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** Starts a fresh cluster in a temporary folder on a free loopback port; fsync off, for speed. */
export async function startPostgres(): Promise<TestPostgres> {
  if (!existsSync(join(PG_BIN, 'initdb')))
    throw new Error(`PostgreSQL binaries not found in ${PG_BIN}; install postgresql-15 or set PG_BIN`);
  const isRoot = process.getuid?.() === 0;
  const dir = mkdtempSync(join(tmpdir(), 'casewatch-pg-'));
  const data = join(dir, 'data');
  try {
    if (isRoot) {
      await ensureUser();
      const { stdout } = await execFile('id', ['-u', UNPRIVILEGED_USER]);
      chownSync(dir, Number(stdout.trim()), -1);
    }
    await runPg(isRoot, 'initdb', [
      '-D',
      data,
      '-U',
      'postgres',
      '--auth=trust',
      '-E',
      'UTF8',
      '--locale=C.UTF-8',
      '--no-sync',
    ]);
    const port = await freePort();
    const settings = `-c listen_addresses=127.0.0.1 -p ${port} -k ${dir} -c fsync=off -c synchronous_commit=off -c full_page_writes=off`;
    await runPg(isRoot, 'pg_ctl', ['-D', data, '-l', join(dir, 'log'), '-o', settings, '-w', 'start']);
    const pid = Number(readFileSync(join(data, 'postmaster.pid'), 'utf8').split('\n')[0]);
    // If the test process dies before stop(), do not leave the server running.
    const stopOnExit = () => isAlive(pid) && process.kill(pid, 'SIGINT');
    process.once('exit', stopOnExit);
    const url = (dbName: string) => `postgres://postgres@127.0.0.1:${port}/${encodeURIComponent(dbName)}`;

    return {
      url,
      async createDatabase(name, template) {
        const client = new pg.Client({ connectionString: url('postgres') });
        await client.connect();
        try {
          const from = template === undefined ? '' : ` template ${client.escapeIdentifier(template)}`;
          await client.query(`create database ${client.escapeIdentifier(name)}${from}`);
        } finally {
          await client.end();
        }
        return url(name);
      },
      async stop() {
        process.removeListener('exit', stopOnExit);
        if (isAlive(pid)) process.kill(pid, 'SIGINT'); // fast shutdown
        for (let i = 0; i < 200 && isAlive(pid); i++) await new Promise((r) => setTimeout(r, 50));
        rmSync(dir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    const log = existsSync(join(dir, 'log')) ? readFileSync(join(dir, 'log'), 'utf8').slice(-2000) : '';
    rmSync(dir, { recursive: true, force: true });
    throw new Error(
      `could not start PostgreSQL: ${error instanceof Error ? error.message : String(error)}\n${log}`,
      { cause: error },
    );
  }
}
