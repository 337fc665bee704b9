import { openSession } from '../core/access/session.ts';
import assert from 'node:assert/strict';
import { once } from 'node:events';
import { createReadStream } from 'node:fs';
import { Readable, Writable } from 'node:stream';
import { test } from 'node:test';
import { SYSTEM_ACTOR } from '../core/actor.ts';
import type { RecordReader, Store } from '../core/ports.ts';
import { importBundle } from '../core/record/import.service.ts';
import { openSqliteStore } from '../store/sqlite.ts';
import { caseRecord, chargeRecord } from '../../test/support/record-fixtures.ts';
import { forEachStore } from '../../test/support/stores.ts';
import { readBundle } from './bundle-reader.ts';
import { writeBundle, type WriteBundleOptions } from './bundle-writer.ts';

const DEMO = 'data/demo/mamay.bundle.json';
const AT = '2024-05-01T12:00:00.000Z';

async function exportText(reader: RecordReader, options: WriteBundleOptions = {}): Promise<string> {
  let text = '';
  await writeBundle(reader, (chunk) => Promise.resolve(void (text += chunk)), { exportedAt: AT, ...options });
  return text;
}

async function importText(store: Store, text: string): Promise<void> {
  await importBundle(
    { session: openSession(store, SYSTEM_ACTOR) },
    readBundle(Readable.from([text]), 'export.json'),
  );
}

forEachStore('writeBundle', (getStore) => {
  test('export → import into a fresh store → export gives identical bytes', async () => {
    await importBundle(
      { session: openSession(getStore(), SYSTEM_ACTOR) },
      readBundle(createReadStream(DEMO), DEMO),
    );
    const first = await exportText(getStore().reader);
    const fresh = await openSqliteStore({ file: ':memory:' });
    try {
      await importText(fresh, first);
      assert.equal(await exportText(fresh.reader), first);
    } finally {
      await fresh.close();
    }
    const parsed = JSON.parse(first) as Record<string, { id: string }[]>;
    assert.equal(parsed.exportedAt, AT);
    const ids = (parsed.charges ?? []).map((c) => c.id);
    assert.deepEqual(ids, [...ids].sort());
    assert.equal(ids.length, await getStore().reader.count('charge'));
  });

  test('pages of any size and a slow stream give the same bytes', async () => {
    await importBundle(
      { session: openSession(getStore(), SYSTEM_ACTOR) },
      readBundle(createReadStream(DEMO), DEMO),
    );
    const whole = await exportText(getStore().reader, { description: 'demo' });
    assert.equal(await exportText(getStore().reader, { description: 'demo', pageSize: 1 }), whole);
    const parts: string[] = [];
    const slow = new Writable({
      highWaterMark: 16,
      decodeStrings: false,
      write(chunk: string, _encoding, done) {
        parts.push(chunk);
        setImmediate(done);
      },
    });
    const report = await writeBundle(getStore().reader, slow, { exportedAt: AT, description: 'demo' });
    slow.end();
    await once(slow, 'finish');
    assert.equal(parts.join(''), whole);
    assert.equal(report.counts.charge, await getStore().reader.count('charge'));
  });

  test('an export sees one moment: records written while it runs are not half in it', async () => {
    const store = getStore();
    await importBundle(
      { session: openSession(store, SYSTEM_ACTOR) },
      readBundle(createReadStream(DEMO), DEMO),
    );
    let text = '';
    let hasWritten = false;
    await store.snapshot((reader) =>
      writeBundle(reader, async (chunk) => {
        text += chunk;
        // Once the cases are out, a case and a charge of it land before the charges are read.
        if (!hasWritten && text.includes('"charges"')) {
          hasWritten = true;
          await store.run(SYSTEM_ACTOR, async (tx) => {
            await tx.create('case', caseRecord('case:during-export'));
            await tx.create('charge', chargeRecord('charge:during-export', 'case:during-export'));
          });
        }
      }),
    );
    assert.equal(hasWritten, true);
    assert.equal(await store.reader.count('charge'), 6, 'the write landed');
    const parsed = JSON.parse(text) as Record<string, { id: string }[]>;
    assert.equal(parsed.cases?.length, 1);
    assert.equal(parsed.charges?.length, 5);
    const fresh = await openSqliteStore({ file: ':memory:' });
    try {
      await importText(fresh, text);
    } finally {
      await fresh.close();
    }
  });

  test('an empty store exports an empty but valid bundle', async () => {
    const text = await exportText(getStore().reader);
    const parsed = JSON.parse(text) as Record<string, unknown>;
    assert.deepEqual(parsed.persons, []);
    assert.equal(parsed.format, 'casewatch-bundle');
    await importText(getStore(), text);
  });
});
