import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import pg from 'pg';
import { openSession } from '../core/access/session.ts';
import { SYSTEM_ACTOR } from '../core/actor.ts';
import { isDomainError } from '../core/errors.ts';
import type { Store } from '../core/ports.ts';
import { createApp } from '../api/app.ts';
import { loadLegalKnowledge } from './law-files.ts';
import { openPostgresStore } from './postgres.ts';
import { openSqliteStore } from './sqlite.ts';
import { isPostgresUnavailable, isSqliteUnavailable } from './unavailable.ts';
import { caseRecord } from '../../test/support/record-fixtures.ts';
import { postgresSkipReason } from '../../test/support/postgres.ts';
import { createTestDatabase } from '../../test/support/stores.ts';

const law = loadLegalKnowledge('data/law');

/**
 * Every door of a store whose database has failed: its reader, a snapshot, the API and (`isWriteChecked`) a
 * unit of work.
 */
async function assertEveryDoorSaysUnavailable(store: Store, isWriteChecked: boolean): Promise<void> {
  const unavailable = (error: unknown) => {
    assert.ok(isDomainError(error, 'store.unavailable'), `store.unavailable, not ${String(error)}`);
    assert.match((error as Error).message, /^the database failed: \S/);
    return true;
  };
  await assert.rejects(store.reader.list('case', { limit: 1 }), unavailable);
  if (isWriteChecked)
    await assert.rejects(
      store.run(SYSTEM_ACTOR, (tx) => tx.create('case', caseRecord('case:lost'))),
      unavailable,
    );
  await assert.rejects(
    store.snapshot((reader) => reader.get('case', 'case:kept')),
    unavailable,
  );
  const app = createApp({
    openSession: (actor) => openSession(store, actor),
    law,
    clock: { now: () => '2024-01-01T00:00:00.000Z' },
    onInternalError: (error) => assert.fail(`reported as internal: ${String(error)}`),
  });
  const res = await app.request('/api/cases');
  assert.equal(res.status, 503);
  const body = (await res.json()) as { error: { code: string } };
  assert.equal(body.error.code, 'store.unavailable');
}

describe('a database that fails under a running store', () => {
  test('SQLite: a file overwritten with what is no database', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'casewatch-failed-'));
    const file = join(dir, 'casewatch.db');
    const store = await openSqliteStore({ file });
    try {
      await store.run(SYSTEM_ACTOR, (tx) => tx.create('case', caseRecord('case:kept')));
      // The database and its write-ahead log alike: what the store holds open is no longer a database.
      for (const part of [file, `${file}-wal`]) writeFileSync(part, Buffer.alloc(64 * 1024, 7));
      // Reads only: SQLite's write connection still holds the pages it wrote, and answers from them.
      await assertEveryDoorSaysUnavailable(store, false);
    } finally {
      await store.close().catch(() => undefined);
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('PostgreSQL: the database dropped under the store', { skip: postgresSkipReason() }, async () => {
    const url = await createTestDatabase();
    const store = await openPostgresStore({ url, poolSize: 2 });
    try {
      await store.run(SYSTEM_ACTOR, (tx) => tx.create('case', caseRecord('case:kept')));
      const admin = new pg.Client({ connectionString: url.replace(/\/[^/]*$/, '/postgres') });
      await admin.connect();
      try {
        const name = decodeURIComponent(new URL(url).pathname.slice(1));
        await admin.query(`drop database ${admin.escapeIdentifier(name)} with (force)`);
      } finally {
        await admin.end();
      }
      await assertEveryDoorSaysUnavailable(store, true);
    } finally {
      await store.close().catch(() => undefined);
    }
  });

  test('what counts as the database failing, and what does not', () => {
    const withCode = (code: string, message = 'failed') => Object.assign(new Error(message), { code });
    for (const code of ['ECONNREFUSED', 'ECONNRESET', '08006', '57P01', '53100', '3D000'])
      assert.equal(isPostgresUnavailable(withCode(code)), true, code);
    assert.equal(isPostgresUnavailable(new Error('Connection terminated unexpectedly')), true);
    for (const code of ['23505', '42P01', '22P02', '40001'])
      assert.equal(isPostgresUnavailable(withCode(code)), false, code);
    for (const code of ['SQLITE_IOERR_WRITE', 'SQLITE_FULL', 'SQLITE_CORRUPT', 'SQLITE_NOTADB'])
      assert.equal(isSqliteUnavailable(withCode(code)), true, code);
    for (const code of ['SQLITE_CONSTRAINT_PRIMARYKEY', 'SQLITE_BUSY', 'SQLITE_ERROR'])
      assert.equal(isSqliteUnavailable(withCode(code)), false, code);
    assert.equal(isSqliteUnavailable(new Error('no code')), false);
  });
});
