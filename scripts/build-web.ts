// Builds the web application (web/) into dist/web with Vite, once: again only when a source is newer than the build.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { WEB_DIR as WEB_OUT } from '../src/data-dirs.ts';
import { isBuildStale } from './newest-file.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SOURCES = [join(ROOT, 'web'), join(ROOT, 'src', 'core')];

/** True when dist/web is missing or older than a file of web/ or of the core it imports. */
export function isWebBuildStale(): boolean {
  return isBuildStale(join(WEB_OUT, 'index.html'), SOURCES);
}

/** Builds the application with Vite: JSX by Vite's own transform (React's automatic runtime), no plugin. */
export async function buildWeb(): Promise<void> {
  await build({
    root: join(ROOT, 'web'),
    configFile: false,
    logLevel: 'warn',
    base: '/',
    oxc: { jsx: { runtime: 'automatic', importSource: 'react' } },
    build: {
      outDir: WEB_OUT,
      emptyOutDir: true,
      // The preload polyfill would be an inline script, which the Content-Security-Policy refuses.
      modulePreload: { polyfill: false },
      assetsInlineLimit: 0,
      chunkSizeWarningLimit: 1024,
      sourcemap: false,
      rolldownOptions: {
        // React Query marks its files "use client" for server components, which this application does not use.
        onLog(level, log, handler) {
          if (log.code !== 'MODULE_LEVEL_DIRECTIVE') handler(level, log);
        },
      },
    },
  });
}

/** Builds when the build is missing or stale; says so, as `npm start` runs it before serving. */
export async function ensureWebBuild(): Promise<boolean> {
  if (!isWebBuildStale()) return false;
  process.stdout.write('Building the web application (web/ → dist/web)…\n');
  await buildWeb();
  return true;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const force = process.argv.includes('--force');
  await (force ? buildWeb() : ensureWebBuild());
}
