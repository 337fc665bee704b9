import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { after, before, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { SYSTEM_ACTOR } from '../src/core/actor.ts';
import type { Store } from '../src/core/ports.ts';
import en from '../web/src/locales/en.json' with { type: 'json' };
import { CHROMIUM, launchBrowser, startDemoServer } from './support/browser.ts';
import { addAccount, FormsPageObject } from './support/forms-browser.ts';
import { caseRecord, personRecord } from './support/record-fixtures.ts';
import { SearchPageObject } from './support/search-browser.ts';

const DEFENDANT = 'person:zhanbolat-mamay';
const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 390, height: 844 };
const isCI = process.env.CI === 'true';
const hasChromium = existsSync(CHROMIUM);
const skip = !hasChromium && !isCI ? `no Chromium at ${CHROMIUM}` : false;

// The English words of the search's messages and of the facets' values, which the Russian and Kazakh pages must not show.
const ENGLISH = Object.entries(en)
  .filter(([key]) => /^(search|step|status|measureKind|jurisdiction)\./.test(key))
  .flatMap(([, message]) => message.split(/[{}#;]/))
  .map((run) => run.trim())
  .filter((run) => /[a-z]{3}/.test(run) && !/,/.test(run) && !/^(one|other|plural|number)\b/.test(run));

/** Records the public must never see: a person of the same family name, and a case about him, both internal. */
async function addInternal(store: Store): Promise<void> {
  await store.run(SYSTEM_ACTOR, async (tx) => {
    await tx.create(
      'person',
      personRecord('person:internal-mamay', {
        names: [{ value: 'Айгерим Мамай', script: 'Cyrl', language: 'kk', kind: 'native', sources: [] }],
      }),
    );
    await tx.create(
      'case',
      caseRecord('case:internal-mamay', {
        title: 'Internal file on the Mamay family',
        participants: [{ person: 'person:internal-mamay', role: 'witness', sources: [] }],
      }),
    );
  });
}

/** A public document of the demo case, its text read: page 2 names the defendant in the instrumental case. */
const DOCUMENT = 'source:doc-search-pages';
const DOCUMENT_PAGES = [
  'ПРОТОКОЛ ДОПРОСА СВИДЕТЕЛЯ. Город Алматы, 12 января 2022 года.',
  'Свидетель показал, что 4 января видел на площади вместе с Мамаем двух журналистов.',
  'Сведения о действиях, предусмотренных ч. 1 ст. 272 УК РК, свидетелю неизвестны.',
];

/** Keeps the document as an upload and its reading would: its source record, its file's row, its pages. */
async function addReadDocument(store: Store): Promise<void> {
  const sha256 = createHash('sha256').update(DOCUMENT).digest('hex');
  const file = { sha256, size: 2048, mediaType: 'text/plain' };
  await store.run(SYSTEM_ACTOR, async (tx) => {
    await tx.create('source', {
      id: DOCUMENT,
      kind: 'document',
      title: 'Протокол допроса свидетеля',
      case: 'case:kz-mamay-2022',
      file: { ...file, name: 'protocol.txt' },
      visibility: 'public',
      disputes: [],
    });
    const files = tx.documents;
    if (files === undefined) throw new Error('this store keeps no documents');
    await files.addFile({ ...file, textStatus: 'done', pageCount: DOCUMENT_PAGES.length });
    await files.putPages(
      sha256,
      DOCUMENT_PAGES.map((text, i) => ({ page: i + 1, text, method: 'text' as const })),
    );
    await files.setText(sha256, { pagesDone: DOCUMENT_PAGES.length });
  });
}

let browser: Browser;
let server: Awaited<ReturnType<typeof startDemoServer>>;

before(async () => {
  if (!hasChromium) return;
  server = await startDemoServer({
    prepare: async (store) => {
      await addInternal(store);
      await addReadDocument(store);
    },
  });
  await addAccount(server.store, 'editor-search', 'editor');
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

async function searchPage(size = DESKTOP) {
  const page = await browser.newPage({ viewport: size, locale: 'en-GB' });
  return new SearchPageObject(page, server.url);
}

test('every form of the name typed in the box finds the demo defendant', { skip }, async () => {
  const s = await searchPage();
  await s.home();
  for (const q of ['Mamai', 'Mamay', 'Mamaı', 'Мамай', 'Мамая', 'Мамаем', 'MAMAY Zhanbolat']) {
    await s.search(q);
    assert.equal(new URL(s.page.url()).searchParams.get('q'), q, 'the URL keeps the query');
    assert.ok((await s.hitIds()).includes(DEFENDANT), `${q} finds him`);
  }
  // The snippet marks what matched, as text.
  assert.ok((await s.page.locator('.search-hit mark').count()) > 0);
  const first = s.page.locator(`.search-hit[data-id="${DEFENDANT}"] a`);
  await first.click();
  await s.page.waitForURL(/\/persons\/person:zhanbolat-mamay$/);
  assert.deepEqual(s.errors, []);
  await s.page.close();
});

test(
  'a name declined on a page of a document finds the page; the hit opens the viewer at it',
  { skip },
  async () => {
    const s = await searchPage();
    await s.openResults(`${new URLSearchParams({ q: 'Мамаем' }).toString()}&kind=source`);
    const hit = s.page.locator(`.search-hit[data-id="${DOCUMENT}"]`);
    assert.equal(await hit.locator('.search-page').innerText(), 'page 2');
    assert.deepEqual(await hit.locator('mark').allInnerTexts(), ['Мамаем']);
    const link = hit.locator('a.search-hit-title');
    assert.equal(await link.innerText(), 'Протокол допроса свидетеля');
    assert.equal(await link.getAttribute('href'), `/documents/${encodeURIComponent(DOCUMENT)}?page=2`);
    await link.click();
    await s.page.locator('.page-text[data-page="2"]').waitFor();
    assert.match(new URL(s.page.url()).search, /^\?page=2$/);
    assert.match(await s.page.locator('.page-text').innerText(), /вместе с Мамаем/);
    await s.page.close();
  },
);

test('a facet narrows the results and is kept in the URL, with its count', { skip }, async () => {
  const s = await searchPage();
  await s.openResults('q=Mamay');
  const all = await s.hitKinds();
  assert.ok(new Set(all).size > 1, `several kinds: ${all.join(', ')}`);
  const persons = await s.facetCount('kind', 'person');
  await s.toggleFacet('kind', 'person');
  assert.match(s.page.url(), /kind=person/);
  const kinds = await s.hitKinds();
  assert.ok(kinds.length > 0 && kinds.length <= persons);
  assert.deepEqual([...new Set(kinds)], ['person']);
  await s.page.reload();
  await s.resultsReady();
  assert.deepEqual([...new Set(await s.hitKinds())], ['person'], 'a reload shows the same filter');
  await s.toggleFacet('kind', 'person');
  assert.ok((await s.hitKinds()).length >= kinds.length);
  await s.page.close();
});

test('suggestions come as one types, and are chosen by the keyboard', { skip }, async () => {
  const s = await searchPage();
  await s.home();
  await s.box.pressSequentially('Мама', { delay: 30 });
  await s.options.first().waitFor();
  assert.equal(await s.box.getAttribute('aria-expanded'), 'true');
  const labels = await s.options.allInnerTexts();
  const index = labels.findIndex((l) => /Мамай|Mamay|Mamai/.test(l));
  assert.ok(index >= 0, `the defendant is suggested: ${labels.join(' | ')}`);
  for (let i = 0; i <= index; i++) await s.box.press('ArrowDown');
  const active = await s.box.getAttribute('aria-activedescendant');
  assert.ok(active);
  assert.equal(await s.page.locator(`[id="${active}"]`).getAttribute('aria-selected'), 'true');
  await s.box.press('Escape');
  assert.equal(await s.box.getAttribute('aria-expanded'), 'false', 'Escape closes the list');
  await s.box.press('ArrowDown');
  await s.options.first().waitFor();
  for (let i = 0; i <= index; i++) await s.box.press('ArrowDown');
  await s.box.press('Enter');
  await s.page.waitForURL(/\/persons\/person:zhanbolat-mamay$/);
  assert.deepEqual(s.errors, []);
  await s.page.close();
});

test(
  'the public never sees an internal record in results or suggestions; an editor does',
  { skip },
  async () => {
    const s = await searchPage();
    await s.openResults('q=%D0%9C%D0%B0%D0%BC%D0%B0%D0%B9');
    const asPublic = await s.hitIds();
    assert.ok(asPublic.includes(DEFENDANT));
    assert.deepEqual(
      asPublic.filter((id) => id.includes('internal')),
      [],
    );
    assert.equal((await s.page.content()).includes('Айгерим'), false);
    await s.home();
    const answered = s.page.waitForResponse((r) => decodeURIComponent(r.url()).includes('suggest?q=Айгер'));
    await s.box.pressSequentially('Айгер', { delay: 30 });
    await answered;
    await s.page.locator('.search-box [role="status"]', { hasText: 'No suggestions' }).waitFor();
    assert.equal(await s.options.count(), 0);
    await s.page.close();

    const page = await browser.newPage({ viewport: DESKTOP, locale: 'en-GB' });
    const forms = new FormsPageObject(page, server.url);
    await forms.signIn('editor-search');
    const editor = new SearchPageObject(page, server.url);
    await editor.openResults('q=%D0%9C%D0%B0%D0%BC%D0%B0%D0%B9');
    assert.ok((await editor.hitIds()).includes('person:internal-mamay'));
    await page.close();
  },
);

test('the new person form says who the person may already be, as the name is typed', { skip }, async () => {
  const page = await browser.newPage({ viewport: DESKTOP, locale: 'en-GB' });
  const forms = new FormsPageObject(page, server.url);
  await forms.signIn('editor-search');
  await forms.openNew('person');
  await forms.page.locator('[name="names.0.value"]').pressSequentially('Мамай Жанболат', { delay: 20 });
  const link = page.locator(`.similar-persons [data-similar="${DEFENDANT}"] a`);
  await link.waitFor();
  assert.equal(await link.getAttribute('href'), `/persons/${DEFENDANT}`);
  await page.locator('.record-form').screenshot({ path: 'reports/screenshots/search-similar-person.png' });
  await page.close();
});

for (const locale of ['en', 'ru', 'kk'] as const)
  test(
    `the results page in ${locale}: its own words, accessible, on a desktop and a phone`,
    { skip },
    async () => {
      const s = await searchPage();
      await s.home();
      await s.switchLanguage(locale);
      await s.openResults('q=Mamay');
      if (locale !== 'en') {
        const text = await s.interfaceText();
        const left = ENGLISH.filter((run) =>
          new RegExp(`\\b${run.replace(/[.*+?^$()|[\]\\]/g, '\\$&')}\\b`).test(text),
        );
        assert.deepEqual(left, [], `English left on the ${locale} results page`);
      }
      // A facet's value is shown in words, never as the code it is stored as (sent_to_court).
      assert.doesNotMatch(await s.interfaceText(), /\b[a-z]+_[a-z_]+\b/);
      const axe = await s.accessibilityViolations();
      assert.deepEqual(
        axe
          .filter((v) => v.impact === 'serious' || v.impact === 'critical')
          .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
        [],
      );
      await s.screenshot(`search-${locale}-desktop`);
      await s.box.fill('');
      await s.box.pressSequentially('Мам', { delay: 30 });
      await s.options.first().waitFor();
      await s.page.screenshot({ path: `reports/screenshots/search-${locale}-suggest.png` });
      await s.box.press('Escape');
      await s.page.setViewportSize(PHONE);
      await s.screenshot(`search-${locale}-phone`);
      assert.deepEqual(s.errors, []);
      await s.page.close();
    },
  );
