import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Locator, Page } from 'playwright-core';
import { CasePageObject } from './support/browser.ts';
import { formsBrowserSuite, type FormsPageObject } from './support/forms-browser.ts';

// A case recorded from one source in one form, typed key by key as a researcher types the seed's dispatch: the
// source, the person (found already recorded and taken), the charges with their lineage, custody replaced by house
// arrest with its length in words, the hearings and the day of the latest news. Saved, the case page has the facts.

const { skip, signedIn } = formsBrowserSuite('editor-quick-case');

async function typeInto(box: Locator, text: string): Promise<void> {
  await box.click();
  await box.press('Control+A');
  await box.press('Backspace');
  await box.pressSequentially(text);
}

/** Types a date as the source writes it into the written-date box of a date field. */
const writeDate = (f: FormsPageObject, name: string, text: string) =>
  typeInto(f.page.locator(`fieldset.partial-date[data-field="${name}"] .written-date input`), text);

const row = (f: FormsPageObject, kind: string, i: number) =>
  f.page.locator(`[data-${kind}-row="${String(i)}"]`);

/** Types an offence or article as cited into a charge row, and takes the article offered under that name. */
async function cite(f: FormsPageObject, i: number, words: string, article?: string): Promise<void> {
  await typeInto(row(f, 'charge', i).getByLabel('Article or offence, as cited'), words);
  if (article !== undefined)
    await row(f, 'charge', i).locator('.articles-by-title').getByRole('button', { name: article }).click();
}

/** A defendant's days deprived of liberty, by kind, as the facts give them. */
interface DaysOf {
  deprivedOfLibertyBy: Record<'detention' | 'houseArrest', { min: number; max: number }>;
}

async function facts(page: Page, id: string) {
  const res = await page.request.get(
    new URL(`/api/cases/${encodeURIComponent(id)}/facts?asOf=2023-02-01`, page.url()).href,
  );
  assert.equal(res.status(), 200);
  return (await res.json()) as {
    defendants: {
      person: { id: string };
      measures: { kind: string; days: { min: number; max: number } }[];
    }[];
    lineage: { charges: string[]; links: { kind: string }[] }[];
    upcomingHearings: { date: { date: string } }[];
    horizon: { on: { date: string } };
  };
}

