import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { openSession } from '../src/core/access/session.ts';
import { PUBLIC_ACTOR } from '../src/core/actor.ts';
import { searchCases, type CaseListRequest } from '../src/core/case/case-search.service.ts';
import { SYSTEM_CLOCK } from '../src/system-clock.ts';
import { loadLegalKnowledge } from '../src/store/law-files.ts';
import { openPostgresStore } from '../src/store/postgres.ts';
import { openSqliteStore } from '../src/store/sqlite.ts';
import { writeBundleFile } from './generate.ts';
import { importFile } from './import-file.ts';

// How long the case list takes with each filter and order on a generated database, as the public reads it:
// the first page, and the tenth page reached through the cursor. Prints JSON; not a timed test.
//   npx tsx bench/list-filters.ts --cases 25000 [--db FILE] [--postgres URL] [--only NAME]

const { values } = parseArgs({
  options: {
    cases: { type: 'string', default: '25000' },
    db: { type: 'string' },
    postgres: { type: 'string' },
    runs: { type: 'string', default: '5' },
    /** Only the queries whose names contain this. */
    only: { type: 'string' },
  },
});
const cases = Number(values.cases);
const runs = Number(values.runs);
const law = loadLegalKnowledge('data/law');

const QUERIES: [string, CaseListRequest][] = [
  ['by id', {}],
  ['jurisdiction', { jurisdiction: 'kz' }],
  ['article 405(1)', { article: '405(1)' }],
  ['article 174 ever', { article: '174', isArticleEver: true }],
  ['measure house_arrest', { measure: 'house_arrest' }],
  ['measure custody ever', { measure: 'custody', isMeasureEver: true }],
  ['organisation', { organisation: 'org:kz-almaty-prosecutor' }],
  ['opened 2022', { openedFrom: '2022-01-01', openedTo: '2022-12-31' }],
  ['sort title', { sort: 'title' }],
  ['sort opened desc', { sort: 'opened', direction: 'desc' }],
  ['sort changed desc', { sort: 'changed', direction: 'desc' }],
  ['article 272 by opened', { article: '272', sort: 'opened', direction: 'desc' }],
  ['status in_custody', { status: 'in_custody' }],
  ['status serving_sentence', { status: 'serving_sentence' }],
];

async function timed<T>(work: () => Promise<T>): Promise<[number, T]> {
  const started = performance.now();
  const result = await work();
  return [performance.now() - started, result];
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

async function measure(dialect: string, store: Awaited<ReturnType<typeof openSqliteStore>>) {
  const deps = { session: openSession(store, PUBLIC_ACTOR), law, clock: SYSTEM_CLOCK };
  const results = [];
  for (const [name, query] of QUERIES.filter(([n]) => values.only === undefined || n.includes(values.only))) {
    const first: number[] = [];
    let found = 0;
    for (let r = 0; r < runs; r++) {
      const [ms, page] = await timed(() => searchCases(deps, { ...query, limit: 25 }));
      first.push(ms);
      found = page.cases.length;
    }
    // The tenth page, each reached through the cursor of the one before.
    const [deepMs] = await timed(async () => {
      let after;
      for (let p = 0; p < 10; p++) {
        const page = await searchCases(deps, { ...query, limit: 25, ...(after ? { after } : {}) });
        after = page.next;
        if (after === undefined) break;
      }
    });
    process.stderr.write(
      `${dialect} ${name}: ${Math.round(median(first))} ms, ten pages ${Math.round(deepMs)} ms\n`,
    );
    results.push({
      dialect,
      query: name,
      firstPageMs: Math.round(median(first)),
      onPage: found,
      tenPagesMs: Math.round(deepMs),
    });
  }
  return results;
}

const dir = mkdtempSync(join(tmpdir(), 'casewatch-lists-'));
const file = values.db ?? join(dir, 'lists.db');
const bundle = join(dir, 'bundle.json');
const needsImport = !existsSync(file);
if (needsImport || values.postgres !== undefined) await writeBundleFile(bundle, { cases, seed: 1 });
const sqlite = await openSqliteStore({ file });
if (needsImport) await importFile(sqlite, law, bundle);
const out = await measure('sqlite', sqlite);
await sqlite.close();
if (values.postgres !== undefined) {
  const pg = await openPostgresStore({ url: values.postgres });
  if ((await pg.reader.count('case')) === 0) await importFile(pg, law, bundle);
  out.push(...(await measure('postgres', pg)));
  await pg.close();
}
process.stdout.write(`${JSON.stringify({ cases, results: out }, null, 2)}\n`);
