// Builds the command line and server (src/cli/run.ts) into dist/casewatch.mjs with esbuild, once: again only when a
// source is newer than the build. Run as plain JavaScript, the server loads no TypeScript transformer, keeps no
// source maps, and starts in a fraction of the time (npm start serves from it).
import { readFileSync, renameSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { isBuildStale } from './newest-file.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
/**
 * The built command line. It lies one folder under the package, as src/data-dirs.ts does, so the law, the demo
 * and the web build are found beside it; the bundle import worker lands beside it, where it is looked for.
 */
export const SERVER_BUNDLE = join(ROOT, 'dist', 'casewatch.mjs');

/**
 * The flags `npm start` gives node before the bundle (package.json's start script), so a process started to be
 * measured or tested runs as the served one does.
 */
export function serverNodeFlags(): string[] {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: { start: string } };
  const flags = /\bnode((?:\s+--\S+)*)\s+dist\/casewatch\.mjs\b/.exec(pkg.scripts.start)?.[1];
  if (flags === undefined)
    throw new Error("package.json's start script no longer runs node dist/casewatch.mjs");
  return flags.split(/\s+/).filter((f) => f !== '');
}

/** True when the bundle is missing or older than a file of src/. */
export function isServerBuildStale(): boolean {
  return isBuildStale(SERVER_BUNDLE, [join(ROOT, 'src'), join(ROOT, 'package.json')]);
}

/**
 * Bundles the sources (the packages stay in node_modules, imported as they are) for Node 20; each file is written
 * beside its place and renamed into it, so a process starting meanwhile reads the old build or the new one whole.
 */
export async function buildServer(): Promise<void> {
  const result = await build({
    entryPoints: {
      casewatch: join(ROOT, 'src', 'cli', 'run.ts'),
      'prepare-worker': join(ROOT, 'src', 'exchange', 'prepare-worker.ts'),
    },
    outdir: dirname(SERVER_BUNDLE),
    outExtension: { '.js': '.mjs' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    write: false,
    logLevel: 'warning',
  });
  mkdirSync(dirname(SERVER_BUNDLE), { recursive: true });
  for (const file of result.outputFiles) {
    const partial = `${file.path}.${process.pid}.partial`;
    writeFileSync(partial, file.contents);
    renameSync(partial, file.path);
  }
}

/** Builds when the bundle is missing or stale; says so. */
export async function ensureServerBuild(): Promise<boolean> {
  if (!isServerBuildStale()) return false;
  process.stdout.write('Building the server (src/ → dist/casewatch.mjs)…\n');
  await buildServer();
  return true;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await (process.argv.includes('--force') ? buildServer() : ensureServerBuild());
}
