import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { ensureWebBuild } from '../scripts/build-web.ts';
import { addUser } from '../src/core/accounts/account.service.ts';
import { SYSTEM_ACTOR } from '../src/core/actor.ts';
import { LAW_DIR, WEB_DIR } from '../src/data-dirs.ts';
import { loadDemoIfEmpty } from '../src/exchange/demo-data.ts';
import { nodeAccountDeps } from '../src/node-secrets.ts';
import { startServer } from '../src/server.ts';
import { loadLegalKnowledge } from '../src/store/law-files.ts';
import { openSqliteStore } from '../src/store/sqlite.ts';
import { PASSWORD } from './support/auth-browser.ts';
import { CasePageObject, CHROMIUM, launchBrowser } from './support/browser.ts';

const PERSON = 'person:zhanbolat-mamay';
const CASE = 'case:kz-mamay-2022';
const hasChromium = existsSync(CHROMIUM);
const skip = !hasChromium && process.env.CI !== 'true' ? `no Chromium at ${CHROMIUM}` : false;

let browser: Browser;
let url: string;
let stop: () => Promise<void>;

before(async () => {
  if (!hasChromium) return;
  await ensureWebBuild();
  const dir = mkdtempSync(join(tmpdir(), 'casewatch-pages-'));
  const store = await openSqliteStore({ file: join(dir, 'demo.db') });
  await loadDemoIfEmpty(store, loadLegalKnowledge(LAW_DIR));
  await addUser(
    nodeAccountDeps(store),
    SYSTEM_ACTOR,
    { name: 'ed', displayName: 'Edige Nurlanov', roles: ['editor'] },
    PASSWORD,
  );
  const server = await startServer({
    store,
    law: loadLegalKnowledge(LAW_DIR),
    port: 0,
    host: '127.0.0.1',
    webRoot: WEB_DIR,
  });
  const address = server.address();
  url = `http://127.0.0.1:${typeof address === 'object' && address !== null ? address.port : 0}`;
  browser = await launchBrowser();
  stop = async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  };
});
after(async () => {
  await browser?.close();
  await stop?.();
});

/** A page of a browser signed in as the editor (the cookie set by POST /api/auth/login, as the sign-in page will). */
async function signedIn(): Promise<{ page: Page; pageObject: CasePageObject }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-GB' });
  const page = await context.newPage();
  const res = await page.request.post(`${url}/api/auth/login`, {
    data: { account: 'ed', password: PASSWORD },
  });
  assert.equal(res.status(), 200);
  return { page, pageObject: new CasePageObject(page, url) };
}

const status = async (page: Page, path: string) => (await page.request.get(`${url}${path}`)).status();

const bundle = (persons: unknown[]) =>
  Buffer.from(JSON.stringify({ format: 'casewatch-bundle', formatVersion: 3, persons }, null, 2));
const person = (id: string, names: unknown[]) => ({ id, names, visibility: 'public', sources: [] });
const name = (value: string, script: string, language: string) => ({
  value,
  script,
  language,
  kind: 'native',
  sources: [],
});

test('a person page shows every spelling with its script, and the person’s cases', { skip }, async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'en-GB' });
  const p = new CasePageObject(page, url);
  await page.goto(`${url}/persons/${PERSON}`);
  const names = page.locator('table.names tbody tr');
  await names.first().waitFor();
  const rows = await names.allInnerTexts();
  assert.ok(
    rows.some((r) => /^Zhanbolat Mamay \(preferred\)\s+Latin\s+en/.test(r)),
    rows.join('\n'),
  );
  assert.ok(
    rows.some((r) => /Жанболат Мамай\s+Cyrillic\s+kk/.test(r)),
    rows.join('\n'),
  );
  // The sources that give a name are named by their titles, not their ids.
  await page
    .locator('table.names')
    .getByText(/^Human Rights Watch/)
    .first()
    .waitFor();
  assert.doesNotMatch(await page.locator('table.names').innerText(), /source:/);
  await page.locator(`a[href="/cases/${CASE}"]`).waitFor();
  assert.deepEqual(await p.accessibilityViolations(), []);
  await p.screenshot('person-en-desktop');

  // The case list filtered by the person keeps the filter in its URL.
  await page.getByRole('link', { name: 'Open them in the case list' }).click();
  await page.locator('.filter-note').waitFor();
  assert.match(page.url(), /\/cases\?person=person%3Azhanbolat-mamay$/);
  // The note is drawn before the list's answer comes: count once the list is there.
  await page.locator('ul.case-list li').first().waitFor();
  assert.equal(await page.locator('ul.case-list li').count(), 1);
  await page.goto(`${url}/cases?person=person:nobody`);
  await page.getByText('Show all cases').waitFor();
  assert.equal(
    await page.locator('ul.case-list li').count(),
    0,
    'no case of a person who takes part in none',
  );

  // The case page links its participants to their pages.
  await p.open(CASE);
  await page.locator(`[data-table="participants"] a[href="/persons/${PERSON}"]`).first().click();
  await page.locator('table.names').waitFor();
  assert.match(page.url(), /\/persons\/person:zhanbolat-mamay$/);
  assert.deepEqual(p.errors, []);
});

