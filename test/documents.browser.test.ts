import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { CasePageObject, CHROMIUM, launchBrowser, startDemoServer } from './support/browser.ts';
import { DocumentsPageObject } from './support/documents-browser.ts';
import { addAccount } from './support/forms-browser.ts';
import { CITATION, DEJAVU, emptyFile, russianPdf } from './support/pdf-fixtures.ts';
import { englishIn } from './support/forms2-browser.ts';

const CASE = 'case:kz-mamay-2022';
const CHARGE = 'charge:mamay-272-1-second';
const isCI = process.env.CI === 'true';
const hasChromium = existsSync(CHROMIUM);

// The viewer's journey needs the document routes and the charge's elements route in the API this branch serves.
const OPENAPI = readFileSync(join(import.meta.dirname, '..', 'docs', 'openapi.json'), 'utf8');
const missingRoutes = ['/api/cases/{caseId}/documents', '/api/charges/{id}/elements'].filter(
  (path) => !OPENAPI.includes(`"${path}"`),
);
const skip = !hasChromium && !isCI ? `no Chromium at ${CHROMIUM}` : false;
const skipDocuments =
  skip ||
  (missingRoutes.length > 0 && !isCI ? `the API has no ${missingRoutes.join(', ')}` : false) ||
  (!existsSync(DEJAVU) && !isCI ? `no font at ${DEJAVU} to write the test PDF` : false);

let browser: Browser;
let server: Awaited<ReturnType<typeof startDemoServer>>;

// The server keeps uploads in the folder CASEWATCH_FILES names: a throwaway one, not the repository's data/.
const files = mkdtempSync(join(tmpdir(), 'casewatch-docweb-files-'));
process.env.CASEWATCH_FILES = files;

before(async () => {
  if (!hasChromium) return;
  server = await startDemoServer();
  await addAccount(server.store, 'editor-docs', 'editor', 'Dana Docs');
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await server?.close();
  rmSync(files, { recursive: true, force: true });
});

async function signedIn(width = 1280) {
  const page = await browser.newPage({ viewport: { width, height: 900 }, locale: 'en-GB' });
  const d = new DocumentsPageObject(page, server.url);
  await d.signIn('editor-docs');
  return d;
}

