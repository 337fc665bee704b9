import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formsBrowserSuite, openFilledFromSeed } from './support/forms-browser.ts';
import { hasSeed } from './support/quick-form.ts';

// A sentence of the text no row was read from says so beside the text's sentences, and can be kept in the case's
// summary in the source's words (its context: who died where, the parties the state allows), and taken out again;
// saved, the source beside the case says which of its sentences the summary keeps.

const { skip, signedIn } = formsBrowserSuite('editor-quick-context');

const PARTIES =
  'Kazakhstan does not allow any genuinely independent opposition parties; Mamay’s party has not been able to register.';
const ACCOUNTABILITY =
  'The authorities have failed to ensure accountability for the hundreds who died or who alleged ill-treatment and torture following the violence.';

test(
  'a sentence nothing records is said to be so, kept in the summary with a click, taken out, and kept once saved',
  { skip },
  async (t) => {
    if (!hasSeed(t)) return;
    const f = await signedIn();
    await openFilledFromSeed(f);
    // Shown beside the text's sentences first.
    const asRead = f.page.locator('section.as-read');
    const unread = asRead.locator('[data-unread]');
    // Each sentence no row was read from says so; a photograph's credit and a button's words, no sentences, do not.
    const none = await unread.allInnerTexts();
    // (The caption is read: it shows him at liberty on a day, which bounds custody's start.)
    assert.equal(none.length, 2, none.join(' | '));
    assert.ok(none.every((line) => line === 'Nothing is recorded from it. Keep it in the case’s summary'));
    const paragraphs = await asRead.locator('.as-read-text > li').allInnerTexts();
    assert.equal(paragraphs.find((p) => p.startsWith('© 2022'))?.includes('Nothing is recorded'), false);
    assert.equal(
      paragraphs.find((p) => p.startsWith('Click to expand'))?.includes('Nothing is recorded'),
      false,
    );
    // A sentence every row's line follows is no such sentence: the lead sentence has rows, and no such line.
    const summary = f.page.getByLabel('Summary (optional)');
    assert.equal(await summary.inputValue(), '');
    await asRead
      .getByRole('button', {
        name: /^Keep it in the case’s summary: “The authorities have failed to ensure…”$/,
      })
      .click();
    assert.equal(await summary.inputValue(), ACCOUNTABILITY);
    const kept = asRead.locator('[data-unread="kept"]');
    assert.equal(
      await kept.innerText(),
      'Kept in the case’s summary, in the source’s words. Take it out of the case’s summary',
    );
    // The text's sentences of the charges offered to start the summary come before it, not in place of it.
    await f.page.locator('.suggested-summary button').click();
    const started = await summary.inputValue();
    assert.match(started, /^As Kazakhstan gears up for parliamentary elections this spring \[2023\]/);
    assert.ok(started.endsWith(`Mamay remains under house arrest.\n${ACCOUNTABILITY}`), started);
    // Taken out, the summary is as it was before it; kept again, it is there once.
    await kept
      .getByRole('button', {
        name: /^Take it out of the case’s summary: “The authorities have failed to ensure…”$/,
      })
      .click();
    assert.ok(started.startsWith(await summary.inputValue()));
    assert.ok((await summary.inputValue()).endsWith('Mamay remains under house arrest.'));
    await asRead
      .getByRole('button', {
        name: /^Keep it in the case’s summary: “The authorities have failed to ensure…”$/,
      })
      .click();
    assert.equal(await summary.inputValue(), started);
    // A sentence the text gives before it is kept before it: the summary keeps the text's order.
    await asRead
      .getByRole('button', { name: /^Keep it in the case’s summary: “Kazakhstan does not allow/ })
      .click();
    const ordered = started.replace(ACCOUNTABILITY, `${PARTIES}\n${ACCOUNTABILITY}`);
    assert.equal(await summary.inputValue(), ordered);

    await f.click('Save the case');
    await f.page.waitForURL(/\/cases\/case%3A[^/]+\/sources\//);
    const id = decodeURIComponent(new URL(f.page.url()).pathname.split('/')[2] ?? '');
    const saved = (await (
      await f.page.request.get(new URL(`/api/cases/${encodeURIComponent(id)}`, f.page.url()).href)
    ).json()) as { summary?: string };
    assert.equal(saved.summary, ordered);
    // The source beside the case says which of its sentences no record cites the summary keeps.
    const inSummary = f.page.locator('[data-unread="kept"]');
    await inSummary.first().waitFor();
    assert.deepEqual(await inSummary.allInnerTexts(), [
      'Kept in the case’s summary.',
      'Kept in the case’s summary.',
    ]);
    // Each after the sentence it keeps.
    const keeping = await f.page.locator('.as-read-text > li', { has: inSummary }).allInnerTexts();
    assert.equal(keeping.length, 2);
    assert.match(keeping[0] ?? '', /has not been able to register\.\s*Kept in the case’s summary\./);
    assert.match(keeping[1] ?? '', /following the violence\.\s*Kept in the case’s summary\./);
    await f.page.close();
  },
);

test(
  'the term a text says a charge carries is set against the law data’s: the seed’s agrees, a wrong one says so',
  { skip },
  async (t) => {
    if (!hasSeed(t)) return;
    const f = await signedIn();
    await openFilledFromSeed(f);
    // In the list, after the charges: the term the text says, of the charge brought again, and the law's for it.
    await f.page.getByLabel('as a list, a line a row').check();
    const said = f.page.locator('[data-as-read-row="maximums.0"]');
    await said.locator('[data-maximum]').waitFor();
    assert.equal(
      await said.innerText(),
      'The term the text says: at most 10 years in prison, said of the charge below\nCharge 3 (Art. 272(1)): the law data gives its part imprisonment 4 years to 10 years: they agree',
    );
    const places = await f.page.evaluate<string[]>(
      `[...document.querySelectorAll('[data-as-read-row]')].map((row) => row.getAttribute('data-as-read-row'))`,
    );
    assert.equal(places.indexOf('maximums.0'), places.lastIndexOf('charges.4') + 1);
    // Beside the text's sentences, it follows the sentence saying it, which is marked as read.
    await f.page.getByLabel('beside the text’s sentences').check();
    assert.equal(
      await f.page
        .locator('.as-read-text mark', { hasText: 'The charge carries a maximum 10-year prison sentence.' })
        .count(),
      1,
    );
    // A text giving a term the article's gravest part does not carry says they differ, and asks for a check.
    await f.page
      .getByLabel('The source’s text')
      .fill(
        'On 10 March 2024 the Almaty City Prosecutor’s office charged Erlan Sadykov with “disseminating false information”, which carries up to 15 years in prison.',
      );
    await f.click('Fill the form from the text');
    const differs = f.page.locator('[data-maximum="differs"]');
    await differs.waitFor();
    assert.match(
      await differs.innerText(),
      /^differs: check it Charge 1 \(Art\. 274\): the law data gives its article, at its gravest, imprisonment \d+ years to \d+ years: they differ/,
    );
    await f.page.close();
  },
);