test(
  'an invalid bundle shows its errors with their places and writes nothing; a valid one is imported',
  { skip },
  async () => {
    const { page, pageObject } = await signedIn();
    await page.goto(`${url}/exchange`);
    const input = page.locator('input[type="file"]');
    await input.setInputFiles({
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: bundle([person('person:new-one', [name('Ok', 'Latn', 'en')]), person('person:new-two', [])]),
    });
    const alert = page.locator('[role="alert"]');
    await alert.waitFor();
    const text = await alert.innerText();
    assert.match(text, /\$\.persons\[1\]\.names/, text);
    // The schema's message is said in the interface's words, not the core's.
    assert.match(text, /A person needs at least one name\./, text);
    assert.match(text, /Nothing was written/);
    await pageObject.screenshot('import-errors-en');
    assert.equal(await status(page, '/api/persons/person:new-one'), 404, 'nothing written');

    // A file that is not JSON is placed at its line and column.
    await input.setInputFiles({
      name: 'cut.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{\n  "format": "casewatch-bundle",\n  "persons": [ { "id": ]\n}'),
    });
    await page.locator('[role="alert"]', { hasText: /line 3, column \d+/ }).waitFor();

    await input.setInputFiles({
      name: 'good.json',
      mimeType: 'application/json',
      buffer: bundle([person('person:new-one', [name('Ok', 'Latn', 'en'), name('Ок', 'Cyrl', 'ru')])]),
    });
    const confirm = page.getByRole('button', { name: 'Import 1 record' });
    await confirm.waitFor();
    assert.match(await page.locator('main').innerText(), /Nothing has been written yet/);
    assert.equal(await status(page, '/api/persons/person:new-one'), 404, 'the check wrote nothing');
    await pageObject.screenshot('import-checked-en');
    await confirm.click();
    await page.getByText('Imported 1 record').waitFor();
    assert.equal(await status(page, '/api/persons/person:new-one'), 200);
    assert.deepEqual(await pageObject.accessibilityViolations(), []);
    // In Russian, the same schema's message is said in Russian.
    await pageObject.switchLanguage('ru');
    await input.setInputFiles({
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: bundle([person('person:new-three', [])]),
    });
    await page.locator('[role="alert"]', { hasText: 'У человека должно быть хотя бы одно имя.' }).waitFor();
    await pageObject.switchLanguage('en');
  },
);

test(
  'a record’s history shows a change field by field, and restoring the earlier version works',
  { skip },
  async () => {
    const { page, pageObject } = await signedIn();
    const csrf = ((await (await page.request.get(`${url}/api/auth/me`)).json()) as { csrfToken: string })
      .csrfToken;
    const current = (await (await page.request.get(`${url}/api/persons/${PERSON}`)).json()) as {
      version: number;
      record: Record<string, unknown>;
    };
    const res = await page.request.put(`${url}/api/persons/${PERSON}`, {
      headers: { 'X-CSRF-Token': csrf, 'If-Match': `"${current.version}"` },
      data: { record: { ...current.record, occupation: 'Changed occupation' } },
    });
    assert.equal(res.status(), 200, await res.text());

    await page.goto(`${url}/persons/${PERSON}`);
    await page.getByRole('link', { name: 'History of changes' }).click();
    const change = page.locator('table.diff tr', { hasText: 'occupation' }).first();
    await change.waitFor();
    assert.match(await change.innerText(), /Changed occupation/);
    // The record is named under the heading; a field is named in words, its places counted from 1; a field naming a
    // record by its id (a citation's source) shows the record's title, the id beside it.
    assert.match(await page.locator('#history-heading + p').innerText(), /^Zhanbolat Mamay person:/);
    const cited = page.locator('table.diff tr', { hasText: /^names 1 › sources 1 › source/ }).first();
    await cited.locator('.record-text').waitFor({ state: 'attached' });
    assert.match(
      (await cited.textContent()) ?? '',
      /Human Rights Watch dispatch .* source:hrw-dispatch-mamay/,
    );
    // Who changed it, by name, the account's id kept in the title; the demo's versions were the system's.
    const newest = page.locator('.history-entry').first().locator('[data-actor]');
    assert.equal(await newest.innerText(), 'Edige Nurlanov');
    assert.match((await newest.getAttribute('title')) ?? '', /^user:/);
    assert.equal(
      await page.locator('.history-entry').last().locator('[data-actor]').innerText(),
      'Casewatch',
    );
    await pageObject.screenshot('history-en-desktop');
    assert.deepEqual(await pageObject.accessibilityViolations(), []);

    await page.getByRole('button', { name: `Restore version ${current.version}` }).click();
    await page.getByRole('button', { name: 'Yes, restore' }).click();
    await page.getByText(`Version ${current.version} restored.`).waitFor();
    const restored = (await (await page.request.get(`${url}/api/persons/${PERSON}`)).json()) as {
      record: { occupation?: string };
    };
    assert.equal(restored.record.occupation, current.record.occupation);
  },
);
