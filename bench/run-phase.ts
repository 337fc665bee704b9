import { spawn } from 'node:child_process';
import type { PhaseRequest } from './phase.ts';

/** Runs one phase in a fresh Node process (so its memory peak is its own) and returns its JSON answer. */
export function runPhase<T>(request: PhaseRequest, nodeFlags: string[] = []): Promise<T> {
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
