import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { beforeEach, test } from 'node:test';
import { openSession } from '../core/access/session.ts';
import { SYSTEM_ACTOR } from '../core/actor.ts';
import type { Store } from '../core/ports.ts';
import { importBundle } from '../core/record/import.service.ts';
import { RECORD_KINDS, RECORD_KIND_ORDER } from '../core/record/record-kinds.ts';
import { readBundle } from '../exchange/bundle-reader.ts';
import { testApi } from '../../test/support/api.ts';
import { russianPdf } from '../../test/support/pdf-fixtures.ts';
import { addDocument, readDocumentText } from '../core/document/document.service.ts';
import { forEachStore } from '../../test/support/stores.ts';

const MARK = '-hidden';
const PHONE = '+7 701 555 0199';
/** What the search routes are asked: words of the hidden copy's records, and the restricted phone itself. */
const SEARCHES = ['Mamay', 'Мамаем', 'ст. 272', 'riots', PHONE, '0199'];
const demoText = readFileSync('data/demo/mamay.bundle.json', 'utf8');
const demo = JSON.parse(demoText) as Record<string, unknown>;
const idsOf = (collection: string) => ((demo[collection] ?? []) as { id: string }[]).map((r) => r.id);

/** The demo again with every id marked and every record internal or restricted: nothing of it is public. */
function hiddenCopy(): string {
  let text = demoText;
  for (const kind of RECORD_KIND_ORDER)
    for (const id of idsOf(RECORD_KINDS[kind].collection))
      text = text.replaceAll(`"${id}"`, `"${id}${MARK}"`);
  const copy = JSON.parse(text) as Record<string, unknown>;
  let n = 0;
  for (const kind of RECORD_KIND_ORDER)
    for (const record of (copy[RECORD_KINDS[kind].collection] ?? []) as Record<string, unknown>[])
      record.visibility = n++ % 2 === 0 ? 'internal' : 'restricted';
  return JSON.stringify(copy);
}

/** The demo with its defendant's contact, restricted by default. */
function withContact(): string {
  const copy = JSON.parse(demoText) as { persons: Record<string, unknown>[] };
  for (const p of copy.persons) p.contact = { phones: [PHONE] };
  return JSON.stringify(copy);
}

forEachStore('no route answers a signed-out visitor with anything internal', (getStore: () => Store) => {
  let api: ReturnType<typeof testApi>;
  /** A public document of the public case, and an internal one (its title and text marked) of the hidden copy. */
  let documentIds: { shown: string; hidden: string };
  beforeEach(async () => {
    api = testApi(getStore, { hasDocuments: true });
    for (const text of [withContact(), hiddenCopy()])
      await importBundle(
        { session: openSession(getStore(), SYSTEM_ACTOR), law: api.law },
        readBundle(Readable.from([text])),
      );
    const docs = api.documents;
    assert.ok(docs !== undefined);
    const session = openSession(getStore(), SYSTEM_ACTOR);
    const add = (
      caseId: string,
      bytes: Uint8Array,
      name: string,
      title: string,
      visibility: 'public' | 'internal',
    ) => addDocument(docs.service, session, { caseId, bytes, name, title, visibility });
    const shown = await add('case:kz-mamay-2022', await russianPdf(), 'akt.pdf', 'Indictment', 'public');
    const hidden = await add(
      `case:kz-mamay-2022${MARK}`,
      new TextEncoder().encode(`Notes kept to the team${MARK}: ст. 272 УК РК, ${PHONE}`),
      'notes.txt',
      `Notes${MARK}`,
      'internal',
    );
    // Their text read, so the searches ask the index for the hidden notes' page too.
    for (const doc of [shown, hidden]) await readDocumentText(docs.service, SYSTEM_ACTOR, doc.file.sha256);
    documentIds = { shown: shown.id, hidden: hidden.id };
  });

  test('every GET route of the OpenAPI document, for every record, public and hidden', async () => {
    const doc = (await (await api.call('public', 'GET', '/api/openapi.json')).json()) as {
      paths: Record<string, Record<string, unknown>>;
    };
    const paths = Object.keys(doc.paths).filter((p) => doc.paths[p]?.get !== undefined);
    let asked = 0;
    // Parameters that name law, not records: the law is public.
    const filled = paths.map((p) =>
      p.replace('{n}', '1').replace('{jurisdiction}', 'kz').replace('{article}', '272'),
    );
    for (const path of filled) {
      const param = path.includes('{caseId}') ? '{caseId}' : '{id}';
      const collection = param === '{caseId}' ? 'cases' : (/^\/api\/([a-z]+)/.exec(path)?.[1] ?? '');
      const ids =
        collection === 'documents'
          ? [documentIds.shown, documentIds.hidden]
          : idsOf(collection).flatMap((id) => [id, `${id}${MARK}`]);
      const asks = path.includes(param)
        ? ids.map((x) => ({ id: x, url: path.replace(param, x) }))
        : path.startsWith('/api/search') || path.endsWith('/articles')
          ? SEARCHES.map((q) => ({ id: undefined, url: `${path}?q=${encodeURIComponent(q)}` }))
          : [{ id: undefined, url: path }];
      for (const { id, url } of asks) {
        const res = await api.call('public', 'GET', url);
        // A 404 names the id it was asked for: the visitor's own words, not a leak.
        const text = id === undefined ? await res.text() : (await res.text()).replaceAll(id, '');
        asked++;
        assert.equal(text.includes(MARK), false, `${url} shows a hidden record`);
        assert.equal(text.includes(PHONE), false, `${url} shows a restricted field`);
        if (url.includes(MARK) || url.includes(documentIds.hidden)) assert.equal(res.status, 404, url);
        else if (path === '/api/export') assert.equal(res.status, 403, url);
        else assert.equal(res.status, 200, url);
      }
    }
    assert.ok(asked > 90, `only ${asked} requests`);
    // The same records, seen by whoever may: the sweep looked where there was something to find.
    const admin = await api.call('admin', 'GET', '/api/export');
    const all = await admin.text();
    assert.equal(all.includes(MARK), true);
    assert.equal(all.includes(PHONE), true);
    const search = await api.call(
      'admin',
      'GET',
      `/api/search?q=${encodeURIComponent('ст. 272')}&kind=source`,
    );
    const hits = ((await search.json()) as { hits: { id: string; page?: number }[] }).hits;
    assert.ok(
      hits.some((h) => h.id === documentIds.hidden && h.page === 1),
      'the hidden notes are found by the text of their page',
    );
  });
});
