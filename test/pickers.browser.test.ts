import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { after, before, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { openSession } from '../src/core/access/session.ts';
import { SYSTEM_ACTOR } from '../src/core/actor.ts';
import type { RecordOf } from '../src/core/record/record-kinds.ts';
import type { Store } from '../src/core/ports.ts';
import { CasePageObject, CHROMIUM, launchBrowser, startDemoServer } from './support/browser.ts';
import { addAccount } from './support/forms-browser.ts';
import { PickingFormsPageObject } from './support/forms2-browser.ts';

// Record pickers over more records than a list gives at once: the demo case with 1,100 more organisations, and a
// court whose id sorts after them all. A form's picker and the case list's organisation filter (the same picker)
// find a record by typing its name in another script, and name the record they hold.

const isCI = process.env.CI === 'true';
const hasChromium = existsSync(CHROMIUM);
const skip = !hasChromium && !isCI ? `no Chromium at ${CHROMIUM}` : false;
const COURT = 'org:zz-medeu-court';
const PROSECUTOR = 'org:almaty-city-prosecutor';

const organisation = (id: string, value: string, script: 'Latn' | 'Cyrl'): RecordOf<'organisation'> => ({
  id,
  names: [{ value, script, language: script === 'Cyrl' ? 'ru' : 'en', kind: 'native', sources: [] }],
  kind: 'court',
  registration: [],
  visibility: 'public',
  sources: [],
});

async function addOrganisations(store: Store): Promise<void> {
  await openSession(store, SYSTEM_ACTOR).write(async (tx) => {
    for (let i = 0; i < 1_100; i++) {
      const n = String(i).padStart(4, '0');
      await tx.create('organisation', organisation(`org:filler-${n}`, `District court no. ${n}`, 'Latn'));
    }
    await tx.create('organisation', organisation(COURT, 'Медеуский районный суд', 'Cyrl'));
  });
}

let browser: Browser;
let server: Awaited<ReturnType<typeof startDemoServer>>;

before(async () => {
  if (!hasChromium) return;
  server = await startDemoServer({ prepare: addOrganisations });
  await addAccount(server.store, 'editor-pickers', 'editor');
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/** A page of the given width, signed in as the editor, in English. */
async function signedIn(width: number): Promise<PickingFormsPageObject> {
  const page = await browser.newPage({ viewport: { width, height: 900 }, locale: 'en-GB' });
  const f = new PickingFormsPageObject(page, server.url);
  await f.signIn('editor-pickers');
  return f;
}

/** The texts of the options a picker's list shows now. */
async function optionsOf(f: { page: CasePageObject['page'] }, box: string): Promise<string[]> {
  const list = f.page.locator(`[id="${await f.page.locator(box).getAttribute('aria-controls')}"]`);
  return list.locator('[role="option"]').allInnerTexts();
}

test(
  'a form picker finds a record beyond the first thousand by its name in another script',
  { skip },
  async () => {
    const f = await signedIn(1280);
    const page = f.page;
    await f.openNew('hearing', 'case:kz-mamay-2022');
    const box = 'input[role="combobox"][name="court"]';
    await page.locator(box).click();
    await page
      .locator(`[id="${await page.locator(box).getAttribute('aria-controls')}"] li`)
      .first()
      .waitFor();
    // Before anything is typed, the list offers the first organisations, and the court is not among them.
    const first = await optionsOf(f, box);
    assert.ok(first.length > 0 && !first.some((o) => o.includes(COURT)), first.slice(0, 3).join(' | '));
    assert.equal(await f.pick('court', 'Medeu', COURT), 'Медеуский районный суд');
    const cases = new CasePageObject(page, server.url);
    const violations = (await cases.accessibilityViolations()).filter(
      (v) => v.impact === 'serious' || v.impact === 'critical',
    );
    assert.deepEqual(violations, []);
    await page.close();
  },
);

test(
  'the organisation filter finds an organisation by a name in another script and keeps its id in the URL',
  { skip },
  async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'en-GB' });
    const list = new CasePageObject(page, server.url);
    await page.goto(`${server.url}/cases`);
    const box = page.getByRole('combobox', { name: 'Organisation' });
    await box.fill('Алматы');
    const option = page.getByRole('option', { name: /Almaty City Prosecutor/ });
    await option.waitFor();
    await box.press('ArrowDown');
    await box.press('Enter');
    assert.equal(await box.inputValue(), 'Almaty City Prosecutor’s office');
    await page.getByRole('button', { name: 'Apply' }).click();
    await page.waitForURL(/organisation=org%3Aalmaty-city-prosecutor/);
    await page.locator('.case-list .case-link').filter({ hasText: 'Zhanbolat Mamay' }).waitFor();

    // Opened from its URL, the filter names the organisation; one beyond the first thousand as well.
    await page.reload();
    await page.locator('.case-list .case-link').first().waitFor();
    await page.locator('[data-picker="organisation"] .picker-id').filter({ hasText: PROSECUTOR }).waitFor();
    assert.equal(await box.inputValue(), 'Almaty City Prosecutor’s office');
    await page.goto(`${server.url}/cases?organisation=${encodeURIComponent(COURT)}`);
    await page.locator('[data-picker="organisation"] .picker-id').filter({ hasText: COURT }).waitFor();
    assert.equal(await box.inputValue(), 'Медеуский районный суд');

    // Cleared, the filter is off.
    await box.fill('');
    await page.getByRole('button', { name: 'Apply' }).click();
    await page.waitForURL((url) => !url.search.includes('organisation'));
    assert.deepEqual(list.errors, []);
    await page.close();
  },
);

/** The selects matching `selector` whose box is narrower than one of their choices, or runs off the screen. */
function cutSelects(page: CasePageObject['page'], selector: string): Promise<string[]> {
  return page.evaluate<string[]>(`(() => {
    const cut = [];
    for (const select of document.querySelectorAll(${JSON.stringify(selector)})) {
      const style = getComputedStyle(select);
      const probe = document.createElement('span');
      probe.style.font = style.font;
      probe.style.position = 'absolute';
      probe.style.whiteSpace = 'nowrap';
      document.body.append(probe);
      // The room for the text: the box less its padding and the arrow.
      const room = select.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - 16;
      const box = select.getBoundingClientRect();
      for (const option of select.options) {
        probe.textContent = option.text;
        if (probe.offsetWidth > room || box.right > window.innerWidth) cut.push(select.name + ': ' + option.text);
      }
      probe.remove();
    }
    return cut;
  })()`);
}

test(
  'at 390 px in Russian the visibility choices read whole, in a form and in the upload',
  { skip },
  async () => {
    const f = await signedIn(390);
    const page = f.page;
    await page.evaluate(`localStorage.setItem('casewatch.locale', 'ru')`);
    await f.openNew('organisation');
    await page.locator('html[lang="ru"]').waitFor();
    await page.locator('.visibility-fields summary').click();
    assert.deepEqual(await cutSelects(page, '.visibility-fields select'), []);
    await page
      .locator('.visibility-fields')
      .screenshot({ path: 'reports/screenshots/visibility-ru-390.png' });
    await new CasePageObject(page, server.url).open('case:kz-mamay-2022');
    const upload = page.locator('.upload-control').first();
    await upload.waitFor();
    assert.deepEqual(await cutSelects(page, '.upload-control select'), []);
    await upload.screenshot({ path: 'reports/screenshots/upload-ru-390.png' });
    await page.close();
  },
);
