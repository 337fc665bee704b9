import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { beforeEach, test } from 'node:test';
import { SYSTEM_ACTOR } from '../core/actor.ts';
import type { Store } from '../core/ports.ts';
import {
  RECORD_KINDS,
  RECORD_KIND_ORDER,
  type AnyRecord,
  type RecordKind,
  type RecordOf,
} from '../core/record/record-kinds.ts';
import { referencesOf } from '../core/record/references.ts';
import { bodyOf, testApi, type As } from '../../test/support/api.ts';
import { personRecord } from '../../test/support/record-fixtures.ts';
import { forEachStore } from '../../test/support/stores.ts';

type Wire = { id: string; version: number; record: { id: string; visibility?: string } };
type Page = { items: Wire[]; next?: string };

const demo = JSON.parse(readFileSync('data/demo/mamay.bundle.json', 'utf8')) as Record<string, unknown>;
const DECISION = {
  id: 'decision:mamay-verdict',
  case: 'case:kz-mamay-2022',
  kind: 'verdict',
  date: '2023-04',
  defendant: 'person:zhanbolat-mamay',
  visibility: 'internal',
};

/** Kinds in an order where a record refers only to kinds before its own (or to its own kind). */
const WRITE_ORDER: RecordKind[] = [
  'source',
  'organisation',
  'person',
  'event',
  'case',
  'decision',
  'charge',
  'measure',
  'hearing',
  'allegation',
  'evidence',
];

const key = (kind: RecordKind, id: string) => `${kind} ${id}`;

/** A document without the case it was added to: the case is written after the sources. */
function withoutCase(record: AnyRecord): AnyRecord {
  const { case: _case, ...rest } = record as AnyRecord & { case?: string };
  return rest as AnyRecord;
}

/**
 * The records of each kind the test writes through the API, up to three of the demo's, and the demo's records
 * they refer to that the system writes before, as the API takes only references to records that exist. A
 * record the sample refers to ahead of its own writing (a charge's successor) is left out of the sample and
 * written before. An event and a case name each other: the events are written without their cases, as a user
 * would link them from the case; so are the documents (sources) the case's documents name.
 */
function sampleAndPrerequisites(): {
  sample: Map<RecordKind, AnyRecord[]>;
  before: Map<RecordKind, AnyRecord[]>;
} {
  const recordsOf = (kind: RecordKind): AnyRecord[] =>
    kind === 'decision'
      ? [DECISION as unknown as AnyRecord]
      : ((demo[RECORD_KINDS[kind].collection] ?? []) as AnyRecord[]);
  const written = new Set<string>();
  const ahead = new Set<string>();
  const sample = new Map<RecordKind, AnyRecord[]>();
  for (const kind of WRITE_ORDER) {
    const chosen: AnyRecord[] = [];
    for (const demoRecord of recordsOf(kind)) {
      if (chosen.length === 3) break;
      if (ahead.has(key(kind, demoRecord.id))) continue;
      const record =
        kind === 'event'
          ? ({ ...demoRecord, cases: [] } as AnyRecord)
          : kind === 'source'
            ? withoutCase(demoRecord)
            : demoRecord;
      chosen.push(record);
      written.add(key(kind, record.id));
      for (const ref of referencesOf(kind, record as RecordOf<typeof kind>))
        if (!written.has(key(ref.kind, ref.id))) ahead.add(key(ref.kind, ref.id));
    }
    sample.set(kind, chosen);
  }
  const before = new Map<RecordKind, AnyRecord[]>();
  for (const kind of WRITE_ORDER) {
    const needed = recordsOf(kind).filter((r) => ahead.has(key(kind, r.id)));
    if (needed.length > 0) before.set(kind, needed);
  }
  return { sample, before };
}

/** Where a record of the kind is read and edited. */
const itemPath = (collection: string, id: string) =>
  collection === 'cases' ? `/api/cases/${id}/record` : `/api/${collection}/${id}`;

/** Every record of a list, following `next` from page to page. */
async function everyPage(api: ReturnType<typeof testApi>, as: As, url: string): Promise<string[][]> {
  const pages: string[][] = [];
  let next: string | undefined;
  do {
    const sep = url.includes('?') ? '&' : '?';
    const res = await api.call(
      as,
      'GET',
      next === undefined ? url : `${url}${sep}cursor=${encodeURIComponent(next)}`,
    );
    assert.equal(res.status, 200, url);
    const page = await bodyOf<Page>(res);
    pages.push(page.items.map((r) => r.id));
    next = page.next;
  } while (next !== undefined);
  return pages;
}