test(
  'the seed case is recorded from its dispatch in one form, and its page has the facts',
  { skip },
  async () => {
    const f = await signedIn();
    await f.page.goto(`${f.baseUrl}/`);
    // The cases list leads to the form, as the header's menu does.
    await f.page.locator('#main').getByRole('link', { name: 'Record a case from a source' }).waitFor();
    await f.page.locator('.new-menu summary').click();
    await f.page.locator('.new-menu').getByRole('link', { name: 'Record a case from a source' }).click();
    await f.page.locator('form[data-kind="quick-case"]').waitFor();
    // Filled by hand, the form's boxes are a line away under the text's box.
    await f.page.locator('details[data-by-hand] > summary').click();

    await typeInto(
      f.page.getByLabel('Its title, or a few words describing it'),
      'HRW dispatch on Zhanbolat Mamay',
    );
    await typeInto(f.page.getByLabel('Who published it'), 'Human Rights Watch');
    await writeDate(f, 'source.publishedOn', 'January 2023');
    // The person is recorded already: the form says so under the name, and takes that one.
    await typeInto(f.page.getByLabel('Name, as the source writes it'), 'Zhanbolat Mamai');
    const found = f.page.locator('.similar-persons [data-similar="person:zhanbolat-mamay"]');
    await found.getByRole('button', { name: 'This is the one' }).click();
    assert.equal(await f.page.getByLabel('Name, as the source writes it').count(), 0);
    assert.equal(await f.valueOnceItReads('person.existing', 'Zhanbolat Mamay'), 'Zhanbolat Mamay');

    await cite(f, 0, 'organizing mass riots', 'Art. 272(1)');
    await writeDate(f, 'charges.0.date', '2022');
    await f.click('Add a charge');
    await row(f, 'charge', 1).getByLabel('How it began').selectOption('reclassification');
    await row(f, 'charge', 1)
      .getByLabel('Reclassified from')
      .selectOption({ label: 'Charge 1 (Art. 272(1))' });
    await cite(f, 1, '400');
    await writeDate(f, 'charges.1.date', 'about November 2022');
    // An approximate date says the days it is counted as, which the facts computed from it span.
    assert.equal(
      await row(f, 'charge', 1).locator('[data-field="charges.1.date"] .date-read').innerText(),
      'Read as: about November 2022, counted as any day from 1 October 2022 to 31 December 2022',
    );
    // The charge reclassified ends there: its row says so instead of asking what became of it.
    assert.match(await row(f, 'charge', 0).innerText(), /Reclassified as charge 2/);
    assert.equal(await row(f, 'charge', 0).getByLabel('Later, as the source says').count(), 0);
    await f.click('Add a charge');
    await row(f, 'charge', 2).getByLabel('How it began').selectOption('rebrought');
    await row(f, 'charge', 2).getByLabel('Brings again').selectOption('0');
    // Brought again, it is under the article of the charge it brings again.
    assert.deepEqual(
      [
        await f.page.locator('[name="charges.2.article.article"]').inputValue(),
        await f.page.locator('[name="charges.2.article.part"]').inputValue(),
      ],
      ['272', '1'],
    );
    await writeDate(f, 'charges.2.date', '26 January 2023');
    await f.click('Add a charge');
    await cite(f, 3, 'disseminating false information', 'Art. 274');
    await writeDate(f, 'charges.3.date', '2022');
    await row(f, 'charge', 3).getByLabel('Later, as the source says').selectOption('sent_to_court');
    await writeDate(f, 'charges.3.thenDate', '2022');

    await f.click('Add a measure');
    // No start is typed: it is worked out from the change and "just over eight months".
    await typeInto(row(f, 'measure', 0).getByLabel(/How long, in the source/), 'just over eight months');
    assert.match(await row(f, 'measure', 0).locator('.duration-read').innerText(), /8 months.*9 months/);
    await f.click('Add the measure that followed');
    // The measure that followed replaced it: the box is ticked already.
    assert.equal(
      await row(f, 'measure', 0).getByLabel('Then replaced by the next measure').isChecked(),
      true,
    );
    assert.match(await row(f, 'measure', 0).innerText(), /its start is worked out from its end/);
    await writeDate(f, 'measures.0.until', 'September 2022 – 26 January 2023');
    // The start worked out from the change and the length is shown, for the user to check.
    assert.match(
      await row(f, 'measure', 0).locator('.worked-out-start').innerText(),
      /between 1 December 2021 and 26 May 2022/,
    );
    assert.equal(
      await row(f, 'measure', 1).locator('select[name="measures.1.kind"]').inputValue(),
      'house_arrest',
    );

    await f.click('Add a hearing');
    await writeDate(f, 'hearings.0.date', '7 November 2022');
    await row(f, 'hearing', 0).getByLabel('Charge 4 (Art. 274)').check();
    await f.click('Add a hearing');
    await row(f, 'hearing', 1).getByLabel('Status').selectOption('scheduled');
    await writeDate(f, 'hearings.1.date', '6 February 2023');
    await writeDate(f, 'confirmedOn', '26 January 2023');
    // The title is taken from the person's name and the first charge as the source words it, in one click.
    await f.click('Use “Zhanbolat Mamay: “organizing mass riots” and other charges”');
    assert.equal(
      await f.page.getByLabel('Title of the case').inputValue(),
      'Zhanbolat Mamay: “organizing mass riots” and other charges',
    );
    // Filled in, the form is labelled and readable throughout.
    const checked = new CasePageObject(f.page, f.baseUrl);
    const axe = await checked.accessibilityViolations();
    assert.deepEqual(
      axe.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
      [],
    );
    await checked.screenshot('quick-case-form-en-desktop');
    await f.click('Save the case');

    await f.page.waitForURL(/\/cases\/case%3A[a-z0-9]+\?asOf=2023-01-26$/);
    const id = decodeURIComponent(new URL(f.page.url()).pathname.split('/').at(-1) ?? '');
    // The page says what was saved, counted, to be held against the form.
    assert.equal(
      await f.page.locator('.recorded-notice').innerText(),
      'Saved from the source: 4 charges, 2 restraint measures, 2 hearings and 1 source. Each fact cites its sentence (“source” under it); the facts at the top are computed from them. Check it against the source, sentence by sentence',
    );
    const got = await facts(f.page, id);
    // The charges are listed in the order they were brought, each followed by those that took its place or were
    // brought again after it (272(1), its reclassification as 400, 272(1) brought again), then the others.
    await f.page.locator('[data-table="charges"] tbody tr').nth(3).waitFor();
    const articles = await f.page.locator('[data-table="charges"] tbody th').allInnerTexts();
    assert.deepEqual(
      articles.map((text) => /^Art\. [\d()]+/.exec(text)?.[0]),
      ['Art. 272(1)', 'Art. 400', 'Art. 272(1)', 'Art. 274'],
    );
    // Each revision says it was recorded with the form, from the source by its title.
    const history = (await (
      await f.page.request.get(new URL(`/api/cases/${encodeURIComponent(id)}/history`, f.page.url()).href)
    ).json()) as { entries: { reason?: string }[] };
    assert.equal(
      history.entries[0]?.reason,
      'recorded with the form of one source, from “HRW dispatch on Zhanbolat Mamay”',
    );
    // A measure shows its length in the source's words.
    assert.match(
      await f.page.locator('[data-table="measures"]').innerText(),
      /lasting “just over eight months”, as the source says/,
    );
    // The case cites its own source; the demo's dispatch is cited only by the person's names, and is listed apart.
    await f.page.locator('[data-table="sources"]').getByText('HRW dispatch on Zhanbolat Mamay').waitFor();
    const through = f.page.locator('[data-table="sources-through"]');
    assert.match(
      await through.innerText(),
      /Human Rights Watch dispatch on the renewed[\s\S]*Zhanbolat Mamay/,
    );
    assert.equal(
      await f.page
        .locator('[data-table="sources"]')
        .getByText(/on the renewed/)
        .count(),
      0,
    );
    assert.equal(got.defendants[0]?.person.id, 'person:zhanbolat-mamay');
    assert.deepEqual(
      got.defendants[0]?.measures.map((m) => [m.kind, m.days.min, m.days.max]),
      [
        ['custody', 242, 276],
        ['house_arrest', got.defendants[0]?.measures[1]?.days.min, got.defendants[0]?.measures[1]?.days.max],
      ],
    );
    assert.deepEqual(
      got.lineage[0]?.links.map((l) => l.kind),
      ['reclassification', 'rebrought'],
    );
    assert.deepEqual(
      got.upcomingHearings.map((h) => h.date.date),
      ['2023-02-06'],
    );
    assert.equal(got.horizon.on.date, '2023-01-26');
    const held = await f.page.request.get(new URL(`/api/cases/${encodeURIComponent(id)}`, f.page.url()).href);
    const heard = (
      (await held.json()) as { hearings: { date: { date: string }; charges?: { id: string }[] }[] }
    ).hearings;
    // The trial held on 7 November is on the charge ticked; the scheduled session says nothing of its charges.
    const byDate = Object.fromEntries(
      heard.map((h) => [typeof h.date === 'string' ? h.date : h.date.date, h.charges]),
    );
    assert.equal((byDate['2022-11-07'] as unknown[] | undefined)?.length, 1);
    assert.equal(byDate['2023-02-06'], undefined);
    // Past the source's latest news, the case as it stood on that day is one click away.
    // Saved, the page opens as the source left it, on the day of its latest news.
    await f.page.locator('.as-of-now[data-as-of="2023-01-26"]').waitFor();
    assert.match(await f.page.locator('[data-fact="next-hearing"]').innerText(), /6 February 2023/);
    // Seen today, the case as it stood on that day is one click away.
    await f.page.goto(`${f.baseUrl}/cases/${encodeURIComponent(id)}`);
    // A count of days that runs on past the news leads with the count the record confirms, up to that news, and says
    // under it the day's own count, not confirmed; one the news changes nothing of (custody, ended before it) says
    // nothing more.
    const atNews = await f.page.request.get(
      new URL(`/api/cases/${encodeURIComponent(id)}/facts?asOf=2023-01-26`, f.page.url()).href,
    );
    const confirmed = ((await atNews.json()) as { defendants: DaysOf[] }).defendants[0]?.deprivedOfLibertyBy;
    assert.ok(confirmed !== undefined);
    const daysText = (d: { min: number; max: number }) =>
      d.min === d.max ? `${String(d.max)} days` : `${String(d.min)}–${String(d.max)} days`;
    const houseArrest = f.page.locator('[data-fact="house-arrest"] dd');
    await houseArrest.locator('[data-by-news]').waitFor();
    const lines = (await houseArrest.innerText()).split('\n');
    assert.equal(lines[0], `${daysText(confirmed.houseArrest)} to the record’s latest news, 26 January 2023`);
    assert.match(lines[1] ?? '', /^on \d{1,2} \w+ \d{4}, not confirmed: \d+–[\d,]+ days$/);
    assert.equal(await f.page.locator('[data-fact="detained"] [data-by-news]').count(), 0);
    // The status leads with what was last known, and the day's own is said as not confirmed.
    const status = (await f.page.locator('[data-fact="status"] dd').innerText()).split('\n');
    assert.equal(status[0], 'under house arrest last known, 26 January 2023');
    assert.match(status[1] ?? '', /^on \d{1,2} \w+ \d{4}, not confirmed: under house arrest or released$/);
    await f.page.getByRole('link', { name: 'See the case as it stood on 26 January 2023' }).click();
    await f.page.waitForURL(/asOf=2023-01-26/);
    await f.page.locator('.as-of-now[data-as-of="2023-01-26"]').waitFor();
    // On the day of the news itself, nothing is set beside the counts.
    assert.equal(await f.page.locator('[data-by-news]').count(), 0);
    // The offence as typed is the charge's label, and its edit form shows it in the article's box.
    const charges = (
      (await held.json()) as {
        charges: { id: string; articleTitle?: string; lifecycle: { kind: string }[] }[];
      }
    ).charges;
    // The first of the two charges so worded: the one reclassified.
    const first = charges.find(
      (c) => c.articleTitle === 'organizing mass riots' && c.lifecycle.some((s) => s.kind === 'reclassified'),
    );
    assert.ok(first, JSON.stringify(charges));
    await f.openEdit('charge', first.id);
    assert.equal(
      await f.page.getByLabel('Article or offence, as cited').inputValue(),
      'organizing mass riots',
    );
    // A stored approximate date reads in its written box as the words that give it.
    const reclassified = f.page.locator('[data-field="lifecycle.1.date"]');
    assert.equal(
      await reclassified.getByLabel('Type it as the source gives it').inputValue(),
      'about November 2022',
    );
    // The reclassification and the bringing of the charge it made are one act: moved here, both move.
    await reclassified.locator('xpath=..').locator('[data-one-act="successor"]').waitFor();
    await typeInto(reclassified.getByLabel('Type it as the source gives it'), 'November 2022');
    // Saved, the edit comes back to the case as it was being read: as of the day of its latest news.
    await f.click('Save');
    await f.page.waitForURL(/\/cases\/case[^?]*\?asOf=2023-01-26$/);
    await f.page.locator('.as-of-now[data-as-of="2023-01-26"]').waitFor();
    assert.equal(await f.page.locator('.edit-saved').innerText(), 'Saved.');
    const after = (await (
      await f.page.request.get(new URL(`/api/cases/${encodeURIComponent(id)}`, f.page.url()).href)
    ).json()) as { charges: { article: { article: string }; lifecycle: { kind: string; date: string }[] }[] };
    const made = after.charges.find((c) => c.article.article === '400');
    assert.equal(made?.lifecycle[0]?.date, '2022-11');
    await f.page.close();
  },
);

