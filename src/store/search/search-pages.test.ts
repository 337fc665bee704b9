import assert from 'node:assert/strict';
import { test } from 'node:test';
import { memoryBlobStore } from '../../../test/support/memory-blob-store.ts';
import { caseRecord, chargeRecord } from '../../../test/support/record-fixtures.ts';
import { forEachStore } from '../../../test/support/stores.ts';
import { openSession, type Session } from '../../core/access/session.ts';
import { PUBLIC_ACTOR, SYSTEM_ACTOR, type Actor } from '../../core/actor.ts';
import type { Visibility } from '../../core/common/visibility.ts';
import type { DocumentDeps, DocumentSummary } from '../../core/document/document.ts';
import { addDocument, readDocumentText } from '../../core/document/document.service.ts';
import type { Store } from '../../core/ports.ts';
import type { SearchHit, SearchPage } from '../../core/search/search.ts';
import { checkUpload } from '../../ingest/upload-check.ts';

// The contract both providers keep for a document's pages: found as entries of its source record, by every form
// of a name and a citation, scoped as the record is, and kept in step with every write of pages or record.

const EDITOR: Actor = { id: 'user:ed', user: 'ed', roles: ['editor'] };
const VIEWER: Actor = { id: 'user:vi', user: 'vi', roles: ['viewer'] };

const PAGES = [
  'ОБВИНИТЕЛЬНЫЙ АКТ по уголовному делу № 227500031000123. Город Алматы, 7 ноября 2022 года.',
  'Свидетель показал, что в январе 2022 года видел на площади вместе с Мамаем двух журналистов.',
  'Своими действиями обвиняемый совершил уголовное правонарушение, предусмотренное ч. 1 ст. 272 УК РК.',
];
const INTERNAL_PAGES = ['Служебная записка о встрече с Мамаем: Quokka.'];

/**
 * Documents over a test store: each upload is a small text file whose reading gives the pages the test names
 * for it (the reading of PDFs is the ingest tests' concern; here the pages go through the real store).
 */
function documentsOf(store: Store) {
  const texts = new Map<string, readonly string[]>();
  const decoder = new TextDecoder();
  const deps: DocumentDeps = {
    store,
    blobs: memoryBlobStore(),
    checkUpload: (bytes, claims) => checkUpload(bytes, claims),
    readText: (bytes) => {
      const pages = texts.get(decoder.decode(bytes)) ?? [];
      return Promise.resolve({
        pageCount: pages.length,
        pages: pages.map((text, i) => ({ page: i + 1, text, method: 'text' as const })),
        warnings: [],
      });
    },
  };
  const editor = openSession(store, EDITOR);
  return {
    deps,
    /** Adds a file to a case and reads its text; the same name gives the same bytes, so the same file. */
    async add(
      caseId: string,
      name: string,
      title: string,
      pages: readonly string[],
      visibility: Visibility,
    ): Promise<DocumentSummary> {
      const body = `file ${name}\n`;
      texts.set(body, pages);
      const doc = await addDocument(deps, editor, {
        caseId,
        bytes: new TextEncoder().encode(body),
        name: `${name}.txt`,
        declaredType: 'text/plain',
        title,
        visibility,
      });
      await readDocumentText(deps, EDITOR, doc.file.sha256);
      return doc;
    },
    /** Reads a file's text again, now giving these pages. */
    async reread(name: string, sha256: string, pages: readonly string[]): Promise<void> {
      texts.set(`file ${name}\n`, pages);
      await readDocumentText(deps, EDITOR, sha256, { isForced: true });
    },
  };
}

const hitOn = (page: SearchPage, id: string): SearchHit | undefined => page.hits.find((h) => h.id === id);
const counts = (page: SearchPage, facet: keyof SearchPage['facets']) =>
  Object.fromEntries(page.facets[facet].map((f) => [f.value, f.count]));

/** Two public cases, a public charge under art. 174 in the second; the indictment (public) in the first. */
async function caseWithIndictment(store: Store) {
  await store.run(EDITOR, async (tx) => {
    await tx.create('case', caseRecord('case:a', { visibility: 'public' }));
    await tx.create('case', caseRecord('case:b', { visibility: 'public' }));
    await tx.create(
      'charge',
      chargeRecord('charge:b', 'case:b', {
        visibility: 'public',
        article: { jurisdiction: 'kz', code: 'cc', article: '174' },
      }),
    );
  });
  const documents = documentsOf(store);
  const indictment = await documents.add('case:a', 'indictment', 'Обвинительный акт', PAGES, 'public');
  return { store, documents, indictment };
}

