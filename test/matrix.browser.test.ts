import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { after, before, test } from 'node:test';
import type { Browser } from 'playwright-core';
import en from '../web/src/locales/en.json' with { type: 'json' };
import { CHROMIUM, launchBrowser, startDemoServer } from './support/browser.ts';
import { MatrixPageObject } from './support/matrix-browser.ts';

const CASE = 'case:kz-mamay-2022';
const isCI = process.env.CI === 'true';
const hasChromium = existsSync(CHROMIUM);
const skip = !hasChromium && !isCI ? `no Chromium at ${CHROMIUM}` : false;

// The English words of the matrix's own messages.
const ENGLISH = Object.entries(en)
  .filter(([key]) => key.startsWith('matrix.'))
  .flatMap(([, message]) => message.split(/[{}#]/))
  .map((run) => run.trim())
  .filter((run) => /[a-z]{3}/.test(run) && !/^(one|other|plural|number)\b/.test(run));

let browser: Browser;
let server: Awaited<ReturnType<typeof startDemoServer>>;
before(async () => {
  if (!hasChromium) return;
  server = await startDemoServer();
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

async function openMatrix() {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'en-GB' });
  const p = new MatrixPageObject(page, server.url);
  await p.openMatrix(CASE);
  return p;
}

const VIOLENCE_EN = 'accompanied by violence, pogroms, arson';
const CAUSAL_EN = "the defendant's organising led to those riots";

test(
  'the case page links to the matrix, which shows the gaps of the indictment in words',
  { skip },
  async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'en-GB' });
    const p = new MatrixPageObject(page, server.url);
    await p.open(CASE);
    await page.getByRole('link', { name: 'Indictment matrix' }).click();
    await page.locator('.matrix-gaps').waitFor();
    assert.match(page.url(), /\/cases\/case(:|%3A)kz-mamay-2022\/matrix$/);
    assert.match(await p.standingOf(VIOLENCE_EN), /Gap: asserted, but no evidence is put forward for it/);
    assert.match(await p.standingOf(CAUSAL_EN), /Gap: no allegation asserts it/);
    // Each claim asserting an element is named there by its number and its first words, read without its link.
    const violence = page.locator('.matrix-table tbody tr', { hasText: VIOLENCE_EN }).locator('td').last();
    assert.match(await violence.innerText(), /^Allegation \d+ Mamay decided to \S/m);
    // What the record notes of a claim is read with it: the source's answer to the indictment's central claim.
    assert.match(
      await page.locator('[data-claim-note]').first().innerText(),
      /^Noted: The indictment's central claim, as Human Rights Watch quotes it\. The dispatch adds that the indictment does not say Mamay carried out any violent act or called for violence\./,
    );
    // Evidence put forward for an element is said as such: the matrix does not weigh it.
    assert.match(
      await p.standingOf('organising mass riots'),
      /Evidence put forward for it \(its weight is not judged here\)/,
    );
    const text = await page.locator('main').innerText();
    assert.match(text, /Gap: speech not assessed as protected expression or not/);
    assert.match(text, /Gap: its only support is expert opinion the prosecution commissioned/);
    assert.match(text, /Does not address: Videos uploaded to Facebook/);
    assert.match(text, /No longer live: reclassified/);
    // The two charges under Art. 272(1), the one reclassified and the one brought again, are told apart by year.
    const headings = await page.locator('section.matrix-charge > h2').allInnerTexts();
    assert.deepEqual(
      headings
        .filter((h) => h.startsWith('Art. 272(1)'))
        .map((h) => h.split(' · ')[1])
        .sort(),
      ['2022', '2023'],
    );
    // A claim's conduct dated by the record is dated beside its words.
    assert.match(text, /join the peaceful protest on January 4 \(4 January 2022\)/);
    // A charge no claim serves is one gap, its elements listed rather than each marked.
    assert.match(
      text,
      /No claim of the prosecution on this charge is recorded: none of the elements of its offence is asserted \(breaching the law's procedure/,
    );
    // The charges no claim is recorded for are one gap, in one line: the source tells no claim on them.
    assert.match(
      text,
      /⚠ Art\. 274, Art\. 378 and Art\. 400: no claim of the prosecution on these charges is recorded, so none of their elements is asserted\n/,
    );
    // Art. 400 replaced the charge brought again: live only as far as the record says, what became of it unknown.
    assert.equal(
      (await page.locator('.matrix-live').allInnerTexts()).filter((t) =>
        t.startsWith('Live as far as the record says'),
      ).length,
      1,
    );
    // The gaps counted are those of the live charges; a charge no longer live has its own, listed apart, folded.
    const counted = Number(/\d+/.exec(await page.locator('#matrix-gaps').innerText())?.[0]);
    assert.equal(await page.locator('.matrix-gaps > section > ul > li').count(), counted);
    // What the prosecution's case lacks is listed apart from what the record does not hold yet: a charge whose
    // claims are not recorded is the record's to fill, not a finding about the indictment.
    assert.match(
      await page.locator('[data-gaps="record"]').innerText(),
      /^Not in the record yet: what the source may not say; add or assess it if you know it \(\d+\)[\s\S]*Art\. 400: no claim of the prosecution on these charges is recorded/,
    );
    assert.doesNotMatch(await page.locator('[data-gaps="case"]').innerText(), /no claim of the prosecution/);
    assert.match(
      await page.locator('[data-gaps-past] > summary').innerText(),
      /of a charge no longer live|of charges no longer live/,
    );
    const csv = page.getByRole('link', { name: 'Download CSV' });
    assert.equal(await csv.getAttribute('href'), '/api/cases/case%3Akz-mamay-2022/matrix.csv?lang=en');
    const serious = (await p.accessibilityViolations()).filter(
      (v) => v.impact === 'serious' || v.impact === 'critical',
    );
    assert.deepEqual(serious, []);
    await p.screenshot('matrix-en-desktop');
    assert.deepEqual(p.errors, [], 'no console error');
    await page.close();
  },
);

test(
  'in Russian the matrix speaks Russian: element titles from the law data, gaps in words',
  { skip },
  async () => {
    const p = await openMatrix();
    await p.switchLanguage('ru');
    await p.page.locator('.matrix-gaps').waitFor();
    assert.match(
      await p.standingOf('сопровождавшиеся насилием'),
      /Пробел: утверждается, но доказательств этого не представлено/,
    );
    assert.match(
      await p.standingOf('организация обвиняемым повлекла эти беспорядки'),
      /Пробел: ни одно утверждение его не касается/,
    );
    const text = await p.interfaceText();
    assert.match(text, /ч\. 1 ст\. 272/);
    const left = ENGLISH.filter((run) =>
      new RegExp(`\\b${run.replace(/[.*+?^$()|[\]\\]/g, '\\$&')}\\b`).test(text),
    );
    assert.deepEqual(left, [], 'English left on the Russian matrix');
    await p.screenshot('matrix-ru-desktop');
    await p.page.close();
  },
);

test(
  'a browser set to ru-RU reads the elements in Russian, as the law data titles them',
  { skip },
  async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'ru-RU' });
    const p = new MatrixPageObject(page, server.url);
    await p.openMatrix(CASE);
    await page.locator('.matrix-gaps').waitFor();
    assert.match(await p.standingOf('сопровождавшиеся насилием'), /^⚠/);
    assert.doesNotMatch(await page.locator('.matrix-table th[scope="row"]').first().innerText(), /[a-z]{3}/);
    await page.close();
  },
);

