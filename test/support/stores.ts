import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, afterEach, beforeEach, describe } from 'node:test';
import type { Clock, Store } from '../../src/core/ports.ts';
import { openPostgresStore } from '../../src/store/postgres.ts';
import type { SearchBounds } from '../../src/store/search/search-stream.ts';
import { openSqliteStore } from '../../src/store/sqlite.ts';
import { postgresSkipReason, startPostgres, type TestPostgres } from './postgres.ts';

/** A clock that starts at `start` and moves one second on each reading: deterministic instants for tests. */
export function steppingClock(start = '2024-01-01T00:00:00.000Z', stepMs = 1000): Clock {
  let t = Date.parse(start);
  return {
    now() {
      const value = new Date(t).toISOString();
      t += stepMs;
      return value;
    },
  };
}

/** Deterministic ids: tx-1, tx-2, … */
export function countingIds(prefix = 'tx'): () => string {
  let n = 0;
  return () => `${prefix}-${++n}`;
}

const TEMPLATE = 'casewatch_template';
let cluster: Promise<{ pg: TestPostgres; template: string }> | undefined;
let databases = 0;

/** One cluster per test process, with a migrated template that each test's database is cloned from. */
function sharedPostgres(): Promise<{ pg: TestPostgres; template: string }> {
  cluster ??= (async () => {
    const pg = await startPostgres();
    const store = await openPostgresStore({ url: await pg.createDatabase(TEMPLATE), poolSize: 1 });
    await store.close();
    return { pg, template: TEMPLATE };
  })();
  return cluster;
}

/** The URL of a new database in the shared cluster: empty, or cloned from the migrated template. */
export async function createTestDatabase(options: { isMigrated?: boolean } = {}): Promise<string> {
  const { pg, template } = await sharedPostgres();
  return pg.createDatabase(
    `test_${process.pid}_${++databases}`,
    options.isMigrated === false ? undefined : template,
  );
}

after(async () => {
  if (cluster !== undefined) await (await cluster).pg.stop();
});

/** Options for each store a test gets. */
export interface TestStoreOptions {
  clock?: () => Clock;
  /** Small bounds reach a broad search's paths with a few records. */
  searchBounds?: SearchBounds;
}

/**
 * Registers the same tests for SQLite (a temporary file) and PostgreSQL (a database cloned from a migrated
 * template); each test gets a fresh, empty, migrated store with a stepping clock and counting tx ids.
 */
export function forEachStore(
  name: string,
  body: (getStore: () => Store) => void,
  options: TestStoreOptions = {},
): void {
  const clock = options.clock ?? (() => steppingClock());
  let store: Store | undefined;
  const getStore = (): Store => {
    if (store === undefined)
      throw new Error('the store is opened in beforeEach; call getStore() inside a test');
    return store;
  };
  const closeStore = async () => {
    await store?.close();
    store = undefined;
  };

  describe(`${name} [sqlite]`, () => {
    let dir: string;
    beforeEach(async () => {
      dir = mkdtempSync(join(tmpdir(), 'casewatch-sqlite-'));
      store = await openSqliteStore({
        file: join(dir, 'test.db'),
        clock: clock(),
        newId: countingIds(),
        searchBounds: options.searchBounds,
      });
    });
    afterEach(async () => {
      await closeStore();
      rmSync(dir, { recursive: true, force: true });
    });
    body(getStore);
  });

  const skip = postgresSkipReason();
  describe(`${name} [postgres]`, skip === undefined ? {} : { skip }, () => {
    beforeEach(async () => {
      const url = await createTestDatabase();
      store = await openPostgresStore({
        url,
        clock: clock(),
        newId: countingIds(),
        poolSize: 4,
        searchBounds: options.searchBounds,
      });
    });
    afterEach(closeStore);
    body(getStore);
  });
}