forEachStore('search: the pages of documents', (getStore) => {
  const as = (actor: Actor): Session => openSession(getStore(), actor);

  const setUp = () => caseWithIndictment(getStore());

  test('a declined name and a citation on a page are found by every form, naming the document and the page', async () => {
    const { indictment } = await setUp();
    for (const text of ['Mamai', 'Mamay', 'Мамай', 'Мамая', 'Мамаем']) {
      const hit = hitOn(await as(PUBLIC_ACTOR).search({ text }), indictment.id);
      assert.ok(hit, `${text} finds the indictment`);
      assert.deepEqual(
        [hit.kind, hit.title, hit.field, hit.page, hit.caseId],
        ['source', 'Обвинительный акт', 'page', 2, 'case:a'],
      );
      assert.deepEqual(
        hit.snippet.filter((s) => s.hit).map((s) => s.text),
        ['Мамаем'],
        text,
      );
    }
    for (const text of ['ч. 1 ст. 272 УК РК', 'ст. 272', '272-бап', 'Article 272(1)', '272 ч.1']) {
      const hit = hitOn(await as(PUBLIC_ACTOR).search({ text }), indictment.id);
      assert.equal(hit?.page, 3, text);
      assert.match(hit?.snippet.map((s) => s.text).join('') ?? '', /ч\. 1 ст\. 272 УК РК/);
    }
    assert.equal(hitOn(await as(PUBLIC_ACTOR).search({ text: 'ст. 273' }), indictment.id), undefined);
    assert.equal((await as(PUBLIC_ACTOR).search({ text: '"вместе с Мамаем"' })).hits[0]?.page, 2);
    // A document is one hit however many of its pages match: the first, and how many were found.
    const year = hitOn(await as(PUBLIC_ACTOR).search({ text: '"2022 года"' }), indictment.id);
    assert.deepEqual([year?.page, year?.pagesFound], [1, 2]);
    assert.equal(hitOn(await as(PUBLIC_ACTOR).search({ text: 'Мамаем' }), indictment.id)?.pagesFound, 1);
  });

  test('an internal document’s page is not found by the public, in hits, snippets or facet counts', async () => {
    const { documents, indictment } = await setUp();
    const memo = await documents.add('case:b', 'memo', 'Записка', INTERNAL_PAGES, 'internal');
    const secret = await as(PUBLIC_ACTOR).search({ text: 'Quokka' });
    assert.equal(secret.total, 0);
    assert.deepEqual(Object.values(secret.facets).flat(), []);

    const open = await as(PUBLIC_ACTOR).search({ text: 'Мамаем' });
    assert.deepEqual(
      open.hits.map((h) => h.id),
      [indictment.id],
    );
    assert.ok(!JSON.stringify(open).includes('Quokka'));
    assert.deepEqual(counts(open, 'kind'), { source: 1 });
    assert.deepEqual(counts(open, 'article'), {}, 'not the article of the case only the memo is of');

    const inside = await as(VIEWER).search({ text: 'Мамаем' });
    assert.deepEqual(inside.hits.map((h) => h.id).sort(), [indictment.id, memo.id].sort());
    assert.deepEqual(counts(inside, 'kind'), { source: 2 });
    assert.deepEqual(counts(inside, 'article'), { '174': 1 });
    assert.equal(hitOn(inside, memo.id)?.page, 1);
  });

  test('a re-reading replaces the pages’ entries, a rolled-back one changes nothing, a rebuild keeps them', async () => {
    const { store, documents, indictment } = await setUp();
    const sha256 = indictment.file.sha256;
    const find = async (text: string) => hitOn(await as(PUBLIC_ACTOR).search({ text }), indictment.id)?.page;
    await documents.reread('indictment', sha256, [PAGES[0] ?? '', 'Протокол допроса Асель Тургумбаевой.']);
    assert.equal(await find('Мамаем'), undefined, 'the old text of page 2 is gone');
    assert.equal(await find('Turgumbayeva'), 2);
    assert.equal(await find('ст. 272'), 3, 'a page the reading did not give again stays, as its text does');

    await assert.rejects(
      store.run(EDITOR, async (tx) => {
        await tx.documents?.putPages(sha256, [{ page: 4, text: 'Приложение: Wombat', method: 'text' }]);
        throw new Error('the reading failed after all');
      }),
    );
    assert.equal((await as(SYSTEM_ACTOR).search({ text: 'Wombat' })).total, 0);

    const queries = ['Turgumbayeva', 'ст. 272', 'Алматы'];
    const before = await Promise.all(queries.map((text) => as(PUBLIC_ACTOR).search({ text })));
    await as(SYSTEM_ACTOR).rebuildSearch();
    const after = await Promise.all(queries.map((text) => as(PUBLIC_ACTOR).search({ text })));
    assert.deepEqual(after, before);
  });

  test('the same file in a second case is found there at once; an edit rescopes its pages, a deletion removes them', async () => {
    const { store, documents, indictment } = await setUp();
    const copy = await documents.add('case:b', 'indictment', 'Копия акта', PAGES, 'public');
    assert.notEqual(copy.id, indictment.id);
    const found = async (actor: Actor) =>
      (await as(actor).search({ text: 'ст. 272', kinds: ['source'] })).hits.map((h) => [h.id, h.page]);
    assert.deepEqual(
      (await found(PUBLIC_ACTOR)).sort(),
      [
        [copy.id, 3],
        [indictment.id, 3],
      ].sort(),
    );

    const stored = await as(EDITOR).get('source', copy.id);
    assert.ok(stored);
    await store.run(EDITOR, (tx) =>
      tx.update(
        'source',
        { ...stored.data, title: 'Копия (служебная)', visibility: 'internal' },
        stored.version,
      ),
    );
    assert.deepEqual(await found(PUBLIC_ACTOR), [[indictment.id, 3]]);
    const inside = await as(VIEWER).search({ text: 'ст. 272', kinds: ['source'] });
    assert.equal(hitOn(inside, copy.id)?.title, 'Копия (служебная)');
    assert.equal(hitOn(inside, copy.id)?.page, 3, 'the pages follow the rewritten record');

    await store.run(EDITOR, (tx) => tx.remove('source', copy.id, stored.version + 1));
    assert.deepEqual(await found(SYSTEM_ACTOR), [[indictment.id, 3]]);
    await as(SYSTEM_ACTOR).rebuildSearch();
    assert.deepEqual(await found(SYSTEM_ACTOR), [[indictment.id, 3]]);
  });
});