test(
  'printed through Chromium, the PDF holds the element titles and the gaps, without the page’s buttons',
  { skip },
  async () => {
    const p = await openMatrix();
    const { pdf, text } = await p.printedText();
    assert.equal(pdf.subarray(0, 5).toString('latin1'), '%PDF-');
    assert.match(text, /accompanied by violence, pogroms, arson/);
    assert.match(text, /the defendant's organising led to those riots/);
    assert.match(text, /Gap: asserted, but no evidence is put forward for it/);
    assert.match(text, /Gap: no allegation asserts it/);
    assert.match(text, /Gap: speech not assessed as protected expression or not/);
    assert.doesNotMatch(text, /Download CSV|Print \/ save as PDF/);
    await p.switchLanguage('ru');
    await p.page.locator('.matrix-gaps').waitFor();
    const ru = await p.printedText();
    assert.match(ru.text, /сопровождавшиеся насилием/);
    assert.match(ru.text, /Пробел: ни одно утверждение его не касается/);
    await p.page.close();
  },
);

test(
  'at a phone’s width the matrix is read down the screen: each element’s standing and claims under its name, none past the edge',
  { skip },
  async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 }, locale: 'en-GB' });
    const p = new MatrixPageObject(page, server.url);
    await p.openMatrix(CASE);
    const row = page.locator('.matrix-table tbody tr').first();
    const [name, standing, claims] = await Promise.all(
      ['th', 'td.matrix-status', 'td:last-child'].map(async (cell) => row.locator(cell).boundingBox()),
    );
    const screen = await page.evaluate<{ page: number; width: number }>(
      '({ page: document.documentElement.scrollWidth, width: window.innerWidth })',
    );
    assert.ok(
      screen.page <= screen.width,
      `the page is ${screen.page} px wide on a ${screen.width} px screen`,
    );
    assert.ok(name && standing && claims, 'the first element’s cells are drawn');
    assert.ok(name.y + name.height <= standing.y + 1, 'its standing is under its name');
    assert.ok(standing.y + standing.height <= claims.y + 1, 'its claims are under its standing');
    for (const [what, box] of [
      ['name', name],
      ['standing', standing],
      ['claims', claims],
    ] as const)
      assert.ok(box.x >= 0 && box.x + box.width <= screen.width + 1, `its ${what} lies within the screen`);
    // Each cell says which column it is, the column headings being hidden.
    assert.match(
      await page.evaluate<string>(
        `getComputedStyle(document.querySelector('.matrix-table tbody tr td:last-child'), '::before').content`,
      ),
      /Allegations/,
    );
    await p.screenshot('matrix-en-phone');
    await page.close();
  },
);
