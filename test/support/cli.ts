import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';

/** The repository's root, where the CLI's tests run it from unless told otherwise. */
export const ROOT = join(import.meta.dirname, '..', '..');
/** The casewatch command as installed. */
export const BIN = join(ROOT, 'bin', 'casewatch.mjs');

/** What a run of the CLI did. */
export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs the CLI to its end with this environment on top of the test's (less its database settings) and the
 * arguments, in `cwd` (the repository by default).
 */
export function runCli(env: Record<string, string>, args: string[], cwd = ROOT): CliRun {
  const { CASEWATCH_DB: _db, DATABASE_URL: _url, ...rest } = process.env;
  const r = spawnSync(process.execPath, [BIN, ...args], {
    env: { ...rest, CASEWATCH_USER: 'tester', ...env },
    encoding: 'utf8',
    cwd,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/**
 * Another process that takes SQLite's write lock on `file` and holds it for `ms` milliseconds (until killed
 * when omitted), as a second casewatch importing into the same file would. Resolves once the lock is held.
 */
export async function holdWriteLock(file: string, ms?: number): Promise<ChildProcess> {
  const code = `const db = new (require('better-sqlite3'))(process.argv[1]);
db.exec('begin immediate');
process.stdout.write('locked\\n');
const ms = Number(process.argv[2]);
setTimeout(() => { db.exec('commit'); db.close(); }, ms > 0 ? ms : 2 ** 31 - 1);`;
  const child = spawn(process.execPath, ['-e', code, file, String(ms ?? 0)], { cwd: ROOT });
  const [chunk] = (await once(child.stdout, 'data')) as [Buffer];
  if (chunk.toString() !== 'locked\n') throw new Error(`the lock holder said ${chunk.toString()}`);
  return child;
}
