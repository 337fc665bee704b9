import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  FILLED,
  fillFromSeed,
  formsBrowserSuite,
  openFilledFromSeed,
  type FormsPageObject,
} from './support/forms-browser.ts';
import { hasSeed } from './support/quick-form.ts';

// The text read a second time replaces what its first reading filled in, rather than adding every row again; over
// rows the researcher has changed since, the form asks first, and keeping the form as it is changes nothing.

const { skip, signedIn } = formsBrowserSuite('editor-quick-again');

/** The lines of the rows read from the text, their claims' answers and assessments aside. */
const lines = (f: FormsPageObject) =>
  f.page.evaluate<string[]>(
    `[...document.querySelectorAll('[data-as-read-row]')].map((item) => item.getAttribute('data-as-read-row'))
      .filter((place) => !place.endsWith('.answer') && !place.endsWith('.assessment'))`,
  );

test(
  'the text read again fills each row once, and asks before it replaces a row changed since',
  { skip },
  async (t) => {
    if (!hasSeed(t)) return;
    const f = await signedIn();
    await openFilledFromSeed(f);
    const once = await lines(f);
    assert.equal(once.filter((place) => place.startsWith('charges.')).length, 5);

    // Read again with nothing changed: the same rows, once each, and nothing asked. (The reading hides the rows while
    // it is on its way, and the click may return before it starts: the lines are read until they are back.)
    await f.click('Fill the form from the text');
    await f.page.getByText(FILLED).waitFor();
    assert.equal(await f.page.getByRole('alertdialog').count(), 0);
    assert.deepEqual(await linesOnceBack(f, once.length), once);

    // A row changed, then the text read again: the form asks, and keeping it as it is changes nothing.
    const measure = f.page.locator('[data-as-read-row="measures.0"]');
    await measure.getByRole('button', { name: 'change' }).click();
    const duration = measure.getByLabel(/^How long, in the source’s words/);
    await duration.fill('eight months');
    await measure.getByRole('button', { name: 'Done' }).last().click();
    await f.click('Fill the form from the text');
    const question = f.page.getByRole('alertdialog');
    assert.match(
      await question.innerText(),
      /holds 20 rows read from a text before, and you have changed 1 of them/,
    );
    await question.getByRole('button', { name: 'Keep the form as it is' }).click();
    assert.equal(await question.count(), 0);
    assert.match(await measure.innerText(), /eight months/);
    assert.doesNotMatch(await measure.innerText(), /just over eight months/);

    // Replacing them, the row is read anew, and still no row is there twice.
    await f.click('Fill the form from the text');
    await question.getByRole('button', { name: 'Read it again, replacing them' }).click();
    await f.page.getByText(FILLED).waitFor();
    await f.page.locator('[data-as-read-row="measures.0"]', { hasText: 'just over eight months' }).waitFor();
    assert.deepEqual(await linesOnceBack(f, once.length), once);
    await f.page.close();
  },
);

/** The lines once as many are shown as expected, or those shown after ten seconds. */
async function linesOnceBack(f: FormsPageObject, count: number): Promise<string[]> {
  let shown = await lines(f);
  for (let waited = 0; shown.length !== count && waited < 10_000; waited += 100) {
    await f.page.waitForTimeout(100);
    shown = await lines(f);
  }
  return shown;
}

/** Whether the page, about to be unloaded, asks to stay: its handlers cancel the event the browser sends first. */
const asksBeforeUnload = (f: FormsPageObject) =>
  f.page.evaluate<boolean>(
    `(() => { const e = new Event('beforeunload', { cancelable: true }); window.dispatchEvent(e); return e.defaultPrevented; })()`,
  );

test(
  'a form with work in it has the browser ask before the page is reloaded or closed; an empty one does not',
  { skip },
  async (t) => {
    if (!hasSeed(t)) return;
    const f = await signedIn();
    await f.page.goto(`${f.baseUrl}/cases/from-source`);
    await f.page.locator('form[data-kind="quick-case"]').waitFor();
    assert.equal(await asksBeforeUnload(f), false);
    await fillFromSeed(f);
    assert.equal(await asksBeforeUnload(f), true);
    await f.page.close();
  },
);
