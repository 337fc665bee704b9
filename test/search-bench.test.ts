import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { PersonSchema } from '../src/core/person/person.ts';
import { loadNameFolder } from '../src/store/name-folding-file.ts';
import { corpusEntries, corpusOf, personCount } from '../bench/search/search-corpus.ts';
import type { SystemResult } from '../bench/search/phase-search.ts';
import { latencyOf, recallOf } from '../bench/search/search-figures.ts';
import {
  SEARCH_FIGURES_END,
  SEARCH_FIGURES_START,
  updateSearchFigures,
} from '../bench/search/search-report.ts';
import { benchPerson, labelledPersons } from '../bench/search/search-names.ts';
import { queryMix, QUERY_TYPES, recallChecks, type RecallCheck } from '../bench/search/search-queries.ts';

const folder = loadNameFolder();
const spec = { seed: 20220105, names: 300, cases: 20, pages: 15 };

test('the search data is the same from the same seed, and another seed gives other data', () => {
  const once = [...corpusEntries(corpusOf(spec, folder))];
  const again = [...corpusEntries(corpusOf(spec, folder))];
  assert.deepEqual(again, once);
  const other = [...corpusEntries(corpusOf({ ...spec, seed: 7 }, folder))];
  assert.notDeepEqual(
    other.filter((e) => e.kind === 'person').map((e) => e.text),
    once.filter((e) => e.kind === 'person').map((e) => e.text),
  );
  const corpus = corpusOf(spec, folder);
  assert.deepEqual(
    queryMix(spec.seed, 4, corpus.persons, corpus.families),
    queryMix(spec.seed, 4, corpus.persons, corpus.families),
  );
});

test('the generated people hold the names asked for, are valid records, and no family name is a labelled one', () => {
  const corpus = corpusOf(spec, folder);
  let names = 0;
  for (let n = 0; n < corpus.persons; n++) {
    const person = benchPerson(spec.seed, n, corpus.families);
    names += person.names.length;
    assert.ok(PersonSchema.safeParse(person).success, person.id);
  }
  assert.ok(names >= spec.names && names <= spec.names + 1, `${names} names`);
  assert.equal(personCount(spec.seed, spec.names), corpus.persons);
  for (const p of labelledPersons()) assert.ok(PersonSchema.safeParse(p).success, p.id);
  const mamay = folder.foldWord('Мамай');
  assert.ok(!corpus.families.some((f) => folder.foldWord(f).some((k) => mamay.includes(k))));
});

test('the mix holds each type in turn, and names the person each name query must find', () => {
  const corpus = corpusOf(spec, folder);
  const mix = queryMix(spec.seed, 3, corpus.persons, corpus.families);
  assert.deepEqual(
    mix.slice(0, QUERY_TYPES.length).map((q) => q.type),
    [...QUERY_TYPES],
  );
  for (const q of mix.filter(
    (q) => q.type === 'declined' || q.type === 'other-script' || q.type === 'exact-name',
  ))
    assert.match(q.expect ?? '', /^person:bench-\d{7}$/);
  const checks = recallChecks();
  assert.ok(checks.length >= 300);
  assert.ok(checks.some((c) => c.person === 'person:labelled-mamay' && c.text === 'MAMAY Zhanbolat'));
});

test('recall counts a person found deep or on the first page, and a labelled other person as a false merge', () => {
  const checks: RecallCheck[] = [
    { scheme: 'iso-9', text: 'a', person: 'p1' },
    { scheme: 'iso-9', text: 'b', person: 'p2' },
    { scheme: 'icao', text: 'c', person: 'p1' },
    { scheme: 'icao', text: 'd', person: 'p3' },
  ];
  const deep = [...Array<string>(25).fill('x'), 'p2'];
  const answers = [['p1', 'p2', 'g1'], deep, ['g1'], ['p1', 'p2', 'p3']];
  const r = recallOf(checks, answers, new Set(['p1', 'p2', 'p3']), 20);
  assert.deepEqual(r.overall, {
    queries: 4,
    found: 3,
    recall: 0.75,
    onFirstPage: 2,
    falseMerges: 3,
    queriesWithFalseMerge: 2,
  });
  assert.equal(r.byScheme['iso-9']?.recall, 1);
  assert.equal(r.byScheme['iso-9']?.onFirstPage, 1);
  assert.equal(r.byScheme.icao?.found, 1);
  assert.equal(r.byScheme.icao?.falseMerges, 2);
  assert.deepEqual(r.missed, [{ scheme: 'icao', text: 'c' }]);
  assert.deepEqual(r.merged, [
    { scheme: 'iso-9', text: 'a', person: 'p1', found: 'p2' },
    { scheme: 'icao', text: 'd', person: 'p3', found: 'p1' },
    { scheme: 'icao', text: 'd', person: 'p3', found: 'p2' },
  ]);
  assert.throws(() => recallOf(checks, answers.slice(1), new Set()), /3 answers to 4 recall checks/);
});

test('latency percentiles are taken by the nearest rank', () => {
  const ms = Array.from({ length: 100 }, (_, i) => i + 1);
  assert.deepEqual(latencyOf(ms), { count: 100, p50: 50, p95: 95, p99: 99, max: 100 });
  assert.deepEqual(latencyOf([3, 1, 2]), { count: 3, p50: 2, p95: 3, p99: 3, max: 3 });
  assert.ok(Number.isNaN(latencyOf([]).p50));
});

test('a published run rewrites only the search figures between their markers', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'cw-search-report-'));
  try {
    const file = join(dir, 'PERFORMANCE.md');
    writeFileSync(
      file,
      `# Before\n\n${SEARCH_FIGURES_START}\n\nold figures\n\n${SEARCH_FIGURES_END}\n\n## After\n`,
    );
    const system = {
      system: 'minisearch' as const,
      notes: [],
      build: { entries: 10, buildMs: 1500, sizeBytes: 2 ** 20, sizeMethod: 'test' },
      recall: recallOf([{ scheme: 'iso-9', text: 'a', person: 'p1' }], [['p1']], new Set(['p1'])),
      latency: {
        overall: latencyOf([1, 2, 3]),
        byType: Object.fromEntries(
          QUERY_TYPES.map((t) => [t, { ...latencyOf([1, 2, 3]), expected: 0, found: 0, medianTotal: 1 }]),
        ) as SystemResult['latency']['byType'],
      },
      memory: { peakRssMb: 1, peakHeapUsedMb: 1, maxRssMb: 1, samples: 1 },
    };
    const search = { corpus: { ...spec, persons: 250 }, notes: [], systems: { minisearch: system } };
    await updateSearchFigures(file, search, '2026-12-02T00:00:00.000Z', [0.1, 0.2, 0.3]);
    const text = readFileSync(file, 'utf8');
    assert.ok(text.startsWith('# Before\n'));
    assert.ok(text.endsWith('## After\n'));
    assert.doesNotMatch(text, /old figures/);
    // Prettier pads the table's cells: compare them trimmed.
    const rows = text.split('\n').map((line) => line.split('|').map((cell) => cell.trim()));
    assert.ok(
      rows.some((r) => r.join('|') === '|minisearch|10|1.5 s|1.0 MiB|–|100.0 % (1/1)|1|0 in 0 queries|'),
    );
    assert.ok(rows.some((r) => r.join('|') === '|iso-9|1/1|'));
    writeFileSync(file, '# No block\n');
    await assert.rejects(updateSearchFigures(file, search, '2026-12-02', []), /no search figures block/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
