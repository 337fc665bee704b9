import { openSession } from '../core/access/session.ts';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import type { Actor } from '../core/actor.ts';
import { isDomainError, type DomainError } from '../core/errors.ts';
import type { LegalKnowledge } from '../core/law/legal-knowledge.ts';
import type { Store } from '../core/ports.ts';
import { RECORD_KIND_ORDER } from '../core/record/record-kinds.ts';
import { loadLegalKnowledge } from '../store/law-files.ts';
import { forEachStore } from '../../test/support/stores.ts';
import { importBundleFile } from './import-file.ts';
import { prepareBundleFile } from './prepared-bundle.ts';

const EDITOR: Actor = { id: 'user:aigerim', roles: ['editor'] };
const DEMO = 'data/demo/mamay.bundle.json';

let law: LegalKnowledge;
let dir: string;
before(() => {
  law = loadLegalKnowledge('data/law');
  dir = mkdtempSync(join(tmpdir(), 'cw-import-file-'));
});
after(() => rmSync(dir, { recursive: true, force: true }));

/** Every stored record, kind by kind, as data. */
async function everything(store: Store): Promise<unknown[]> {
  const out: unknown[] = [];
  for (const kind of RECORD_KIND_ORDER)
    for (const stored of await store.reader.list(kind)) out.push([kind, stored.data]);
  return out;
}

function writeTemp(name: string, text: string): string {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
}

test('a worker prepares every record of the demo in order, in batches of the size asked', async () => {
  const batches: number[] = [];
  const seen: string[] = [];
  for await (const batch of prepareBundleFile(DEMO, { batchSize: 5, ahead: 1 })) {
    batches.push(batch.length);
    for (const p of batch) seen.push(`${p.kind}:${p.index}:${p.row !== undefined}:${p.issues.length}`);
  }
  const demo = JSON.parse(readFileSync(DEMO, 'utf8')) as Record<string, unknown>;
  const total = Object.values(demo).reduce<number>((n, v) => n + (Array.isArray(v) ? v.length : 0), 0);
  assert.equal(seen.length, total);
  assert.ok(batches.slice(0, -1).every((n) => n === 5));
  assert.ok(
    seen.every((s) => s.endsWith(':true:0')),
    'every demo record is valid',
  );
  assert.ok(seen.includes('charge:0:true:0'));
});

test('invalid JSON read in a worker fails with the file, line and column', async () => {
  const file = writeTemp('broken.json', '{\n  "format": "casewatch-bundle",\n  "sources": [ {"id": } ]\n}\n');
  await assert.rejects(
    (async () => {
      for await (const _ of prepareBundleFile(file)) void _;
    })(),
    (e: unknown) =>
      isDomainError(e, 'import.invalid_json') &&
      e.issues[0]?.file === file &&
      e.issues[0].line === 3 &&
      typeof e.issues[0].column === 'number',
  );
});

test('a file that does not exist fails with its name', async () => {
  await assert.rejects(
    (async () => {
      for await (const _ of prepareBundleFile(join(dir, 'missing.json'))) void _;
    })(),
    /missing\.json/,
  );
});

forEachStore('importBundleFile', (getStore) => {
  test('in a worker or not, the demo lands the same records, and merges into them the same', async () => {
    const store = getStore();
    await importBundleFile({ session: openSession(store, EDITOR), law }, DEMO, { inWorker: true });
    const viaWorker = await everything(store);
    assert.ok(viaWorker.length > 20);
    for (const inWorker of [true, false]) {
      const again = await importBundleFile({ session: openSession(store, EDITOR), law }, DEMO, { inWorker });
      assert.deepEqual([again.created, again.updated, again.unchanged], [0, 0, viaWorker.length]);
    }
    await assert.rejects(
      importBundleFile({ session: openSession(store, EDITOR), law }, DEMO, {
        inWorker: false,
        mode: 'create',
      }),
      (e: unknown) =>
        isDomainError(e, 'import.invalid_record') && e.issues[0]?.code === 'reference.duplicate',
    );
    assert.deepEqual(await everything(store), viaWorker);
  });

  test('issues found in a worker name their place, stop the import early and write nothing', async () => {
    const store = getStore();
    const sources = Array.from({ length: 400 }, (_, i) => ({
      id: `source:${i}`,
      kind: i % 2 === 0 ? 'document' : 'no-such-kind',
      title: `Source ${i}`,
    }));
    const file = writeTemp(
      'many-bad.json',
      JSON.stringify({ format: 'casewatch-bundle', formatVersion: 1, sources }),
    );
    const run = (inWorker: boolean) =>
      importBundleFile({ session: openSession(store, EDITOR), law }, file, { inWorker, batchSize: 10 }).then(
        () => assert.fail('the import should fail'),
        (e: DomainError) => e,
      );
    const [viaWorker, inline] = [await run(true), await run(false)];
    assert.equal(viaWorker.code, 'import.invalid_record');
    assert.equal(viaWorker.issues.length, 100);
    assert.equal(viaWorker.issues[0]?.path, '$.sources[1].kind');
    assert.equal(viaWorker.issues[0]?.file, file);
    assert.deepEqual(viaWorker.issues, inline.issues);
    assert.equal(await store.reader.count('source'), 0);
  });
});
