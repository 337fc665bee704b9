import BetterSqlite3 from 'better-sqlite3';
import pg from 'pg';
import { openSession, type Session } from '../../src/core/access/session.ts';
import type { Store } from '../../src/core/ports.ts';
import { SEARCH_KINDS, type SearchKind, type SearchQuery } from '../../src/core/search/search.ts';
import { loadLegalKnowledge } from '../../src/store/law-files.ts';
import { BENCH_ACTOR, importFile } from '../import-file.ts';
import { describeTarget, openTarget, type Target } from '../target.ts';
import type { Corpus } from './search-corpus.ts';
import { documentPage, pageFile } from './search-documents.ts';
import type { BenchQuery } from './search-queries.ts';
import type { BuildFigures, SearchSystem, SystemAnswer } from './search-system.ts';

const MAX_PAGE = 100;

/** The search index's share of the database: every table and index whose name holds "search". */
async function indexBytes(target: Target): Promise<{ bytes: number; method: string }> {
  if (target.dialect === 'sqlite') {
    const db = new BetterSqlite3(target.file, { readonly: true });
    try {
      const row = db.prepare("select sum(pgsize) as bytes from dbstat where name like '%search%'").get() as {
        bytes: number | null;
      };
      return {
        bytes: row.bytes ?? 0,
        method: "SQLite dbstat: pages of the tables and indexes named '%search%'",
      };
    } finally {
      db.close();
    }
  }
  const client = new pg.Client({ connectionString: target.url });
  await client.connect();
  try {
    const result = await client.query<{ bytes: string | null }>(
      `select sum(pg_total_relation_size(c.oid)) as bytes from pg_class c
         join pg_namespace n on n.oid = c.relnamespace
        where c.relkind in ('r', 'p') and n.nspname = current_schema() and c.relname like '%search%'`,
    );
    return {
      bytes: Number(result.rows[0]?.bytes ?? 0),
      method: "pg_total_relation_size of the tables named '%search%' (their indexes and TOAST included)",
    };
  } finally {
    await client.end();
  }
}

/** What a kept database's index holds, counted; nothing is timed, as nothing was built. */
async function keptFigures(target: Target): Promise<BuildFigures> {
  if (target.dialect !== 'sqlite') throw new Error('only a kept SQLite database can be measured again');
  const db = new BetterSqlite3(target.file, { readonly: true });
  const count = (table: string) =>
    (db.prepare(`select count(*) as n from ${table}`).get() as { n: number }).n;
  const counted = { entries: count('search_entries'), records: count('search_records') };
  db.close();
  const size = await indexBytes(target);
  return {
    entries: counted.entries,
    records: counted.records,
    buildMs: 0,
    sizeBytes: size.bytes,
    sizeMethod: size.method,
    kept: describeTarget(target),
  };
}

const isKind = (k: string): k is SearchKind => (SEARCH_KINDS as readonly string[]).includes(k);

/** Pages written a transaction: as many readings as that, each of one file. */
const PAGES_AT_ONCE = 500;

/**
 * Keeps the generated pages as the reading of their files would: each file's row and its page through the
 * document writer (`putPages`, which indexes the page for every source keeping the file). Done before the
 * import, as a reading is done before a copy of the file is added elsewhere: the sources then find their
 * pages as they are written.
 */
async function writePages(store: Store, corpus: Corpus): Promise<void> {
  for (let start = 0; start < corpus.pages; start += PAGES_AT_ONCE)
    await store.run(BENCH_ACTOR, async (tx) => {
      const files = tx.documents;
      if (files === undefined) throw new Error('this store keeps no documents');
      for (let n = start; n < Math.min(corpus.pages, start + PAGES_AT_ONCE); n++) {
        const page = documentPage(corpus.seed, n, corpus.cases, corpus.persons, corpus.families);
        const file = pageFile(page);
        // Two pages of the same text are one file, read once.
        if (!(await files.addFile({ ...file, textStatus: 'done', pageCount: page.page }))) continue;
        await files.putPages(file.sha256, [{ page: page.page, text: page.text, method: 'text' }]);
        await files.setText(file.sha256, { pagesDone: page.page });
      }
    });
}

/**
 * Casewatch's own search on a store: the bundles imported as `casewatch import` does, the index rebuilt from
 * the records as `casewatch search rebuild` does (timed as the build), and every query through an admin's session.
 */
export function ourSearch(corpus: Corpus, target: Target, bundles: string[], isKept = false): SearchSystem {
  let store: Store | undefined;
  let session: Session | undefined;
  const notes = [
    'the cases and the people are imported as records first (the import time is given apart); the build is `search rebuild` over them',
    "the pages are kept as a reading keeps them (each file's page in document_pages, indexed by the document writer) before the import, whose time includes them; the rebuild indexes them again from document_pages",
    "queries through an administrator's session (every record readable; the read scope is still applied in SQL)",
  ];
  return {
    name: target.dialect,
    notes,
    async build(): Promise<BuildFigures> {
      store = await openTarget(target);
      session = openSession(store, BENCH_ACTOR);
      if (isKept) return keptFigures(target);
      const law = loadLegalKnowledge('data/law');
      const imported = performance.now();
      await writePages(store, corpus);
      let records = 0;
      for (const file of bundles) records += (await importFile(store, law, file)).total;
      const importMs = performance.now() - imported;
      const started = performance.now();
      const rebuilt = await session.rebuildSearch();
      const buildMs = performance.now() - started;
      const size = await indexBytes(target);
      return {
        entries: rebuilt.entries,
        records: rebuilt.records,
        buildMs,
        sizeBytes: size.bytes,
        sizeMethod: size.method,
        import: { ms: importMs, records },
      };
    },
    async search(query: BenchQuery, limit: number): Promise<SystemAnswer> {
      if (!session) throw new Error('the index is not built');
      const kinds = query.kinds?.filter(isKind);
      const ask: SearchQuery = {
        text: query.text,
        ...(kinds ? { kinds } : {}),
        ...(query.jurisdiction ? { jurisdiction: query.jurisdiction } : {}),
        limit: Math.min(limit, MAX_PAGE),
      };
      const ids: string[] = [];
      let page = await session.search(ask);
      ids.push(...page.hits.map((h) => h.id));
      while (ids.length < limit && page.next !== undefined) {
        page = await session.search({
          ...ask,
          cursor: page.next,
          limit: Math.min(limit - ids.length, MAX_PAGE),
        });
        ids.push(...page.hits.map((h) => h.id));
      }
      return { ids, total: page.total };
    },
    close: async () => {
      await store?.close();
    },
  };
}
