/**
 * Extraction throughput on the Russian document texts written for the tests (test/fixtures/documents): every page
 * through extractSuggestions with the Kazakh law data and a small list of known persons, 5 timed runs after a
 * warm-up, reported as pages/s and MB/s (UTF-8) with their spread. Prints JSON.
 *
 *   npx tsx bench/extract/extract-bench.ts [--runs N] [--repeat N]
 *
 * --repeat concatenates the corpus N times per run (default 20), so that a run lasts long enough to time.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import {
  citationLawFromPack,
  extractSuggestions,
  mergeCitationLaw,
  PersonFinder,
} from '../../src/ingest/extract/index.ts';
import { readLawPack } from '../../src/store/law-files.ts';
import { loadNameFolder } from '../../src/store/name-folding-file.ts';

const DIR = 'test/fixtures/documents';

interface Spread {
  min: number;
  median: number;
  max: number;
}

const spread = (xs: number[]): Spread => {
  const sorted = [...xs].sort((a, b) => a - b);
  const round = (n: number): number => Math.round(n * 100) / 100;
  return {
    min: round(sorted[0] ?? 0),
    median: round(sorted[Math.floor(sorted.length / 2)] ?? 0),
    max: round(sorted.at(-1) ?? 0),
  };
};

function main(): void {
  const { values } = parseArgs({ options: { runs: { type: 'string' }, repeat: { type: 'string' } } });
  const runs = Number(values.runs ?? 5);
  const repeat = Number(values.repeat ?? 20);
  if (!Number.isInteger(runs) || runs < 1 || !Number.isInteger(repeat) || repeat < 1)
    throw new Error('--runs and --repeat are whole numbers of at least 1');
  const files = readdirSync(DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort();
  const pages = files.flatMap((f) => readFileSync(join(DIR, f), 'utf8').split('\f'));
  const bytes = pages.reduce((n, p) => n + Buffer.byteLength(p, 'utf8'), 0);
  const law = mergeCitationLaw([citationLawFromPack(readLawPack('data/law/kz'))], {
    jurisdiction: 'kz',
    code: 'cc',
  });
  const persons = new PersonFinder(loadNameFolder(), [
    {
      id: 'p1',
      names: [
        { value: 'Мамай Жанболат Ахметжанович', family: 'Мамай' },
        { value: 'Zhanbolat Mamai', family: 'Mamai' },
      ],
    },
    { id: 'p2', names: [{ value: 'Серикбаев Алмас Нурланович', family: 'Серикбаев' }] },
    { id: 'p3', names: [{ value: 'Садыкова Инга Тимуровна', family: 'Садыкова' }] },
  ]);
  const context = { law, persons };
  let suggestions = 0;
  for (const page of pages) suggestions += extractSuggestions(page, context).length; // warm-up
  const pagesPerSecond: number[] = [];
  const megabytesPerSecond: number[] = [];
  for (let r = 0; r < runs; r++) {
    const started = process.hrtime.bigint();
    for (let i = 0; i < repeat; i++) for (const page of pages) extractSuggestions(page, context);
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    pagesPerSecond.push((pages.length * repeat) / seconds);
    megabytesPerSecond.push((bytes * repeat) / 1e6 / seconds);
  }
  const result = {
    corpus: { files, pages: pages.length, bytes, suggestionsPerPass: suggestions },
    runs,
    repeat,
    pagesPerSecond: spread(pagesPerSecond),
    megabytesPerSecond: spread(megabytesPerSecond),
    machine: { cpus: cpus().length, loadAverage: loadavg().map((l) => Math.round(l * 100) / 100) },
    node: process.version,
  };
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
}

main();
