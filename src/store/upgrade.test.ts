import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { after, describe, test } from 'node:test';
import { openSession } from '../core/access/session.ts';
import { PUBLIC_ACTOR, SYSTEM_ACTOR } from '../core/actor.ts';
import { isDomainError } from '../core/errors.ts';
import type { Store } from '../core/ports.ts';
import { RECORD_KIND_ORDER, RECORD_KINDS, type RecordOf } from '../core/record/record-kinds.ts';
import { postgresSkipReason } from '../../test/support/postgres.ts';
import {
  copySqliteFixture,
  execute,
  loadPostgresFixture,
  migrationsOf,
  query,
  snapshot,
  type FixtureDatabase,
  LATEST_MIGRATION,
  UPGRADES_FROM_0_1_0,
} from '../../test/support/release-fixtures.ts';
import type { MigrationReport } from './migrations/index.ts';
import { openPostgresStore } from './postgres.ts';
import { openSqliteStore } from './sqlite.ts';
import { segmentRange } from './search/search-segments.ts';

const RELEASE = '0.1.0';
const CASE = 'case:kz-mamay-2022';
const UPGRADES = UPGRADES_FROM_0_1_0;
const LATEST = LATEST_MIGRATION;

/** Opens the store on a database with the current code, which upgrades it; `reports` collects what it did. */
function open(db: FixtureDatabase, reports: MigrationReport[] = []): Promise<Store> {
  const onMigrated = (report: MigrationReport) => reports.push(report);
  return db.dialect === 'sqlite'
    ? openSqliteStore({ file: db.file, onMigrated })
    : openPostgresStore({ url: db.url, poolSize: 2, onMigrated });
}

/** The SQLite file's bytes, to tell whether anything was written to it. */
const digest = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

