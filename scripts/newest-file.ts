import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** The latest modification time of a file, or of any file under a folder (node_modules and tests left out). */
export function newestIn(path: string): number {
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  let newest = info.mtimeMs;
  for (const name of readdirSync(path)) {
    if (name === 'node_modules' || name.endsWith('.test.ts')) continue;
    newest = Math.max(newest, newestIn(join(path, name)));
  }
  return newest;
}

/** True when a build's output is missing or older than a file of its sources: it must be built again. */
export function isBuildStale(output: string, sources: readonly string[]): boolean {
  if (!existsSync(output)) return true;
  const built = statSync(output).mtimeMs;
  return sources.some((source) => newestIn(source) > built);
}
