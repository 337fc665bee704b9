import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formsBrowserSuite } from './support/forms-browser.ts';
import { hasSeed, seedText } from './support/quick-form.ts';

// The seed's dispatch pasted into the form of one source, on a server whose demo holds the case it is about: the
// form offers to add the text to that case, marks each row the case holds already, and saving adds only what the
// case lacks (here a hearing typed in), citing the text for everything else.

const { skip, signedIn } = formsBrowserSuite('editor-quick-into');

/** The form of one source, signed in, filled from the seed's text. */
async function filledFromSeed() {
  const f = await signedIn();
  await f.page.goto(`${f.baseUrl}/cases/from-source`);
  await f.page.getByLabel('The source’s text').fill(seedText());
  await f.click('Fill the form from the text');
  await f.page.getByText(/^Filled from the text: 5 charges, 2 measures, 2 hearings[.,]/).waitFor();
  return f;
}

test(
  'a text about a case already recorded is added to it, and nothing is recorded twice',
  { skip },
  async (t) => {
    if (!hasSeed(t)) return;
    const f = await filledFromSeed();
    const known = f.page.locator('.known-cases');
    await known.waitFor();
    assert.match(await known.innerText(), /If this text is about it, add the text to that case/);
    // The text pasted is the copy the demo's dispatch was read from: said beside the case.
    assert.match(
      await known.locator('.text-is-source').innerText(),
      /^This very text is a source this case cites already: Human Rights Watch dispatch/,
    );
    await known.getByRole('button', { name: /^Add this text to this case/ }).click();

    // The form says which case, and that the case holds every row the text gave.
    const notice = f.page.locator('.into-case');
    await notice
      .getByText(
        'The case holds 13 of the 13 rows below already, and keeps its own dates for them: only the rows it lacks need checking.',
      )
      .waitFor();
    // The text is the demo's copy of the dispatch: that source is taken (said below).
    await f.page.locator('.same-text-source').waitFor();
    // None of them is to check: the case keeps its own dates.
    assert.equal(await f.page.locator('.row-fold .row-mark.in-case').count(), 13);
    // The text is not laid out over a case: its rows quote their sentences, and there is no box to tick, nor a count.
    assert.equal(await f.page.locator('.added-count').count(), 0);
    // Each list the case holds all of is folded under one line saying so, and opened only to see its rows.
    assert.deepEqual(await f.page.locator('details.all-held > summary').allInnerTexts(), [
      'in the case All 5 rows below are in the case already (open to see them)',
      'in the case All 2 rows below are in the case already (open to see them)',
      'in the case All 2 rows below are in the case already (open to see them)',
      'in the case All 4 rows below are in the case already (open to see them)',
    ]);
    for (const fold of await f.page.locator('details.all-held > summary').all()) await fold.click();
    assert.equal(await f.page.locator('.row-mark.worked-out').count(), 0);
    assert.equal(await f.page.locator('.row-mark.not-given').count(), 0);
    assert.equal(await f.page.locator('[data-charge-row] .inferred').count(), 0);
    // The case keeps its own record of Art. 400: what the text leaves open of it is not asked here.
    assert.equal(await f.page.locator('.replaced-again').count(), 0);
    assert.doesNotMatch(await f.page.locator('.draft-status').innerText(), /worked out/);
    assert.match(
      await f.page.locator('[data-charge-row="0"] details.row-fold > summary').innerText(),
      /^in the case \(open to see the text’s reading\)$/,
    );
    assert.match(
      await notice.innerText(),
      /^Adding this text to the case Zhanbolat Mamay: “mass riots” and other charges over the January 2022 protests\./,
    );
    assert.equal(await f.page.locator('.known-cases').count(), 0);
    // The person and the case are the case's own: not asked for again.
    assert.equal(await f.page.getByRole('group', { name: 'Who is prosecuted' }).count(), 0);
    assert.equal(await f.page.getByLabel('Title of the case').count(), 0);
    // Each row names the record the case holds for it; custody is the demo's detention of a kind not stated.
    assert.equal(await f.page.locator('.row-in-case.held').count(), 14);
    assert.equal(
      await f.page.locator('[data-charge-row="0"] .row-in-case').innerText(),
      'In the case: Art. 272(1) · brought 2022 · reclassified about November 2022. It cites this source already.',
    );
    assert.match(
      await f.page.locator('[data-measure-row="0"] .row-in-case').innerText(),
      /^In the case: detention, kind not stated · ordered between January 2022 and May 2022 · changed between September 2022 and 26 January 2023\. It cites this source already\. The text reads it as custody \(pre-trial detention\); the case keeps its own kind\./,
    );
    // Why the case keeps its kind is said where the case's record gives it.
    assert.match(
      (await f.page.locator('[data-measure-row="0"] .held-note').textContent()) ?? '',
      /so it is recorded as detention of a kind not stated/,
    );
    assert.match(
      await f.page.locator('[data-authority-row="0"] .row-in-case').innerText(),
      /^Named in the case already \(Almaty City Prosecutor/,
    );

    // The text pasted is the copy the demo's dispatch was read from (its digest is the source's): that source is
    // taken, rather than a second copy recorded.
    assert.match(
      await f.page.locator('.same-text-source').innerText(),
      /^This text is the source Human Rights Watch dispatch on the renewed “organizing mass riots” charge against Zhanbolat Mamay/,
    );
    assert.equal(await f.page.getByLabel('Its title, or a few words describing it').count(), 0);
    // The prosecutor's office the case names is that one: not to be picked again.
    assert.equal(
      await f.page.locator('[data-authority-row="0"]').getByLabel('One already recorded').count(),
      0,
    );
    // Before anything is typed, the form says saving would change nothing.
    await notice
      .locator('.into-nothing')
      .getByText(/^Saving would change nothing/)
      .waitFor();
    // The button says so too, and does nothing; the way back to the case is beside the notice.
    assert.equal(await f.page.getByRole('button', { name: 'Nothing to add' }).isDisabled(), true);
    assert.equal(
      await notice.getByRole('link', { name: 'Back to the case' }).getAttribute('href'),
      '/cases/case:kz-mamay-2022',
    );
    // A hearing the case does not hold, typed in: new to the case.
    await f.click('Add a hearing');
    const added = f.page.locator('[data-hearing-row="2"]');
    await f.page
      .locator('fieldset.partial-date[data-field="hearings.2.date"] .written-date input')
      .pressSequentially('14 April 2023');
    await added.locator('.row-in-case.new-to-case').waitFor();
    await notice.getByText(/^The case holds 13 of the 14 rows below already/).waitFor();
    assert.equal(await notice.locator('.into-nothing').count(), 0);
    assert.equal(await f.page.getByRole('button', { name: 'Nothing to add' }).count(), 0);

    await f.page.getByRole('button', { name: 'Add to the case' }).click();
    // The case reads as it did, not as of the text's news: only what was added is new.
    await f.page.waitForURL(/\/cases\/case%3Akz-mamay-2022$/);
    assert.equal(
      await f.page.locator('.recorded-notice').innerText(),
      'Added to the case from the source: 1 hearing. Check it against the source, sentence by sentence',
    );
    // The case still has its five charges, and now three hearings.
    const file = (await (await f.page.request.get(`${f.baseUrl}/api/cases/case:kz-mamay-2022`)).json()) as {
      charges: unknown[];
      hearings: { date: string }[];
      sources: unknown[];
    };
    assert.equal(file.charges.length, 5);
    assert.equal(file.sources.length, 4);
    assert.deepEqual(file.hearings.map((h) => h.date).sort(), ['2022-11-07', '2023-02-06', '2023-04-14']);
  },
);

test('the text may still be recorded as a case of its own', { skip }, async (t) => {
  if (!hasSeed(t)) return;
  const f = await filledFromSeed();
  await f.page
    .locator('.known-cases')
    .getByRole('button', { name: /^Add this text to this case/ })
    .click();
  await f.page.locator('.into-case').waitFor();
  await f.click('Record this text as a new case instead');
  await f.page.getByRole('group', { name: 'Who is prosecuted' }).waitFor();
  assert.equal(await f.page.locator('.row-in-case').count(), 0);
  assert.equal(await f.page.locator('.into-case').count(), 0);
  await f.page.getByRole('button', { name: 'Save the case' }).waitFor();
});

test('from a case’s page, a source’s text is read into the form laid over that case', { skip }, async (t) => {
  if (!hasSeed(t)) return;
  const f = await signedIn();
  await f.page.goto(`${f.baseUrl}/cases/case:kz-mamay-2022`);
  // Under its title, where the record came from: the demo, not a researcher's work.
  assert.match(
    await f.page.locator('.first-recorded').innerText(),
    /^First recorded on .+ by .+: demo data shipped with Casewatch \(a real case, recorded from the sources it cites\), loaded on first start from mamay\.bundle\.json\.$/,
  );
  // Read today, past its latest news, the case's facts say so, and open it as of that day in one click.
  await f.page.getByRole('link', { name: /^See the case as it stood on / }).click();
  await f.page
    .locator('.as-of-now')
    .getByText(/^The case as it stood on /)
    .waitFor();
  await f.page.getByRole('link', { name: 'Add another source’s text to this case' }).click();
  await f.page.locator('.into-case').waitFor();
  await f.page.getByLabel('The source’s text').fill(seedText());
  await f.click('Fill the form from the text');
  await f.page
    .locator('.into-case')
    .getByText(/^The case holds 13 of the 13 rows below already/)
    .waitFor();
  // The case is named at once: the person found in the text is not asked about.
  assert.equal(await f.page.locator('.known-cases').count(), 0);
});

test(
  'a case that cannot be read is said so, and the text may be recorded as a new case',
  { skip },
  async () => {
    const f = await signedIn();
    await f.page.goto(`${f.baseUrl}/cases/from-source?into=case:no-such-case`);
    await f.page
      .locator('.into-case .field-error')
      .getByText(/^This case cannot be read/)
      .waitFor();
    await f.click('Record this text as a new case instead');
    // The form is a new case's: its boxes, under the text's, ask who is prosecuted.
    await f.page.locator('details[data-by-hand] > summary').click();
    await f.page.getByRole('group', { name: 'Who is prosecuted' }).waitFor();
  },
);