// Bounds far below the data: a search past them reads its page segment by segment, and counts each document's
// pages found apart from the one statement that counts them otherwise.
forEachStore(
  'search: the pages of documents, past the bounds',
  (getStore) => {
    test('a document found by a broad search counts the pages the query finds, those the reader may see', async () => {
      const { documents, indictment } = await caseWithIndictment(getStore());
      const memo = await documents.add(
        'case:b',
        'memo',
        'Записка',
        ['В 2022 года встреча.', 'Итоги 2022 года.', 'Ничего.', 'План на 2022 года.'],
        'internal',
      );
      const open = await openSession(getStore(), PUBLIC_ACTOR).search({ text: '"2022 года"' });
      assert.equal(open.totalIsLowerBound, true, 'the search reads past its bounds');
      assert.deepEqual(
        open.hits.map((h) => [h.id, h.page, h.pagesFound]),
        [[indictment.id, 1, 2]],
      );
      const inside = await openSession(getStore(), VIEWER).search({ text: '"2022 года"' });
      assert.deepEqual(
        inside.hits.map((h) => [h.id, h.page, h.pagesFound]),
        [
          [indictment.id, 1, 2],
          [memo.id, 1, 3],
        ],
      );
      // A phrase is its words in a row: the words apart find the pages that have both anywhere.
      const words = await openSession(getStore(), VIEWER).search({ text: 'года 2022' });
      assert.equal(hitOn(words, memo.id)?.pagesFound, 3);
      const reversed = await openSession(getStore(), VIEWER).search({ text: '"года 2022"' });
      assert.equal(hitOn(reversed, memo.id), undefined);
    });
  },
  { searchBounds: { counted: 1, examined: 50 } },
);
