import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { format, resolveConfig } from 'prettier';
import type { SystemResult } from './phase-search.ts';
import type { SearchBenchResult } from './search-bench.ts';
import { QUERY_TYPES } from './search-queries.ts';

/** The markers of the search figures' block in docs/PERFORMANCE.md: a published run rewrites what lies between. */
export const SEARCH_FIGURES_START = '<!-- search figures: written by a published `npm run bench` -->';
export const SEARCH_FIGURES_END = '<!-- end of search figures -->';

const ms = (n: number) => (Number.isFinite(n) ? n.toFixed(n < 10 ? 2 : 1) : '–');
const pct = (n: number) => `${(n * 100).toFixed(1)} %`;
const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MiB`;
const int = (n: number) => n.toLocaleString('en-US');

/** The search figures of a run as Markdown: the data, then a table per question, one row per system. */
export function searchReport(search: SearchBenchResult, date: string, load: number[]): string[] {
  const systems = Object.values(search.systems).filter((s): s is SystemResult => s !== undefined);
  const { corpus } = search;
  return [
    `Measured on ${date.slice(0, 10)} (${date}); load average before: ${load.join(' ')}. Data (seed ${corpus.seed}): ${int(corpus.names)} person names (${int(corpus.persons)} people), ${int(corpus.cases)} cases, ${int(corpus.pages)} document pages.`,
    '',
    '| system | entries | build | index size | import (ours) | recall | first page | false merges |',
    '| ------ | ------: | ----: | ---------: | -----------: | -----: | ---------: | -----------: |',
    ...systems.map((s) => {
      const r = s.recall.overall;
      const imported = s.build.import ? `${(s.build.import.ms / 1000).toFixed(1)} s` : '–';
      const built = s.build.kept !== undefined ? 'kept' : `${(s.build.buildMs / 1000).toFixed(1)} s`;
      return `| ${s.system} | ${int(s.build.entries)} | ${built} | ${mib(s.build.sizeBytes)} | ${imported} | ${pct(r.recall)} (${r.found}/${r.queries}) | ${r.onFirstPage} | ${r.falseMerges} in ${r.queriesWithFalseMerge} queries |`;
    }),
    '',
    'Latency in ms, p50 / p95 / p99, per query type and overall (names: found on the first page of those asked):',
    '',
    `| system | ${QUERY_TYPES.join(' | ')} | overall |`,
    `| ------ | ${QUERY_TYPES.map(() => '---:').join(' | ')} | ---: |`,
    ...systems.map((s) => {
      const cells = QUERY_TYPES.map((t) => {
        const f = s.latency.byType[t];
        const found = f.expected > 0 ? ` (${f.found}/${f.expected})` : '';
        return `${ms(f.p50)} / ${ms(f.p95)} / ${ms(f.p99)}${found}`;
      });
      const o = s.latency.overall;
      return `| ${s.system} | ${cells.join(' | ')} | ${ms(o.p50)} / ${ms(o.p95)} / ${ms(o.p99)} |`;
    }),
    '',
    'Recall by scheme (found of asked; false merges):',
    '',
    `| scheme | ${systems.map((s) => s.system).join(' | ')} |`,
    `| ------ | ${systems.map(() => '---:').join(' | ')} |`,
    ...Object.keys(systems[0]?.recall.byScheme ?? {}).map(
      (scheme) =>
        `| ${scheme} | ${systems
          .map((s) => {
            const f = s.recall.byScheme[scheme];
            return f ? `${f.found}/${f.queries}${f.falseMerges > 0 ? `; ${f.falseMerges}` : ''}` : '–';
          })
          .join(' | ')} |`,
    ),
  ];
}

/** Rewrites the search figures' block of a Markdown file (kept among its hand-written notes), formatted. */
export async function updateSearchFigures(
  file: string,
  search: SearchBenchResult,
  date: string,
  load: number[],
): Promise<void> {
  const text = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const start = text.indexOf(SEARCH_FIGURES_START);
  const end = text.indexOf(SEARCH_FIGURES_END);
  if (start < 0 || end < start) throw new Error(`${file} has no search figures block to rewrite`);
  const block = [SEARCH_FIGURES_START, '', ...searchReport(search, date, load), '', ''].join('\n');
  const config = (await resolveConfig(file)) ?? {};
  writeFileSync(
    file,
    await format(text.slice(0, start) + block + text.slice(end), { ...config, filepath: file }),
  );
}

// `npx tsx bench/search/search-report.ts bench/results/search-latest.json` rewrites the block from a saved run.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const saved = JSON.parse(readFileSync(process.argv[2] ?? 'bench/results/search-latest.json', 'utf8')) as {
    date: string;
    machine: { loadAverageBefore: number[] };
    search: SearchBenchResult;
  };
  await updateSearchFigures('docs/PERFORMANCE.md', saved.search, saved.date, saved.machine.loadAverageBefore);
}
