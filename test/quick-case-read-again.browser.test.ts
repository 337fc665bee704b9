import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formsBrowserSuite, type FormsPageObject } from './support/forms-browser.ts';
import { hasSeed, seedText } from './support/quick-form.ts';

// The text read a second time replaces what its first reading filled in, rather than adding every row again; over
// rows the researcher has changed since, the form asks first, and keeping the form as it is changes nothing.

const { skip, signedIn } = formsBrowserSuite('editor-quick-again');

const FILLED = /^Filled from the text: 5 charges, 2 measures, 2 hearings[.,]/;

/** The seed's text pasted into the form, and the form filled from it. */
async function fillFromSeed(f: FormsPageObject): Promise<void> {
  await f.page.getByLabel('The source’s text').fill(seedText());
  await f.click('Fill the form from the text');
  await f.page.getByText(FILLED).waitFor();
}

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
    await f.page.goto(`${f.baseUrl}/cases/from-source`);
    await fillFromSeed(f);
    const once = await lines(f);
    assert.equal(once.filter((place) => place.startsWith('charges.')).length, 5);

    // Read again with nothing changed: the same rows, once each, and nothing asked.
    await f.click('Fill the form from the text');
    await f.page.getByText(FILLED).waitFor();
    assert.equal(await f.page.getByRole('alertdialog').count(), 0);
    assert.deepEqual(await lines(f), once);

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
    assert.deepEqual(await lines(f), once);
    await f.page.close();
  },
);

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
