// Measures createMany against a raw batched insert with the bare driver, on SQLite and PostgreSQL.
// Run: npx tsx src/store/bulk-insert.bench.ts [count]   (prints JSON)
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import pg from 'pg';
import { SYSTEM_ACTOR } from '../core/actor.ts';
import type { RecordOf } from '../core/record/record-kinds.ts';
import { startPostgres } from '../../test/support/postgres.ts';
import { openPostgresStore } from './postgres.ts';
import { chargeRecord } from './record-fixtures.ts';
import { openSqliteStore } from './sqlite.ts';

const count = Number(process.argv[2] ?? 200_000);
const charges: RecordOf<'charge'>[] = Array.from({ length: count }, (_, i) =>
  chargeRecord(`charge:${i}`, `case:${i % 1000}`, { defendant: `person:${i % 5000}` }),
);
const AT = '2024-01-01T00:00:00.000Z';
const rowsOf = () => charges.map((c) => [c.id, c.case, 1, JSON.stringify(c), c.visibility, AT, AT, 'system']);
const REVISIONS = `create table rev (seq integer primary key, tx_id text, actor text, at text, reason text, kind text, record_id text,
  action text, version integer, before text, after text); create index rev_record on rev (kind, record_id, seq);`;
const TABLE = `create table raw (id text primary key, case_id text, version integer not null, data text not null,
  visibility text, created_at text not null, updated_at text not null, updated_by text not null)`;

async function time(fn: () => Promise<void> | void): Promise<number> {
  const start = performance.now();
  await fn();
  return (performance.now() - start) / 1000;
}

async function sqlite(dir: string) {
  const raw = new BetterSqlite3(join(dir, 'raw.db'));
  raw.pragma('journal_mode = WAL');
  raw.exec(TABLE);
  const rawSeconds = await time(() => {
    const rows = rowsOf();
    const stmt = raw.prepare('insert into raw values (?, ?, ?, ?, ?, ?, ?, ?)');
    raw.transaction(() => rows.forEach((r) => stmt.run(r)))();
  });
  raw.exec(TABLE.replace('table raw', 'table raw2') + ';' + REVISIONS);
  const rawWithRevisionsSeconds = await time(() => {
    const rows = rowsOf();
    const stmt = raw.prepare('insert into raw2 values (?, ?, ?, ?, ?, ?, ?, ?)');
    const rev = raw.prepare(
      'insert into rev (record_id, tx_id, actor, at, kind, action, version, after) values (?, ?, ?, ?, ?, ?, ?, ?)',
    );
    raw.transaction(() =>
      rows.forEach((r) => (stmt.run(r), rev.run([r[0], 'tx', 'system', AT, 'charge', 'create', 1, r[3]]))),
    )();
  });
  raw.close();
  const store = await openSqliteStore({ file: join(dir, 'store.db') });
  const storeSeconds = await time(() => store.run(SYSTEM_ACTOR, (tx) => tx.createMany('charge', charges)));
  await store.close();
  return { rawSeconds, rawWithRevisionsSeconds, storeSeconds };
}

async function postgres() {
  const server = await startPostgres();
  try {
    const client = new pg.Client({ connectionString: await server.createDatabase('raw') });
    client.on('error', () => undefined);
    await client.connect();
    await client.query(TABLE);
    const rawSeconds = await time(async () => {
      const rows = rowsOf();
      await client.query('begin');
      for (let i = 0; i < rows.length; i += 1000) {
        const chunk = rows.slice(i, i + 1000);
        const values = chunk.map(
          (_, r) => `(${Array.from({ length: 8 }, (_, c) => `$${r * 8 + c + 1}`).join(',')})`,
        );
        await client.query(`insert into raw values ${values.join(',')}`, chunk.flat());
      }
      await client.query('commit');
    });
    await client.end();
    const store = await openPostgresStore({ url: await server.createDatabase('store') });
    const storeSeconds = await time(() => store.run(SYSTEM_ACTOR, (tx) => tx.createMany('charge', charges)));
    await store.close();
    return { rawSeconds, storeSeconds };
  } finally {
    await server.stop();
  }
}

const dir = mkdtempSync(join(tmpdir(), 'casewatch-bench-'));
try {
  const only = process.env.BENCH_ONLY;
  const results = {
    ...(only !== 'postgres' ? { sqlite: await sqlite(dir) } : {}),
    ...(only !== 'sqlite' ? { postgres: await postgres() } : {}),
  };
  const report = Object.fromEntries(
    Object.entries(results).map(([name, r]) => [
      name,
      {
        records: count,
        rawRowsPerSecond: Math.round(count / r.rawSeconds),
        storeRecordsPerSecond: Math.round(count / r.storeSeconds),
        ratio: Number((r.rawSeconds / r.storeSeconds).toFixed(2)),
        ...('rawWithRevisionsSeconds' in r
          ? { ratioToRawWithRevisions: Number((r.rawWithRevisionsSeconds / r.storeSeconds).toFixed(2)) }
          : {}),
      },
    ]),
  );
  console.log(JSON.stringify(report, null, 2));
} finally {
  rmSync(dir, { recursive: true, force: true });
}