forEachStore('every record kind through the API', (getStore: () => Store) => {
  let api: ReturnType<typeof testApi>;
  beforeEach(() => {
    api = testApi(getStore);
  });

  test('each kind is created, read with its version, listed, replaced at its version and has a history', async () => {
    const { sample, before } = sampleAndPrerequisites();
    await getStore().run(SYSTEM_ACTOR, async (tx) => {
      for (const [kind, records] of before) await tx.createMany(kind, records);
    });
    assert.deepEqual([...WRITE_ORDER].sort(), [...RECORD_KIND_ORDER].sort());
    for (const kind of WRITE_ORDER) {
      const { collection } = RECORD_KINDS[kind];
      const records = sample.get(kind) ?? [];
      assert.ok(records.length > 0, kind);
      for (const record of records) {
        const created = await api.call('editor', 'POST', `/api/${collection}`, { record });
        assert.equal(created.status, 201, `${kind} ${record.id}: ${await created.clone().text()}`);
        assert.equal(created.headers.get('location'), itemPath(collection, encodeURIComponent(record.id)));
      }
      for (const record of records) {
        const path = itemPath(collection, record.id);
        const got = await api.call('admin', 'GET', path);
        assert.match(got.headers.get('etag') ?? '', /^"1\.[\w-]{16}"$/, path);
        const wire = await bodyOf<Wire>(got);
        // The record as it was read: a save that changes nothing keeps its version and writes no revision.
        const same = await api.call('editor', 'PUT', path, { record: wire.record }, { 'if-match': '"1"' });
        assert.equal(same.status, 200, path);
        assert.equal((await bodyOf<Wire>(same)).version, 1, path);
        const visibility = wire.record.visibility === 'public' ? 'internal' : 'public';
        const put = await api.call(
          'editor',
          'PUT',
          path,
          { record: { ...wire.record, visibility }, reason: 'checked' },
          { 'if-match': '"1"' },
        );
        assert.equal(put.status, 200, path);
        assert.equal((await bodyOf<Wire>(put)).version, 2);
        const history = await bodyOf<{ entries: { reason?: string }[] }>(
          await api.call('viewer', 'GET', `/api/${collection}/${record.id}/history`),
        );
        assert.deepEqual(
          history.entries.map((e) => e.reason),
          [undefined, 'checked'],
        );
      }
      if (kind === 'case') continue;
      const written = new Set((before.get(kind) ?? []).map((r) => r.id));
      const listed = (await everyPage(api, 'admin', `/api/${collection}?limit=2`)).flat();
      assert.deepEqual(
        listed.filter((id) => !written.has(id)),
        records.map((r) => r.id).sort(),
        kind,
      );
    }
  });

  test('a list reaches every record the reader may read, page after full page, with no ceiling', async () => {
    const ids = Array.from({ length: 23 }, (_, i) => `person:p${String(i).padStart(2, '0')}`);
    await getStore().run(SYSTEM_ACTOR, (tx) =>
      tx.createMany(
        'person',
        ids.map((id, i) => personRecord(id, { visibility: i % 3 === 0 ? 'internal' : 'public' })),
      ),
    );
    const asPublic = await everyPage(api, 'public', '/api/persons?limit=4');
    const published = ids.filter((_, i) => i % 3 !== 0);
    assert.deepEqual(asPublic.flat(), published);
    assert.deepEqual(
      asPublic.map((p) => p.length),
      [4, 4, 4, 3],
    );
    assert.deepEqual((await everyPage(api, 'viewer', '/api/persons?limit=5')).flat(), ids);
    assert.deepEqual((await everyPage(api, 'viewer', '/api/persons')).flat(), ids);
    for (const [query, field] of [
      ['limit=0', 'limit'],
      ['limit=1001', 'limit'],
      ['limit=ten', 'limit'],
      ['cursor=not-a-cursor', 'cursor'],
    ] as const) {
      const res = await api.call('viewer', 'GET', `/api/persons?${query}`);
      assert.equal(res.status, 400, query);
      const body = await bodyOf<{ error: { issues: { field?: string }[] } }>(res);
      assert.equal(body.error.issues[0]?.field, field, query);
    }
    const named = await bodyOf<Page>(await api.call('public', 'GET', '/api/persons?name=mamay&limit=3'));
    assert.deepEqual(
      named.items.map((p) => p.id),
      published.slice(0, 3),
    );
  });
});