test('a form with mistakes saves nothing and shows each beside its box', { skip }, async () => {
  const f = await signedIn();
  await f.page.goto(`${f.baseUrl}/cases/from-source`);
  await f.page.locator('form[data-kind="quick-case"]').waitFor();
  await f.page.locator('details[data-by-hand] > summary').click();
  await typeInto(f.page.getByLabel('Its title, or a few words describing it'), 'A statement');
  await typeInto(f.page.getByLabel('Name, as the source writes it'), 'Aigerim Tleuzhan');
  await cite(f, 0, '274');
  // The article's boxes are folded under what they hold.
  assert.match(
    await row(f, 'charge', 0).locator('details.article-boxes summary').innerText(),
    /kz · cc · 274/,
  );
  await f.click('Add a charge');
  await cite(f, 1, 'an offence the law data does not name');
  await writeDate(f, 'charges.1.date', '2022');
  await f.click('Save the case');
  await f.page.locator('.form-summary').waitFor();
  assert.match(await f.page.locator('.form-summary').innerText(), /Nothing was saved/);
  assert.equal(await f.errorOf('title'), 'Required');
  // A date left out says how to write one the source does not give; the first problem is brought into view.
  assert.match(await f.errorOf('charges.0.date'), /^Required\. If the source gives no date/);
  // Focus moves once the marks are drawn: waited for, then read.
  await f.page
    .locator('[name="title"]:focus')
    .waitFor({ timeout: 5000 })
    .catch(() => undefined);
  assert.equal(await f.page.evaluate<string | undefined>('document.activeElement?.name'), 'title');
  // A row whose article was not found opens its boxes to show where the number is missing.
  assert.notEqual(await f.errorOf('charges.1.article.article'), '');
  assert.equal(await row(f, 'charge', 1).locator('details.article-boxes').getAttribute('open'), '');
  assert.match(f.page.url(), /\/cases\/from-source$/);
  // A date bounded on one side only is not taken, and the box says what to write instead.
  await writeDate(f, 'charges.0.date', 'before 7 Nov 2022');
  await f.page.getByLabel('Title of the case').focus();
  assert.match(
    await row(f, 'charge', 0).locator('.written-date .field-error').innerText(),
    /bounded on one side only/,
  );
  await f.page.close();
});
