import assert from 'node:assert/strict';
import { test } from 'node:test';
import BetterSqlite3 from 'better-sqlite3';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { SYSTEM_ACTOR } from '../core/actor.ts';
import { openPostgresStore } from './postgres.ts';
import { openSqliteStore } from './sqlite.ts';
import { refreshPlannerStatistics } from './sqlite-statistics.ts';
import { caseRecord, chargeRecord, personRecord } from '../../test/support/record-fixtures.ts';
import { postgresSkipReason } from '../../test/support/postgres.ts';
import { createTestDatabase } from '../../test/support/stores.ts';

const CASES = Array.from({ length: 40 }, (_, i) => caseRecord(`case:c${String(i).padStart(2, '0')}`));

test(
  'PostgreSQL: refreshing statistics in a transaction tells the planner the rows it wrote',
  {
    skip: postgresSkipReason(),
  },
  async () => {
    const url = await createTestDatabase();
    const rowsPlanned = async (): Promise<number> => {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        const r = await client.query<{ n: string }>(
          "select reltuples as n from pg_class where relname = 'cases'",
        );
        return Number(r.rows[0]?.n);
      } finally {
        await client.end();
      }
    };
    const store = await openPostgresStore({ url, poolSize: 1 });
    try {
      await store.run(SYSTEM_ACTOR, (tx) => tx.createMany('case', CASES.slice(0, 20)));
      assert.ok((await rowsPlanned()) < 20, 'a table filled without it has no figure the planner can use');
      await store.run(SYSTEM_ACTOR, async (tx) => {
        await tx.createMany('case', CASES.slice(20));
        await tx.refreshStatistics(['case', 'case']);
      });
      assert.equal(await rowsPlanned(), 40);
    } finally {
      await store.close();
    }
  },
);

// Which index SQLite reads a case's public charges through.
function chargesPlan(file: string): string {
  const db = new BetterSqlite3(file, { readonly: true });
  try {
    const rows = db
      .prepare(
        "explain query plan select * from charges where case_id = 'case:c01' and visibility in ('public') order by id",
      )
      .all() as { detail: string }[];
    return rows.map((r) => r.detail).join('; ');
  } finally {
    db.close();
  }
}

async function fileWithCharges(): Promise<string> {
  const file = join(mkdtempSync(join(tmpdir(), 'cw-stats-')), 'cw.db');
  const store = await openSqliteStore({ file });
  try {
    await store.run(SYSTEM_ACTOR, async (tx) => {
      await tx.createMany('person', [personRecord('person:mamay')]);
      await tx.createMany('case', CASES);
      await tx.createMany(
        'charge',
        CASES.flatMap((c, i) =>
          [0, 1, 2].map((n) =>
            chargeRecord(`charge:${i}-${n}`, c.id, { visibility: n === 0 ? 'internal' : 'public' }),
          ),
        ),
      );
    });
  } finally {
    await store.close();
  }
  return file;
}

test('SQLite: a database opened without statistics is analysed, and reads a case by its index', async () => {
  const file = await fileWithCharges();
  const raw = new BetterSqlite3(file);
  raw.exec('drop table if exists sqlite_stat1');
  raw.close();
  // Without statistics the planner takes the visibility for selective: every public charge, then the case.
  assert.match(chargesPlan(file), /charges_visibility/);
  const store = await openSqliteStore({ file });
  await store.close();
  assert.match(chargesPlan(file), /charges_case_id/);
});

test('SQLite: refreshing statistics in a transaction counts the rows it wrote', async () => {
  const store = await openSqliteStore({ file: ':memory:' });
  try {
    await store.run(SYSTEM_ACTOR, async (tx) => {
      await tx.createMany('case', CASES);
      await tx.refreshStatistics(['case']);
    });
    assert.equal((await store.reader.list('case')).length, 40);
  } finally {
    await store.close();
  }
  const file = await fileWithCharges();
  const raw = new BetterSqlite3(file);
  raw.exec('drop table if exists sqlite_stat1');
  raw.close();
  const again = await openSqliteStore({ file });
  try {
    await again.run(SYSTEM_ACTOR, (tx) => tx.refreshStatistics(['charge']));
  } finally {
    await again.close();
  }
  const counted = new BetterSqlite3(file, { readonly: true });
  const stat = counted.prepare("select stat from sqlite_stat1 where idx = 'charges_case_id'").get() as
    { stat: string } | undefined;
  counted.close();
  assert.match(stat?.stat ?? '', /^120 /);
});

