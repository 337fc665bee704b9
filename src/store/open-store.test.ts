import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import BetterSqlite3 from 'better-sqlite3';
import { SYSTEM_ACTOR } from '../core/actor.ts';
import type { Store } from '../core/ports.ts';
import { postgresSkipReason } from '../../test/support/postgres.ts';
import { createTestDatabase } from '../../test/support/stores.ts';
import { openStore } from './open-store.ts';
import { caseRecord } from '../../test/support/record-fixtures.ts';

/** Opens the same database twice: migrations run again and change nothing; data written before is still there. */
async function assertReopens(open: () => Promise<Store>, dialect: Store['dialect']): Promise<void> {
  const first = await open();
  assert.equal(first.dialect, dialect);
  await first.run(SYSTEM_ACTOR, (tx) => tx.create('case', caseRecord('case:kept')));
  await first.close();
  const second = await open();
  try {
    assert.equal((await second.reader.get('case', 'case:kept'))?.version, 1);
    assert.equal((await second.reader.history('case', 'case:kept')).length, 1);
  } finally {
    await second.close();
  }
}

describe('openStore', () => {
  test(
    'an up-to-date SQLite database opens and reads while another process holds its write lock',
    { timeout: 60_000 },
    async () => {
      const dir = mkdtempSync(join(tmpdir(), 'casewatch-open-'));
      const file = join(dir, 'busy.db');
      try {
        const first = await openStore({ CASEWATCH_DB: file });
        await first.run(SYSTEM_ACTOR, (tx) => tx.create('case', caseRecord('case:kept')));
        await first.close();
        const writer = new BetterSqlite3(file);
        writer.exec('begin immediate');
        try {
          const reading = await openStore({ CASEWATCH_DB: file });
          assert.equal((await reading.reader.get('case', 'case:kept'))?.version, 1);
          await reading.close();
        } finally {
          writer.exec('rollback');
          writer.close();
        }
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  );

  test('opens SQLite at CASEWATCH_DB, creating its folder, and migrates idempotently', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'casewatch-open-'));
    try {
      const env = { CASEWATCH_DB: join(dir, 'nested', 'folder', 'cw.db') };
      await assertReopens(() => openStore(env), 'sqlite');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('opens an in-memory SQLite store', async () => {
    const store = await openStore({ CASEWATCH_DB: ':memory:' });
    await store.run(SYSTEM_ACTOR, (tx) => tx.create('case', caseRecord('case:m')));
    assert.equal(await store.reader.count('case'), 1);
    await store.close();
  });

  const skip = postgresSkipReason();
  test(
    'opens PostgreSQL when DATABASE_URL is set, and migrates idempotently',
    skip === undefined ? {} : { skip },
    async () => {
      const url = await createTestDatabase({ isMigrated: false });
      await assertReopens(
        () => openStore({ DATABASE_URL: url, CASEWATCH_DB: '/nonexistent/never.db' }),
        'postgres',
      );
    },
  );
});
