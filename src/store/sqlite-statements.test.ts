import assert from 'node:assert/strict';
import { test } from 'node:test';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { keepingStatements } from './sqlite-statements.ts';

function database(): BetterSqlite3.Database {
  const db = new BetterSqlite3(':memory:');
  db.exec('create table t (id integer primary key, name text)');
  db.exec("insert into t (name) values ('a'), ('b'), ('c')");
  return db;
}

test('the same SQL gets the statement kept for it, and it reads what was written since', () => {
  const db = database();
  const kept = keepingStatements(db);
  const count = 'select count(*) as n from t';
  const first = kept.prepare(count);
  assert.deepEqual(first.all([]), [{ n: 3 }]);
  db.exec("insert into t (name) values ('d')");
  const again = kept.prepare(count);
  assert.equal(again, first);
  assert.deepEqual(again.all([]), [{ n: 4 }]);
  kept.close();
  assert.equal(db.open, false);
});

test('a statement still being iterated is not handed out again: the same query runs on a fresh one', () => {
  const kept = keepingStatements(database());
  const all = 'select name from t order by id';
  const streaming = kept.prepare(all);
  const rows = streaming.iterate([]);
  assert.deepEqual(rows.next().value, { name: 'a' });
  const meanwhile = kept.prepare(all);
  assert.notEqual(meanwhile, streaming);
  assert.deepEqual(meanwhile.all([]), [{ name: 'a' }, { name: 'b' }, { name: 'c' }]);
  assert.deepEqual([...rows], [{ name: 'b' }, { name: 'c' }]);
  assert.equal(kept.prepare(all), streaming, 'kept again once the iteration is over');
});

test('past its size, the statement used least recently goes', () => {
  const kept = keepingStatements(database(), 2);
  const [a, b, c] = ['select 1 as x', 'select 2 as x', 'select 3 as x'];
  const first = kept.prepare(a);
  const second = kept.prepare(b);
  assert.equal(kept.prepare(a), first);
  kept.prepare(c);
  assert.equal(kept.prepare(a), first);
  assert.notEqual(kept.prepare(b), second);
});

test('through Kysely, a read streamed and left early, then the same query in full', async () => {
  const db = new Kysely<{ t: { id: number; name: string } }>({
    dialect: new SqliteDialect({ database: keepingStatements(database()) }),
  });
  const query = db.selectFrom('t').select('name').orderBy('id');
  for await (const row of query.stream()) {
    assert.equal(row.name, 'a');
    break;
  }
  assert.deepEqual(
    (await query.execute()).map((r) => r.name),
    ['a', 'b', 'c'],
  );
  const streamed: string[] = [];
  for await (const row of query.stream()) streamed.push(row.name);
  assert.deepEqual(streamed, ['a', 'b', 'c']);
  await db.destroy();
});
