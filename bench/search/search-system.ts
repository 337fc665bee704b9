import type { BenchQuery } from './search-queries.ts';

/** What a system answers a query with: the ids found, best first (at most the limit asked), and how many in all. */
export interface SystemAnswer {
  ids: string[];
  total: number;
}

/** What building a system's index cost: the time, and the index's size in bytes (how it is taken, said aside). */
export interface BuildFigures {
  /** What the index holds: the peers one entry per record; ours one per searchable field of a record. */
  entries: number;
  /** Ours: the records the rebuild read. */
  records?: number;
  buildMs: number;
  sizeBytes: number;
  sizeMethod: string;
  /** Ours: the import of the bundles before the index is rebuilt (the index also changes as records are written). */
  import?: { ms: number; records: number };
  /** Ours on a database kept from an earlier run (`--search-kept`): nothing was built, `buildMs` is 0. */
  kept?: string;
}

/** One system the search benchmark measures: ours on SQLite or PostgreSQL, or a peer over the same data. */
export interface SearchSystem {
  readonly name: string;
  /** What the system leaves out or treats otherwise, said in the results. */
  readonly notes: string[];
  build(): Promise<BuildFigures>;
  search(query: BenchQuery, limit: number): Promise<SystemAnswer>;
  close(): Promise<void>;
}
