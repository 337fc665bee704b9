import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { after, before, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { CasePageObject, CHROMIUM, launchBrowser, startDemoServer } from './support/browser.ts';
import { addAccount, FormsPageObject } from './support/forms-browser.ts';

const isCI = process.env.CI === 'true';
const hasChromium = existsSync(CHROMIUM);
const skip = !hasChromium && !isCI ? `no Chromium at ${CHROMIUM}` : false;

let browser: Browser;
let server: Awaited<ReturnType<typeof startDemoServer>>;

before(async () => {
  if (!hasChromium) return;
  server = await startDemoServer();
  await addAccount(server.store, 'editor-forms', 'editor');
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

async function signedIn() {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'en-GB' });
  const forms = new FormsPageObject(page, server.url);
  await forms.signIn('editor-forms');
  return forms;
}

test(
  'an editor records a person and a case with a 272(1) charge, reclassifies it, adds custody then house arrest, and the facts follow',
  { skip },
  async () => {
    const f = await signedIn();
    await f.openNew('person');
    await f.fill('id', 'person:test-forms');
    // A new name's script and language follow its letters until they are chosen.
    await f.fill('names.0.value', 'Test Testov');
    const script = f.page.locator('[name="names.0.script"]');
    const language = f.page.locator('[name="names.0.language"]');
    assert.deepEqual([await script.inputValue(), await language.inputValue()], ['Latn', 'en']);
    await f.fill('names.0.value', 'Тестов Тестұлы');
    assert.deepEqual([await script.inputValue(), await language.inputValue()], ['Cyrl', 'kk']);
    await f.fill('names.0.value', 'Тестов Тест');
    assert.equal(await language.inputValue(), 'ru');
    await f.fill('names.0.language', 'kk');
    await f.fill('names.0.value', 'Тестов Тест');
    assert.equal(await language.inputValue(), 'kk', 'a language the user typed is kept');
    await f.page.locator('.record-form').screenshot({ path: 'reports/screenshots/forms-person.png' });
    await f.save();
    await f.page.waitForURL(/\/persons\/person%3Atest-forms$/);

    await f.openNew('case');
    await f.fill('id', 'case:test-forms');
    await f.fill('title', 'The case of Test');
    await f.click('Add a participant');
    await f.fill('participants.0.person', 'person:test-forms');
    await f.save();
    await f.page.waitForURL(/\/cases\/case%3Atest-forms$/);

    await f.openNew('charge', 'case:test-forms');
    await f.fill('id', 'charge:test-1');
    await f.fill('defendant', 'person:test-forms');
    // The article typed as the indictment cites it fills the number and part, and the law data names it.
    await f.page.getByLabel('Article or offence, as cited').fill('ч. 1 ст. 272 УК РК');
    assert.equal(await f.page.locator('[name="article.article"]').inputValue(), '272');
    assert.equal(await f.page.locator('[name="article.part"]').inputValue(), '1');
    await f.date('lifecycle.0.date', '2022', '01', '10');
    const summary = f.page.locator('.article-summary');
    await summary.getByText('Organising mass riots').waitFor();
    assert.match(await summary.innerText(), /kz CC 272\(1\)[\s\S]*4 years to 10 years/);
    await f.page.locator('.record-form').screenshot({ path: 'reports/screenshots/forms-charge.png' });
    const axe = await new CasePageObject(f.page, server.url).accessibilityViolations();
    assert.deepEqual(
      axe.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
      [],
    );
    await f.save();
    await f.page.waitForURL(/\/cases\/case%3Atest-forms$/);
    // Charged, with no measure recorded: the page says that, not that the defendant is at liberty.
    const charged = new CasePageObject(f.page, server.url);
    await charged.open('case:test-forms');
    assert.match(await charged.fact('status'), /^no measure recorded\b/);

    await f.openNew('measure', 'case:test-forms');
    await f.fill('id', 'measure:custody');
    await f.fill('person', 'person:test-forms');
    await f.date('steps.0.date', '2022', '01', '12');
    await f.save();
    await f.page.waitForURL(/\/cases\/case%3Atest-forms$/);
    const casePage = new CasePageObject(f.page, server.url);
    await casePage.open('case:test-forms');
    assert.match(await casePage.fact('status'), /custody/i);

    // The charge is reclassified: the old one ends with the step, the new one names it as its origin.
    await f.openEdit('charge', 'charge:test-1');
    await f.click('Add a step');
    await f.select('lifecycle.1.kind', 'reclassified');
    await f.date('lifecycle.1.date', '2022', '03', '01');
    await f.save();
    await f.page.waitForURL(/\/cases\/case%3Atest-forms$/);
    await f.openNew('charge', 'case:test-forms');
    await f.fill('id', 'charge:test-2');
    await f.fill('defendant', 'person:test-forms');
    await f.fill('article.article', '274');
    await f.fill('article.part', '9');
    // A part the law data lacks is said to be so, beside the article's title; the charge could still be kept.
    await f.page.locator('.article-summary[data-known="unknown"]').waitFor();
    await f.fill('article.part', '2');
    await f.page.locator('.article-summary[data-known="sanctioned"]').waitFor();
    await f.select('origin.kind', 'reclassification');
    await f.fill('origin.from.0', 'charge:test-1');
    await f.date('lifecycle.0.date', '2022', '03', '01');
    await f.save();
    await f.page.waitForURL(/\/cases\/case%3Atest-forms$/);

    // Custody ends, and house arrest begins the same day.
    await f.openEdit('measure', 'measure:custody');
    await f.click('Add a step');
    await f.select('steps.1.kind', 'ended');
    await f.date('steps.1.date', '2022', '03', '15');
    await f.save();
    await f.page.waitForURL(/\/cases\/case%3Atest-forms$/);
    await f.openNew('measure', 'case:test-forms');
    await f.fill('id', 'measure:house');
    // The case's one defendant is the measure's person unless another is chosen.
    await f.select('kind', 'house_arrest');
    await f.date('steps.0.date', '2022', '03', '15');
    await f.save();
    await f.page.waitForURL(/\/cases\/case%3Atest-forms$/);
    await casePage.open('case:test-forms');
    assert.match(await casePage.fact('status'), /house arrest/i);
    assert.match(await casePage.fact('detained'), /^62 days$/);
    await f.page.screenshot({ path: 'reports/screenshots/forms-case-after.png', fullPage: true });
  },
);

test('a stale edit shows what changed meanwhile and overwrites nothing', { skip }, async () => {
  const a = await signedIn();
  const b = await signedIn();
  await a.openEdit('case', 'case:test-forms');
  await b.openEdit('case', 'case:test-forms');
  await a.fill('title', 'Changed first');
  await a.save();
  await a.page.waitForURL(/\/cases\//);
  await b.fill('title', 'Changed second');
  await b.save();
  await b.page.locator('.conflict').waitFor();
  assert.ok(await b.page.locator('[data-conflict-field="title"]').isVisible());
  await b.page.screenshot({ path: 'reports/screenshots/forms-conflict.png', fullPage: true });
  const res = await fetch(`${server.url}/api/cases/case:test-forms/record`, {
    headers: { Cookie: (await a.page.context().cookies()).map((c) => `${c.name}=${c.value}`).join('; ') },
  });
  const stored = (await res.json()) as { record: { title: string } };
  assert.equal(stored.record.title, 'Changed first');
});

test(
  "the core's schema refuses a charge without its article, and says so beside the field; nothing is saved",
  { skip },
  async () => {
    const f = await signedIn();
    await f.openNew('charge', 'case:test-forms');
    await f.fill('id', 'charge:test-invalid');
    await f.fill('defendant', 'person:test-forms');
    await f.date('lifecycle.0.date', '2022', '01', '10');
    await f.save();
    assert.notEqual(await f.errorOf('article.article'), '');
    assert.equal(await f.page.locator('[name="article.article"]').getAttribute('aria-invalid'), 'true');
    // Asked as the signed-in editor, who could read it had it been saved.
    const cookie = (await f.page.context().cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
    const res = await fetch(`${server.url}/api/charges/charge:test-invalid`, { headers: { Cookie: cookie } });
    assert.equal(res.status, 404);
  },
);
