import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { after, before, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import en from '../web/src/locales/en.json' with { type: 'json' };
import { CasePageObject, CHROMIUM, launchBrowser, startDemoServer } from './support/browser.ts';

// The case and person lists in the browser, on the demo case: filters and the sort set in the form go into the
// URL, survive a reload, and the Russian interface of the list shows no English word of its own.

const ENGLISH = Object.values(en)
  .flatMap((message) => message.split(/[{}#]/))
  .map((run) => run.trim())
  .filter((run) => /[a-z]{3}/.test(run) && !/,/.test(run) && !/^(one|other|plural|number)\b/.test(run))
  .filter((run) => !['Casewatch', 'English'].includes(run));

const isCI = process.env.CI === 'true';
const skip = !existsSync(CHROMIUM) && !isCI ? `no Chromium at ${CHROMIUM}` : false;
const TITLE = /Zhanbolat Mamay/;

let browser: Browser;
let server: Awaited<ReturnType<typeof startDemoServer>>;

before(async () => {
  if (skip) return;
  server = await startDemoServer();
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/** The list page's form and results, as a user meets them. */
class ListPage extends CasePageObject {
  filters = this.page.locator('form.list-filters');

  async openList(path: string): Promise<void> {
    await this.page.goto(`${this.baseUrl}${path}`);
    await this.settled();
  }

  /** Waits until the results (or the word that there are none) are shown. */
  async settled(): Promise<void> {
    await this.page.locator('.case-list li, p[role="status"]').first().waitFor();
  }

  field(name: string) {
    return this.filters.locator(`[name="${name}"]`);
  }

  async apply(): Promise<void> {
    await this.filters.locator('button[type="submit"]').click();
    await this.settled();
  }

  titles(): Promise<string[]> {
    return this.page.locator('.case-list li .case-link').allInnerTexts();
  }
}

async function newListPage(): Promise<ListPage> {
  const page: Page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'en-GB' });
  return new ListPage(page, server.url);
}

test('filters and the sort go into the URL and survive a reload', { skip }, async () => {
  const p = await newListPage();
  await p.openList('/cases');
  assert.match((await p.titles()).join('\n'), TITLE);
  await p.field('article').fill('400');
  await p.field('measure').selectOption('house_arrest');
  await p.field('sort').selectOption('title');
  await p.field('order').selectOption('desc');
  await p.apply();
  await p.page.waitForURL(/article=400/);
  const url = new URL(p.page.url());
  assert.equal(url.searchParams.get('measure'), 'house_arrest');
  assert.equal(url.searchParams.get('sort'), 'title');
  assert.equal(url.searchParams.get('order'), 'desc');
  assert.match((await p.titles()).join('\n'), TITLE);

  await p.page.reload();
  await p.settled();
  assert.equal(await p.field('article').inputValue(), '400');
  assert.equal(await p.field('measure').inputValue(), 'house_arrest');
  assert.equal(await p.field('sort').inputValue(), 'title');
  assert.equal(await p.field('order').inputValue(), 'desc');
  assert.match((await p.titles()).join('\n'), TITLE);

  // No case has a charge under an article no one is charged with: the list says so.
  await p.field('article').fill('999');
  await p.apply();
  await p.page.waitForURL(/article=999/);
  await p.page.getByText(en['lists.noMatch']).waitFor();
  assert.deepEqual(await p.titles(), []);
  const violations = (await p.accessibilityViolations()).filter(
    (v) => v.impact === 'serious' || v.impact === 'critical',
  );
  assert.deepEqual(violations, []);
  assert.deepEqual(p.errors, []);
  await p.page.close();
});

test('the person list filters by role in a case, and keeps it in the URL', { skip }, async () => {
  const p = await newListPage();
  await p.openList('/persons');
  await p.field('role').selectOption('defendant');
  await p.field('sort').selectOption('name');
  await p.apply();
  await p.page.waitForURL(/role=defendant/);
  const names = await p.page.locator('.case-list li').allInnerTexts();
  assert.ok(
    names.some((n) => /Mamay|Мамай/.test(n)),
    names.join(', '),
  );
  // Each person is listed with the other spellings of the name, which tell a list of look-alikes apart.
  assert.ok(
    names.some((n) => /^Zhanbolat Mamay · .*Жанболат Мамай/.test(n)),
    names.join(', '),
  );
  await p.page.reload();
  await p.settled();
  assert.equal(await p.field('role').inputValue(), 'defendant');
  await p.page.close();
});

test('in Russian the filtered case list shows no English word of its own', { skip }, async () => {
  const p = await newListPage();
  await p.openList('/cases?measure=house_arrest&sort=opened&order=desc&status=under_house_arrest');
  await p.switchLanguage('ru');
  await p.settled();
  const text = await p.interfaceText();
  const left = ENGLISH.filter((run) =>
    new RegExp(`\\b${run.replace(/[.*+?^$()|[\]\\]/g, '\\$&')}\\b`).test(text),
  );
  assert.deepEqual(left, [], 'English left on the Russian list');
  assert.match(text, /Мера пресечения/);
  await p.screenshot('lists-ru-desktop');
  await p.page.close();
});

test('on a phone the filters fold behind a disclosure that says how many are on', { skip }, async () => {
  const page = await browser.newPage({ viewport: { width: 390, height: 844 }, locale: 'en-GB' });
  const p = new ListPage(page, server.url);
  await p.openList('/cases?measure=house_arrest&status=under_house_arrest&sort=title');
  const fold = page.locator('details.filters-fold');
  const summary = fold.locator('summary');
  assert.equal(await fold.getAttribute('open'), null);
  assert.match(await summary.innerText(), /^Filters \(2 on\)$/);
  assert.equal(await p.field('measure').isVisible(), false);
  // The first screen shows the first result.
  const first = await page.locator('.case-list .case-link').first().boundingBox();
  assert.ok(first !== null && first.y + first.height <= 844, JSON.stringify(first));

  // Opened from the keyboard, it shows the filters as the URL set them.
  await summary.focus();
  await summary.press('Enter');
  await p.field('measure').waitFor({ state: 'visible' });
  assert.equal(await p.field('measure').inputValue(), 'house_arrest');
  await p.switchLanguage('ru');
  assert.match(await summary.innerText(), /^Фильтры \(задано: 2\)$/);
  const violations = (await p.accessibilityViolations()).filter(
    (v) => v.impact === 'serious' || v.impact === 'critical',
  );
  assert.deepEqual(violations, []);
  await p.screenshot('lists-ru-390');

  // On a wide screen the filters start open.
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.reload();
  await p.settled();
  assert.notEqual(await fold.getAttribute('open'), null);
  assert.deepEqual(p.errors, []);
  await page.close();
});
