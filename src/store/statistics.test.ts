import assert from 'node:assert/strict';
import { test } from 'node:test';
import pg from 'pg';
import { SYSTEM_ACTOR } from '../core/actor.ts';
import { openPostgresStore } from './postgres.ts';
import { openSqliteStore } from './sqlite.ts';
import { caseRecord } from '../../test/support/record-fixtures.ts';
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

test('SQLite: refreshing statistics is allowed in a transaction and changes nothing', async () => {
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
});
