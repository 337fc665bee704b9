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
import { caseRecord, personRecord } from '../../test/support/record-fixtures.ts';
import { postgresSkipReason } from '../../test/support/postgres.ts';
import { createTestDatabase } from '../../test/support/stores.ts';

const CASES = Array.from({ length: 60 }, (_, i) => ({
  ...caseRecord(`case:o${String(i).padStart(2, '0')}`),
  title: `Case ${String((i * 37) % 60).padStart(2, '0')}`,
}));

// The case list's orders as it writes them (record-lists.ts): a page after a cursor, in order, to a limit.
const BY_TITLE = `select c.id from cases c where (coalesce(c.data ->> 'title', '') > 'Case 10'
  or (coalesce(c.data ->> 'title', '') = 'Case 10' and c.id > 'case:o00'))
  order by coalesce(c.data ->> 'title', '') asc, c.id asc limit 25`;
const BY_CHANGE = `select c.id from cases c order by c.updated_at desc, c.id desc limit 25`;
const PERSONS_BY_NAME = `select p.id from persons p
  order by coalesce(p.data -> 'names' -> 0 ->> 'value', '') asc, p.id asc limit 25`;
const PERSONS_BY_CHANGE = `select p.id from persons p order by p.updated_at desc, p.id desc limit 25`;
const PERSONS = Array.from({ length: 30 }, (_, i) => personRecord(`person:o${String(i).padStart(2, '0')}`));

test('SQLite reads the lists by title, name and last change from an index in order, with no sort', async () => {
  const file = join(mkdtempSync(join(tmpdir(), 'casewatch-order-')), 'c.db');
  const store = await openSqliteStore({ file });
  await store.run(SYSTEM_ACTOR, async (tx) => {
    await tx.createMany('case', CASES);
    await tx.createMany('person', PERSONS);
  });
  await store.close();
  const db = new BetterSqlite3(file, { readonly: true });
  try {
    const plan = (query: string) =>
      (db.prepare(`explain query plan ${query}`).all() as { detail: string }[])
        .map((r) => r.detail)
        .join('; ');
    assert.match(plan(BY_TITLE), /USING (COVERING )?INDEX cases_title/);
    assert.match(plan(BY_CHANGE), /USING (COVERING )?INDEX cases_changed/);
    assert.match(plan(PERSONS_BY_NAME), /USING (COVERING )?INDEX persons_name/);
    assert.match(plan(PERSONS_BY_CHANGE), /USING (COVERING )?INDEX persons_changed/);
    for (const query of [BY_TITLE, BY_CHANGE, PERSONS_BY_NAME, PERSONS_BY_CHANGE])
      assert.doesNotMatch(plan(query), /TEMP B-TREE/);
    // The same rows as sorting every case would give.
    const titles = db.prepare(BY_TITLE).all() as { id: string }[];
    const sorted = CASES.filter((c) => c.title >= 'Case 10' && c.id > 'case:o00')
      .sort((a, b) => (a.title < b.title ? -1 : 1))
      .map((c) => c.id);
    assert.deepEqual(
      titles.map((r) => r.id),
      sorted.slice(0, 25),
    );
  } finally {
    db.close();
  }
});

test("PostgreSQL matches the list's title order to its index", { skip: postgresSkipReason() }, async () => {
  const url = await createTestDatabase();
  const store = await openPostgresStore({ url, poolSize: 1 });
  await store.run(SYSTEM_ACTOR, (tx) => tx.createMany('case', CASES));
  await store.close();
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    // Sixty rows are cheaper to sort than to read by index: asked not to scan, the planner shows the index matches.
    await client.query('set enable_seqscan = off');
    await client.query('set enable_sort = off');
    const plan = async (query: string) =>
      (await client.query<{ 'QUERY PLAN': string }>(`explain ${query}`)).rows
        .map((r) => r['QUERY PLAN'])
        .join('\n');
    assert.match(await plan(BY_TITLE), /cases_title/);
    assert.match(await plan(BY_CHANGE), /cases_changed/);
  } finally {
    await client.end();
  }
});