/** A record as the signed-in editor reads it from the API. */
async function stored(d: DocumentsPageObject, path: string): Promise<Record<string, unknown>> {
  const cookie = (await d.page.context().cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
  const res = await fetch(`${server.url}${path}`, { headers: { Cookie: cookie } });
  assert.equal(res.status, 200, path);
  return ((await res.json()) as { record: Record<string, unknown> }).record;
}

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

test(
  'a researcher uploads a Russian indictment, reads page 3, makes an allegation of the sentence citing the article with two elements, and links evidence to it; the public cannot open it',
  { skip: skipDocuments },
  async () => {
    const d = await signedIn();
    const title = 'Обвинительный акт (тест)';
    // A refused upload says why, by the core's code, and lists nothing.
    await d.page.goto(`${server.url}/cases/${encodeURIComponent(CASE)}`);
    await d.page
      .locator('form.upload-control input[type="file"]')
      .setInputFiles({ name: 'empty.pdf', mimeType: 'application/pdf', buffer: emptyFile() });
    await d.page.locator('form.upload-control').getByRole('button', { name: 'Upload' }).click();
    assert.deepEqual(await d.uploadError(), { text: 'The file is empty.', code: 'document.empty' });
    await d.upload(
      CASE,
      { name: 'indictment.pdf', mimeType: 'application/pdf', buffer: await russianPdf() },
      title,
    );
    await d.waitForText(title);
    await d.openPage(title, 3);
    assert.match(d.page.url(), /\?page=3$/);
    const text = await d.pageText();
    assert.ok(squash(text).includes(CITATION), 'page 3 carries the citation');
    const sentence = /Своими[\s\S]*?поджогами\./.exec(text)?.[0];
    assert.ok(sentence, 'the sentence with the citation is on page 3');
    // The extraction's citation is offered beside the text.
    await d.page.locator('.suggestions-panel [data-suggestion="citation"]').first().waitFor();
    const documentUrl = d.page.url();
    const documentId = decodeURIComponent(new URL(documentUrl).pathname.split('/').at(-1) ?? '');

    await d.selectInText(sentence);
    await d.page.getByRole('button', { name: 'New allegation from this passage' }).click();
    await d.page.locator('form[data-kind="allegation"]').waitFor();
    assert.equal(squash(await d.page.locator('[name="passage.quote"]').inputValue()), squash(sentence));
    const offsets = d.page.locator('.passage-offsets');
    const start = Number(await offsets.getAttribute('data-start'));
    const end = Number(await offsets.getAttribute('data-end'));
    assert.equal(end - start, sentence.length);

    await d.fill('id', 'allegation:test-page-3');
    await d.fill('summary', 'Organised mass riots accompanied by violence, pogroms and arson');
    await d.pick('charge', 'mamay-272-1-second', CHARGE);
    await d.page.locator('.elements-field input[value="organising"]').check();
    await d.page.locator('.elements-field input[value="mass_riots"]').check();
    await d.save();
    await d.page.waitForURL(/\/documents\/.*\?page=3$/);
    const listed = d.page.locator('[data-allegation="allegation:test-page-3"]');
    await listed.waitFor();
    assert.match(await listed.innerText(), /2 elements/);
    // The viewer under axe-core (serious and critical rules), and readable on a 390-pixel phone.
    const viewer = new CasePageObject(d.page, server.url);
    const axe = (await viewer.accessibilityViolations()).filter(
      (v) => v.impact === 'serious' || v.impact === 'critical',
    );
    assert.deepEqual(
      axe.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
      [],
    );
    await viewer.screenshot('document-viewer-en-desktop');
    await d.page.setViewportSize({ width: 390, height: 844 });
    await d.page.locator('.page-text').waitFor();
    assert.ok(
      (await d.page.evaluate<number>('document.documentElement.scrollWidth')) <= 390,
      'the viewer does not scroll sideways at 390 px',
    );
    await viewer.screenshot('document-viewer-en-phone');
    await d.page.setViewportSize({ width: 1280, height: 900 });
    // In Russian the viewer speaks no English of its own.
    await viewer.switchLanguage('ru');
    await d.page.getByRole('heading', { name: 'Найдено в тексте' }).waitFor();
    assert.deepEqual(englishIn(await viewer.interfaceText()), []);
    // The chain of custody names the editor, and says in Russian what each event concerns.
    const added = d.page.locator('.custody-events li[data-action="added"]');
    assert.equal(await added.locator('[data-actor]').innerText(), 'Dana Docs');
    assert.match((await added.locator('[data-actor]').getAttribute('title')) ?? '', /^user:/);
    assert.match(squash(await added.innerText()), /добавлен: Dana Docs · (.* · )?как «indictment\.pdf»$/);
    const read = d.page.locator('.custody-events li[data-action="text_read"]');
    assert.match(squash(await read.innerText()), /текст распознан: Dana Docs · 4 страницы/);
    await viewer.switchLanguage('en');
    assert.match(squash(await read.innerText()), /text read by Dana Docs · 4 pages/);
    const allegation = await stored(d, '/api/allegations/allegation:test-page-3');
    assert.equal(allegation.document, documentId);
    assert.equal(allegation.charge, CHARGE);
    assert.deepEqual(allegation.elements, ['organising', 'mass_riots']);
    assert.deepEqual(allegation.passage, { page: 3, start, end, quote: sentence });

    // The evidence form links an item to the new allegation, with its stance and one element.
    await d.openNew('evidence', CASE);
    await d.fill('id', 'evidence:test-videos');
    await d.select('type', 'video');
    await d.select('side', 'defence');
    await d.fill('title', 'Full recording of the stream of 4 January');
    await d.page.getByRole('button', { name: 'Link to an allegation' }).click();
    await d.select('links.0.allegation', 'allegation:test-page-3');
    await d.select('links.0.stance', 'contradicts');
    await d.page.locator('.link-elements input[value="mass_riots"]').check();
    await d.save();
    await d.page.waitForURL(new RegExp(`/cases/${encodeURIComponent(CASE)}$`));
    const evidence = await stored(d, '/api/evidence/evidence:test-videos');
    assert.deepEqual(evidence.links, [
      { allegation: 'allegation:test-page-3', stance: 'contradicts', elements: ['mass_riots'] },
    ]);

    // The uploaded document is internal: an anonymous visitor is told there is no such document.
    const visitor = await browser.newPage({ locale: 'en-GB' });
    await visitor.goto(documentUrl);
    await visitor.getByText('There is no such document, or you may not see it.').waitFor();
    assert.equal(await visitor.locator('.page-text').count(), 0);
    await visitor.close();
    await d.page.close();
  },
);

test(
  'the evidence form links an item to one of the case allegations with a stance, and the case page lists the documents section',
  { skip },
  async () => {
    const d = await signedIn(390);
    const casePage = new CasePageObject(d.page, server.url);
    await casePage.open(CASE);
    // An editor sees the case's documents and the control that adds one.
    await d.page.locator('#documents-heading').waitFor();
    await d.page.locator('form.upload-control input[type="file"]').waitFor();
    await d.page.locator('[data-add="evidence"]').click();
    await d.page.locator('form[data-kind="evidence"]').waitFor();
    await d.fill('id', 'evidence:test-witness');
    await d.select('type', 'witness_statement');
    await d.select('side', 'defence');
    await d.fill('title', 'A protester: the call was to a peaceful rally');
    await d.select('commissionedBy', 'defence');
    await d.select('reliability.rating', 'medium');
    await d.page.getByRole('button', { name: 'Link to an allegation' }).click();
    await d.select('links.0.allegation', 'allegation:mamay-facebook-videos');
    await d.select('links.0.stance', 'contradicts');
    await d.save();
    await d.page.waitForURL(new RegExp(`/cases/${encodeURIComponent(CASE)}$`));
    const evidence = await stored(d, '/api/evidence/evidence:test-witness');
    assert.deepEqual(evidence.links, [
      { allegation: 'allegation:mamay-facebook-videos', stance: 'contradicts' },
    ]);
    assert.deepEqual(evidence.reliability, { rating: 'medium' });
    await d.page.close();
  },
);

test(
  'a new allegation form for a speech asks for its assessment, and only then; the forms pass axe-core',
  { skip },
  async () => {
    const d = await signedIn();
    await d.openNew('allegation', CASE);
    const finding = d.page.locator('[name="speechAssessment.finding"]');
    assert.equal(await finding.count(), 0);
    await d.select('type', 'speech');
    await finding.waitFor();
    // No charge chosen: the checklist says what it needs.
    await d.page.getByText('Choose the charge to see the elements of its offence.').waitFor();
    // The allegation and evidence forms under axe-core (serious and critical rules).
    const forms = new CasePageObject(d.page, server.url);
    const serious = async () =>
      (await forms.accessibilityViolations())
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    assert.deepEqual(await serious(), []);
    await d.openNew('evidence', CASE);
    await d.page.getByRole('button', { name: 'Link to an allegation' }).click();
    await d.select('links.0.allegation', 'allegation:mamay-decided-to-organise');
    await d.page.locator('.link-elements input[value="intent"]').waitFor();
    assert.deepEqual(await serious(), []);
    await d.page.close();
  },
);

test(
  'a post found online is uploaded with its capture record; a wrong time is shown beside its field; the viewer shows where it was found',
  { skip },
  async () => {
    const d = await signedIn(390);
    await d.page.goto(`${server.url}/cases/${encodeURIComponent(CASE)}`);
    const form = d.page.locator('form.upload-control');
    const post = {
      name: 'mamay-post.html',
      mimeType: 'text/html',
      buffer: Buffer.from('<html><body><p>Приходите на мирный митинг 5 января.</p></body></html>'),
    };
    await form.locator('input[type="file"]').setInputFiles(post);
    await form.locator('input[name="title"]').fill('The call to the rally, as posted');
    await form.locator('select[name="documentKind"]').selectOption('video');
    await form.locator('details.upload-online summary').click();
    await form.locator('input[name="url"]').fill('https://www.facebook.com/mamay/posts/10158');
    await form.locator('input[name="capture.platform"]').fill('facebook');
    await form.locator('input[name="capture.postId"]').fill('10158');
    await form.locator('input[name="capture.capturedAt"]').fill('the day after');
    await form.getByRole('button', { name: 'Upload' }).click();
    // The core names the field; the form puts its message beside it, and nothing was added.
    await form.locator('input[name="capture.capturedAt"][aria-invalid="true"]').waitFor();
    assert.equal(
      await d.page.locator('.documents-table tr', { hasText: 'The call to the rally' }).count(),
      0,
    );

    await form.locator('input[name="capture.capturedAt"]').fill('2022-01-06T10:00:00Z');
    await form.getByRole('button', { name: 'Upload' }).click();
    await d.page.locator('.documents-table tr', { hasText: 'The call to the rally' }).waitFor();
    await d.page
      .locator('.documents-table')
      .getByRole('link', { name: 'The call to the rally, as posted' })
      .click();
    const origin = d.page.locator('.document-origin');
    await origin.waitFor();
    const text = squash(await origin.innerText());
    assert.match(text, /Where it was found/);
    assert.match(text, /facebook\.com\/mamay\/posts\/10158/);
    assert.match(text, /Platform facebook/);
    assert.match(text, /Captured at \(date and time\) 2022-01-06T10:00:00Z/);
    await d.page.close();
  },
);