/** The rows SQLite's statistics give an index of a table, or undefined without them. */
function statisticsOf(file: string, table: string): number | undefined {
  const db = new BetterSqlite3(file, { readonly: true });
  try {
    const row = db
      .prepare('select stat from sqlite_stat1 where tbl = ? and idx is not null limit 1')
      .get(table) as { stat: string } | undefined;
    return row === undefined ? undefined : Number(row.stat.split(' ')[0]);
  } finally {
    db.close();
  }
}

test("SQLite: a large write's statistics and a rebuild's count the search index's rows too", async () => {
  const file = await fileWithCharges();
  const store = await openSqliteStore({ file });
  try {
    const raw = new BetterSqlite3(file);
    raw.exec('drop table if exists sqlite_stat1');
    const facets = (raw.prepare('select count(*) as n from search_facets').get() as { n: number }).n;
    const entries = (raw.prepare('select count(*) as n from search_entries').get() as { n: number }).n;
    raw.close();
    assert.ok(facets > 100 && entries > 100);
    await store.run(SYSTEM_ACTOR, (tx) => tx.refreshStatistics(['charge']));
    assert.equal(statisticsOf(file, 'search_facets'), facets);
    const again = new BetterSqlite3(file);
    again.exec('delete from sqlite_stat1');
    again.close();
    assert.equal(statisticsOf(file, 'search_entries'), undefined);
    await store.search?.rebuild();
    assert.equal(statisticsOf(file, 'search_entries'), entries);
    assert.equal(statisticsOf(file, 'search_records'), 40 + 120 + 1);
  } finally {
    await store.close();
  }
});

test('SQLite: a long-running store refreshes its statistics after a write once the interval has passed', async () => {
  const counted = async (statisticsEveryMs?: number): Promise<string[]> => {
    const file = join(mkdtempSync(join(tmpdir(), 'cw-stats-')), 'cw.db');
    const store = await openSqliteStore({
      file,
      ...(statisticsEveryMs === undefined ? {} : { statisticsEveryMs }),
    });
    try {
      await store.run(SYSTEM_ACTOR, (tx) => tx.createMany('case', CASES));
      // The next write, once the interval has passed, is followed by the refresh.
      await store.run(SYSTEM_ACTOR, (tx) => tx.createMany('person', [personRecord('person:later')]));
    } finally {
      await store.close();
    }
    const raw = new BetterSqlite3(file, { readonly: true });
    try {
      const hasStats =
        raw.prepare("select 1 from sqlite_master where name = 'sqlite_stat1'").get() !== undefined;
      if (!hasStats) return [];
      return (raw.prepare('select distinct tbl from sqlite_stat1').all() as { tbl: string }[]).map(
        (r) => r.tbl,
      );
    } finally {
      raw.close();
    }
  };
  assert.ok(!(await counted()).includes('cases'), 'within the interval the cases written have no statistics');
  assert.ok((await counted(0)).includes('cases'), 'past it, the cases written are counted');
});

/** How SQLite would read a range of the full-text index's pages, as FTS5 deletes them while merging. */
function pagesRangePlan(db: BetterSqlite3.Database): string {
  const rows = db
    .prepare('explain query plan select id from search_fts_data where id >= ? and id <= ?')
    .all(1, 2) as { detail: string }[];
  return rows.map((r) => r.detail).join('; ');
}
const BY_KEY = /INTEGER PRIMARY KEY \(rowid>\? AND rowid<\?\)/;

test("SQLite: the full-text index's pages are never counted as a few rows, so a range of them is read by its key", async () => {
  const file = await fileWithCharges();
  const reading = (): string => {
    const db = new BetterSqlite3(file, { readonly: true });
    try {
      return pagesRangePlan(db);
    } finally {
      db.close();
    }
  };
  assert.match(reading(), BY_KEY);
  // Counted while the index held two rows, as a new database's first opening counts it.
  const raw = new BetterSqlite3(file);
  raw.exec("update sqlite_stat1 set stat = '2' where tbl = 'search_fts_data'");
  raw.close();
  assert.match(reading(), /SCAN search_fts_data/);
  const store = await openSqliteStore({ file });
  await store.close();
  assert.match(reading(), BY_KEY);
});

test('SQLite: the connection that counted the pages as a few rows reads a range of them by its key at once', () => {
  const db = new BetterSqlite3(':memory:');
  try {
    db.exec('create virtual table search_fts using fts5(words, terms)');
    db.exec("insert into search_fts (words, terms) values ('a b', 'c')");
    db.exec('analyze');
    assert.doesNotMatch(pagesRangePlan(db), BY_KEY);
    refreshPlannerStatistics(db);
    assert.match(pagesRangePlan(db), BY_KEY);
  } finally {
    db.close();
  }
});
