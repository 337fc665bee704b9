import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { SYSTEM_ACTOR } from '../src/core/actor.ts';
import { addUser } from '../src/core/accounts/account.service.ts';
import { nodeAccountDeps } from '../src/node-secrets.ts';
import { PASSWORD } from './support/auth-browser.ts';
import { CasePageObject, CHROMIUM, launchBrowser, startDemoServer } from './support/browser.ts';
import {
  bundleFolder,
  confidentialBundle,
  hostileBundle,
  LEGAL_TEAM,
  PAYLOADS,
  SECRETS,
} from './support/hostile-bundles.ts';

const CASE = 'case:kz-mamay-2022';
const isCI = process.env.CI === 'true';
const skip = !existsSync(CHROMIUM) && !isCI ? `no Chromium at ${CHROMIUM}` : false;

let browser: Browser;
before(async () => {
  if (skip === false) browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

/** A page that keeps the text of every API answer it was given, to look for what it must not have been sent. */
async function watchedPage(context: BrowserContext, baseUrl: string) {
  const page = await context.newPage();
  const answers: Promise<string>[] = [];
  page.on('response', (res) => {
    if (new URL(res.url()).pathname.startsWith('/api/')) answers.push(res.text().catch(() => ''));
  });
  const casePage = new CasePageObject(page, baseUrl);
  return { casePage, page, answers: async () => (await Promise.all(answers)).join('\n') };
}

/** Everything the page shows or holds: its text, its markup (attributes, titles) and the API answers it read. */
async function everythingSeen(page: Page, answers: () => Promise<string>) {
  const text = await page.evaluate<string>('document.body.innerText');
  return { text, html: await page.content(), api: await answers() };
}

describe('who sees what on the case page', { skip }, () => {
  let server: Awaited<ReturnType<typeof startDemoServer>>;
  before(async () => {
    server = await startDemoServer({
      bundles: bundleFolder(confidentialBundle()),
      prepare: async (store) => {
        const deps = nodeAccountDeps(store);
        await addUser(deps, SYSTEM_ACTOR, { name: 'vera', roles: ['viewer'] }, PASSWORD);
        await addUser(
          deps,
          SYSTEM_ACTOR,
          { name: 'emil', roles: ['editor'], groups: [LEGAL_TEAM] },
          PASSWORD,
        );
        await addUser(deps, SYSTEM_ACTOR, { name: 'ada', roles: ['admin'] }, PASSWORD);
      },
    });
  });
  after(() => server?.close());

  /** Opens the case page in a fresh browser context, signed in as `account` when given. */
  async function openAs(account?: string) {
    const context = await browser.newContext({ locale: 'en-GB' });
    if (account !== undefined) {
      const res = await context.request.post(`${server.url}/api/auth/login`, {
        data: { account, password: PASSWORD },
      });
      assert.equal(res.status(), 200, `${account} signs in`);
    }
    const watched = await watchedPage(context, server.url);
    await watched.casePage.open(CASE);
    // The records below the timeline arrive with the case; wait for the tables too.
    await watched.page.locator('[data-table="charges"]').waitFor();
    const seen = await everythingSeen(watched.page, watched.answers);
    return { ...watched, seen, close: () => context.close() };
  }

  const shows = (seen: { text: string; html: string; api: string }, word: string) =>
    seen.text.includes(word) || seen.html.includes(word) || seen.api.includes(word);

  test('a signed-out visitor reads the public case and nothing internal or restricted', async () => {
    const p = await openAs();
    assert.match(p.seen.text, /Zhanbolat Mamay/, 'the public case is shown');
    assert.match(await p.casePage.fact('status'), /house arrest/);
    for (const [what, word] of Object.entries(SECRETS))
      assert.equal(shows(p.seen, word), false, `${what} (${word}) reached a signed-out visitor`);
    // The case list and the facts are public too: nothing confidential there either.
    await p.page.goto(`${server.url}/cases`);
    await p.page.locator('.case-list a').first().waitFor();
    const list = await everythingSeen(p.page, p.answers);
    for (const word of Object.values(SECRETS))
      assert.equal(shows(list, word), false, `${word} on the case list`);
    assert.deepEqual(p.casePage.errors, []);
    await p.close();
  });

  test('a viewer reads the internal charge but no restricted field or record', async () => {
    const p = await openAs('vera');
    assert.ok(shows(p.seen, SECRETS.internalCharge), 'a viewer reads internal records');
    for (const word of [
      SECRETS.restrictedCharge,
      SECRETS.restrictedSummary,
      SECRETS.restrictedPlace,
      SECRETS.contact,
    ])
      assert.equal(shows(p.seen, word), false, `${word} reached a viewer`);
    // A viewer, who may not write, is not led to record a case.
    await p.page.goto(`${server.url}/cases`);
    await p.page.locator('.case-list a').first().waitFor();
    assert.equal(await p.page.locator('.list-lead').count(), 0);
    await p.close();
  });

  test('an editor of the legal team reads the restricted charge the viewer does not', async () => {
    const p = await openAs('emil');
    assert.ok(p.seen.api.includes(SECRETS.restrictedCharge), 'the API gives the charge to its named readers');
    assert.ok(p.seen.text.includes(SECRETS.internalCharge));
    assert.equal(shows(p.seen, SECRETS.restrictedSummary), false, 'the summary is not opened to the group');
    await p.close();
  });

  test('an admin reads the restricted summary on the page', async () => {
    const p = await openAs('ada');
    assert.ok(p.seen.text.includes(SECRETS.restrictedSummary), 'the restricted summary is shown to an admin');
    await p.close();
  });
});

describe('text from the records runs nothing', { skip }, () => {
  let server: Awaited<ReturnType<typeof startDemoServer>>;
  before(async () => {
    server = await startDemoServer({ bundles: bundleFolder(hostileBundle()) });
  });
  after(() => server?.close());

  /** Fails when a payload ran, a dialog opened, or a link would run script. */
  async function assertInert(page: Page, dialogs: string[], where: string) {
    assert.equal(await page.evaluate<unknown>('window.__xss'), undefined, `${where}: a payload ran`);
    assert.deepEqual(dialogs, [], `${where}: a dialog opened`);
    const hrefs = await page.evaluate<string[]>(
      '[...document.querySelectorAll("[href], [src], [action], [formaction], [xlink\\\\:href]")].map((e) => e.getAttribute("href") ?? e.getAttribute("src") ?? e.getAttribute("action") ?? e.getAttribute("formaction") ?? e.getAttribute("xlink:href") ?? "")',
    );
    const bad = hrefs.filter((h) => /^\s*(javascript|data|vbscript):/i.test(h) || /^x$/.test(h));
    assert.deepEqual(bad, [], `${where}: a link or image from the record's text`);
    const handlers = await page.evaluate<number>(
      '[...document.querySelectorAll("*")].filter((e) => [...e.attributes].some((a) => /^on/i.test(a.name))).length',
    );
    assert.equal(handlers, 0, `${where}: an element with an event handler attribute`);
  }

  test('the case page and the case list show every payload as text', async () => {
    const context = await browser.newContext({ locale: 'en-GB' });
    const page = await context.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    const p = new CasePageObject(page, server.url);
    await p.open(CASE);
    await page.locator('[data-table="sources"]').waitFor();
    await assertInert(page, dialogs, 'case page');
    const text = await page.evaluate<string>('document.body.innerText');
    assert.ok(text.includes('<script>window.__xss=1</script>'), 'a payload is shown as the text it is');
    assert.ok(text.includes('"><img src=x onerror="window.__xss=1">'));
    // The sources' links: of their addresses only the http(s) one is a link; the others are not drawn as links at
    // all. The rest are the application's own, each source read beside the case.
    const links = await page.evaluate<string[]>(
      '[...document.querySelectorAll(\'[data-table="sources"] a\')].map((a) => a.getAttribute("href"))',
    );
    assert.deepEqual(
      links.filter((href) => !href.startsWith('/cases/case%3Akz-mamay-2022/sources/')),
      ['https://example.org/'],
    );
    assert.match(
      text,
      /link 0[\s\S]*link 1/,
      'the sources whose address is not http(s) are listed, unlinked',
    );
    // Clicking through the page's own controls runs nothing either.
    await p.setAsOf('2022-07-01');
    await assertInert(page, dialogs, 'case page as of a day');
    await page.goto(`${server.url}/cases`);
    await page.locator('.case-list a').first().waitFor();
    await assertInert(page, dialogs, 'case list');
    // The payloads go round the bundle's text in turn: which one a list's line holds depends on the demo's text.
    const listed = await page.locator('.case-list').innerText();
    assert.ok(
      PAYLOADS.some((payload) => listed.includes(payload)),
      `the case list shows a payload as text: ${listed}`,
    );
    await p.screenshot('case-hostile-text');
    // A Content-Security-Policy refusal would mean markup tried to run or load something it should not.
    assert.deepEqual(
      p.errors.filter((e) => /Content Security Policy|Refused/i.test(e)),
      [],
      'no Content-Security-Policy violation',
    );
    await context.close();
  });
});