function upgradeSuite(
  dialect: FixtureDatabase['dialect'],
  copy: () => Promise<FixtureDatabase>,
  skip?: string,
) {
  describe(`upgrading a ${RELEASE} database [${dialect}]`, skip === undefined ? {} : { skip }, () => {
    const made: FixtureDatabase[] = [];
    const fresh = async () => {
      const db = await copy();
      made.push(db);
      return db;
    };
    after(() => {
      for (const db of made)
        if (db.dialect === 'sqlite') rmSync(dirname(db.file), { recursive: true, force: true });
    });

    test('upgrades in place, keeping every record, version and revision; a second opening does nothing', async () => {
      const db = await fresh();
      const before = await snapshot(db);
      assert.equal(before.cases?.length, 1, 'the fixture holds the demo case');
      const reports: MigrationReport[] = [];
      const store = await open(db, reports);
      try {
        assert.deepEqual(reports, [{ applied: UPGRADES, current: LATEST }]);
        assert.equal(await store.accounts.countUsers(), 0, 'no account is made by the upgrade');
        for (const kind of RECORD_KIND_ORDER) {
          const rows = before[RECORD_KINDS[kind].collection] ?? [];
          const stored = await store.reader.list(kind);
          assert.deepEqual(
            stored.map((s) => [s.id, s.version, s.data, s.createdAt, s.updatedAt, s.updatedBy]),
            rows.map((r) => [r.id, r.version, r.data, r.created_at, r.updated_at, r.updated_by]),
            `${kind} records`,
          );
          for (const s of stored) {
            const history = await store.reader.history(kind, s.id);
            const revisions = (before.revisions ?? []).filter((r) => r.kind === kind && r.record_id === s.id);
            assert.deepEqual(
              history.map((h) => [
                h.seq,
                h.txId,
                h.actor,
                h.at,
                h.reason,
                h.action,
                h.version,
                h.before,
                h.after,
              ]),
              revisions.map((r) => [
                r.seq,
                r.tx_id,
                r.actor,
                r.at,
                r.reason ?? undefined,
                r.action,
                r.version,
                r.before,
                r.after,
              ]),
              `the history of ${kind} ${s.id}`,
            );
          }
        }
        assert.deepEqual(await store.reader.findPersonsByName('mamay'), ['person:zhanbolat-mamay']);
        assert.deepEqual(await store.reader.casesOfPerson('person:zhanbolat-mamay', 'defendant'), [CASE]);
        // 0004 filled the search index from the records there were.
        const found = await openSession(store, PUBLIC_ACTOR).search({ text: 'Мамаем' });
        assert.equal(found.hits[0]?.id, 'person:zhanbolat-mamay');
        assert.ok(found.hits.some((h) => h.id === CASE));
        const referrers = await store.reader.referrers('person', 'person:zhanbolat-mamay');
        assert.ok(
          referrers.some((r) => r.kind === 'case' && r.id === CASE) &&
            referrers.some((r) => r.kind === 'charge'),
          'the references of the records already there are filled by the upgrade',
        );
      } finally {
        await store.close();
      }
      assert.deepEqual(await snapshot(db), before, 'the upgrade changed no row');
      assert.deepEqual(await migrationsOf(db), ['0001-initial', ...UPGRADES]);
      if (db.dialect === 'postgres') {
        const types = await query(
          db,
          "select data_type from information_schema.columns where table_schema = current_schema() and column_name = 'data'",
        );
        assert.deepEqual(new Set(types.map((t) => t.data_type)), new Set(['jsonb']));
      }

      const again: MigrationReport[] = [];
      const reopened = await open(db, again);
      await reopened.close();
      assert.deepEqual(again, [{ applied: [], current: LATEST }]);
      assert.deepEqual(await snapshot(db), before);
    });

    test('an upgraded database takes writes: versions go on, and a deleted record created again continues', async () => {
      const db = await fresh();
      const store = await open(db);
      try {
        const found = await store.reader.get('case', CASE);
        assert.ok(found);
        const updated = await store.run(SYSTEM_ACTOR, (tx) =>
          tx.update('case', { ...found.data, title: 'Zhanbolat Mamay' }, found.version),
        );
        assert.equal(updated.version, 2);
        await store.run(SYSTEM_ACTOR, (tx) => tx.remove('case', CASE, 2));
        const restored = await store.run(SYSTEM_ACTOR, (tx) => tx.create('case', found.data));
        assert.equal(restored.version, 4);
        const history = await store.reader.history('case', CASE);
        assert.deepEqual(
          history.map((h) => [h.action, h.version]),
          [
            ['create', 1],
            ['update', 2],
            ['delete', 3],
            ['create', 4],
          ],
        );
      } finally {
        await store.close();
      }
    });

    /** The public's answers to a search for a declined name: the hits and how each matched. */
    const searchAnswers = async (s: Store) => {
      const page = await openSession(s, PUBLIC_ACTOR).search({ text: 'Мамаем' });
      return page.hits.map((h) => [h.id, h.match]);
    };

    /**
     * Makes the search index of a database as it was before a migration (`rewrite`, then FTS5 rebuilt) and has
     * it, and those after it, run again at the next opening; returns the search's answers beforehand.
     */
    async function searchIndexBefore(db: FixtureDatabase, migration: string, rewrite: string) {
      const store = await open(db);
      const answers = await searchAnswers(store);
      await store.close();
      await execute(db, rewrite);
      if (db.dialect === 'sqlite') await execute(db, "insert into search_fts(search_fts) values ('rebuild')");
      await execute(db, `delete from kysely_migration where name >= '${migration}'`);
      return answers;
    }

    test('0010 gives every search entry its segment once, and the index answers as before', async () => {
      const db = await fresh();
      // An index as written before 0010: no entry carries its segment.
      const answers = await searchIndexBefore(
        db,
        '0010-search-segments',
        "update search_entries set terms = trim(replace(' ' || terms || ' ', ' k' || kind || case when is_name = 1 then 'n' else '' end || ' ', ' '))",
      );
      assert.deepEqual(
        await query(
          db,
          "select entry_id from search_entries where terms like '% kperson%' or terms like 'kperson%'",
        ),
        [],
      );
      const reports: MigrationReport[] = [];
      const upgraded = await open(db, reports);
      try {
        assert.deepEqual(reports, [
          { applied: ['0010-search-segments', '0011-search-segment-ranges'], current: LATEST },
        ]);
        assert.deepEqual(await searchAnswers(upgraded), answers);
      } finally {
        await upgraded.close();
      }
      const entries = await query(db, 'select kind, is_name, terms from search_entries');
      assert.ok(entries.length > 10);
      for (const e of entries) {
        const segment = `k${String(e.kind)}${Number(e.is_name) === 1 ? 'n' : ''}`;
        const own = String(e.terms)
          .split(' ')
          .filter((t) => /^k[a-z]+$/.test(t));
        assert.deepEqual(own, [segment], `${String(e.terms)}`);
      }
    });

    test('0011 moves every search entry into the range of its segment, in the order it had, and the index answers as before', async () => {
      const db = await fresh();
      // An index as written before 0011: entries numbered 1, 2, … in the order they were written, all kinds mixed.
      const answers = await searchIndexBefore(
        db,
        '0011-search-segment-ranges',
        'update search_entries set entry_id = (select count(*) from search_entries e where e.entry_id <= search_entries.entry_id)',
      );
      const before = await query(
        db,
        'select entry_id, kind, is_name, record_id, field from search_entries order by entry_id',
      );
      assert.ok(before.length > 10);
      assert.ok(before.every((e) => Number(e.entry_id) <= before.length));
      const reports: MigrationReport[] = [];
      const upgraded = await open(db, reports);
      try {
        assert.deepEqual(reports, [{ applied: ['0011-search-segment-ranges'], current: LATEST }]);
        assert.deepEqual(await searchAnswers(upgraded), answers);
      } finally {
        await upgraded.close();
      }
      const after = await query(
        db,
        'select entry_id, kind, is_name, record_id, field from search_entries order by entry_id',
      );
      const within = (e: Record<string, unknown>) => {
        const { from, to } = segmentRange(String(e.kind), Number(e.is_name) === 1);
        return Number(e.entry_id) >= from && Number(e.entry_id) < to;
      };
      assert.ok(after.every(within), 'every entry is in its segment');
      // Each segment keeps its entries' order: the same entries, by segment, in the same order as before.
      const bySegment = (rows: Record<string, unknown>[]) =>
        [...rows]
          .sort(
            (a, b) =>
              segmentRange(String(a.kind), Number(a.is_name) === 1).from -
              segmentRange(String(b.kind), Number(b.is_name) === 1).from,
          )
          .map((e) => `${String(e.kind)} ${String(e.record_id)} ${String(e.field)}`);
      assert.deepEqual(
        after.map((e) => `${String(e.kind)} ${String(e.record_id)} ${String(e.field)}`),
        bySegment(before),
      );
    });

    test('a database newer than this code is refused, saying so, and left as it was', async () => {
      const db = await fresh();
      await execute(
        db,
        "insert into kysely_migration (name, timestamp) values ('0099-from-the-future', '2030-01-01T00:00:00.000Z')",
      );
      const before = await snapshot(db);
      const bytes = db.dialect === 'sqlite' ? digest(db.file) : undefined;
      await assert.rejects(open(db), (e: unknown) => {
        assert.ok(isDomainError(e, 'store.too_new'), String(e));
        assert.match(e.message, /0099-from-the-future/);
        assert.match(e.message, /Upgrade Casewatch/);
        return true;
      });
      assert.deepEqual(await migrationsOf(db), ['0001-initial', '0099-from-the-future']);
      assert.deepEqual(await snapshot(db), before);
      if (db.dialect === 'sqlite') assert.equal(digest(db.file), bytes, 'not a byte of the file changed');
      else {
        const tables = await query(
          db,
          "select table_name from information_schema.tables where table_name = 'record_readers'",
        );
        assert.deepEqual(tables, [], 'no migration ran');
      }
    });

    test('text jsonb cannot hold becomes U+FFFD on PostgreSQL, as a new version whose revision keeps the old', async () => {
      const db = await fresh();
      const [row] = await query(db, `select data from cases where id = '${CASE}'`);
      const original = JSON.parse(String(row?.data)) as RecordOf<'case'>;
      const unkeepable = { ...original, summary: 'before\u0000after, \ud800 alone' };
      const text = JSON.stringify(unkeepable).replaceAll("'", "''");
      await execute(db, `update cases set data = '${text}' where id = '${CASE}'`);
      const store = await open(db);
      try {
        const stored = await store.reader.get('case', CASE);
        const history = await store.reader.history('case', CASE);
        if (db.dialect === 'sqlite') {
          assert.equal(stored?.version, 1, 'SQLite keeps JSON text as it is');
          assert.equal(stored?.data.summary, unkeepable.summary);
          return;
        }
        assert.equal(stored?.version, 2);
        assert.equal(stored?.data.summary, 'before\ufffdafter, \ufffd alone');
        assert.equal(stored?.updatedBy, 'system');
        const last = history[history.length - 1];
        assert.deepEqual([last?.action, last?.version, last?.actor], ['update', 2, 'system']);
        assert.equal((last?.before as RecordOf<'case'>).summary, unkeepable.summary);
        assert.match(last?.reason ?? '', /U\+FFFD/);
      } finally {
        await store.close();
      }
    });
  });
}

upgradeSuite('sqlite', () => Promise.resolve(copySqliteFixture(RELEASE)));
upgradeSuite('postgres', () => loadPostgresFixture(RELEASE), postgresSkipReason());
