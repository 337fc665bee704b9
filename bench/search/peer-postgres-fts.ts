import pg from 'pg';
import { corpusEntries, type Corpus, type PeerEntry } from './search-corpus.ts';
import type { BenchQuery } from './search-queries.ts';
import type { BuildFigures, SearchSystem, SystemAnswer } from './search-system.ts';

const ROWS_A_STATEMENT = 1_000;

/**
 * Plain PostgreSQL full-text over the same entries, without our folding: a `to_tsvector('simple', text)` column
 * with a GIN index, queries by `websearch_to_tsquery('simple', …)` (every word required, quotes a phrase), ranked
 * by `ts_rank`. Its own table in a database of its own.
 */
export function postgresFtsPeer(corpus: Corpus, url: string): SearchSystem {
  const client = new pg.Client({ connectionString: url });
  return {
    name: 'postgres-fts',
    notes: [
      "to_tsvector('simple') and websearch_to_tsquery('simple'): no folding, no stemming, no article forms",
    ],
    async build(): Promise<BuildFigures> {
      await client.connect();
      const started = performance.now();
      await client.query(
        `create table peer_entries (id text primary key, kind text not null, jurisdiction text, body text not null,
           tsv tsvector generated always as (to_tsvector('simple', body)) stored)`,
      );
      let entries = 0;
      let batch: PeerEntry[] = [];
      const flush = async () => {
        if (batch.length === 0) return;
        const values = batch.map((_, i) => `($${i * 4 + 1}, $${i * 4 + 2}, $${i * 4 + 3}, $${i * 4 + 4})`);
        await client.query(
          `insert into peer_entries (id, kind, jurisdiction, body) values ${values.join(', ')}`,
          batch.flatMap((e) => [e.id, e.kind, e.jurisdiction ?? null, e.text]),
        );
        batch = [];
      };
      for (const entry of corpusEntries(corpus)) {
        batch.push(entry);
        entries++;
        if (batch.length === ROWS_A_STATEMENT) await flush();
      }
      await flush();
      await client.query('create index peer_entries_tsv on peer_entries using gin (tsv)');
      await client.query('analyze peer_entries');
      const buildMs = performance.now() - started;
      const size = await client.query<{ bytes: string }>(
        "select pg_total_relation_size('peer_entries') as bytes",
      );
      return {
        entries,
        buildMs,
        sizeBytes: Number(size.rows[0]?.bytes ?? 0),
        sizeMethod: "pg_total_relation_size('peer_entries'): the text, its tsvector and the GIN index",
      };
    },
    async search(query: BenchQuery, limit: number): Promise<SystemAnswer> {
      const params: unknown[] = [query.text, limit];
      let where = "tsv @@ websearch_to_tsquery('simple', $1)";
      if (query.kinds) {
        params.push(query.kinds);
        where += ` and kind = any($${params.length})`;
      }
      if (query.jurisdiction) {
        params.push(query.jurisdiction);
        where += ` and jurisdiction = $${params.length}`;
      }
      const result = await client.query<{ id: string; total: string }>(
        `select id, count(*) over () as total from peer_entries
          where ${where}
          order by ts_rank(tsv, websearch_to_tsquery('simple', $1)) desc, id
          limit $2`,
        params,
      );
      return { ids: result.rows.map((r) => r.id), total: Number(result.rows[0]?.total ?? 0) };
    },
    close: () => client.end(),
  };
}
