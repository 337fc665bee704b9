import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { formsBrowserSuite, type FormsPageObject } from './support/forms-browser.ts';

// From a charge on its case's page, one click starts the charge that succeeds it: reclassified from it, or brought
// again after it. The new charge starts from the old one, and a reclassification records on the old one that it
// was reclassified, in the same write.

const CASE = 'case:kz-mamay-2022';
const BROUGHT_AGAIN = 'charge:mamay-272-1-second';
const { skip, signedIn, newPage, server } = formsBrowserSuite('editor-succession');

type Stored = { version: number; record: Record<string, unknown> };
type Step = { kind: string; date: string; successors?: string[] };

/** A charge as the API gives it to the signed-in page. */
async function charge(page: Page, id: string): Promise<Stored> {
  const res = await page.request.get(new URL(`/api/charges/${encodeURIComponent(id)}`, page.url()).href);
  assert.equal(res.status(), 200, id);
  return (await res.json()) as Stored;
}

/** The case's page, with each record's own links unfolded under "Editing". */
async function openCase(f: FormsPageObject): Promise<void> {
  await f.page.goto(`${f.baseUrl}/cases/${encodeURIComponent(CASE)}`);
  for (const kind of ['charge', 'measure'])
    await f.page.locator(`details.edit-each[data-edit-each="${kind}"] > summary`).click();
  await f.page.locator(`[data-reclassify="${BROUGHT_AGAIN}"]`).waitFor();
}

const value = (f: FormsPageObject, name: string) => f.page.locator(`[name="${name}"]`).inputValue();

test('a charge is reclassified from its case page, and the old charge says so', { skip }, async () => {
  const f = await signedIn();
  await openCase(f);
  const before = await charge(f.page, BROUGHT_AGAIN);
  await f.page.locator(`[data-reclassify="${BROUGHT_AGAIN}"]`).click();
  await f.page.locator('form[data-kind="charge"] .succession-notice').waitFor();
  assert.match(await f.page.locator('.succession-notice').innerText(), /^Reclassifying Art\. 272\(1\)/);
  // The defendant and the code come from the old charge; the article is the user's to write.
  assert.equal(await f.valueOnceItReads('defendant', 'Zhanbolat Mamay'), 'Zhanbolat Mamay');
  assert.deepEqual([await value(f, 'article.code'), await value(f, 'article.article')], ['cc', '']);
  const id = await value(f, 'id');
  await f.page.locator('[name="article.article"]').pressSequentially('400');
  await f.date('lifecycle.0.date', '2023', '03', '14');
  await f.save();
  await f.page.waitForURL(/\/cases\/case%3Akz-mamay-2022$/);

  const made = await charge(f.page, id);
  assert.deepEqual(made.record.origin, { kind: 'reclassification', from: [BROUGHT_AGAIN] });
  const old = await charge(f.page, BROUGHT_AGAIN);
  assert.equal(old.version, before.version + 1);
  const last = (old.record.lifecycle as Step[]).at(-1);
  assert.deepEqual([last?.kind, last?.date, last?.successors], ['reclassified', '2023-03-14', [id]]);
  // The case page now offers the new charge's own next steps.
  await f.page.locator(`[data-reclassify="${id}"]`).waitFor({ state: 'attached' });
  await f.page.close();
});

test('a charge is brought again from its case page under the same article', { skip }, async () => {
  const f = await signedIn();
  await openCase(f);
  const before = await charge(f.page, BROUGHT_AGAIN);
  await f.page.locator(`[data-bring-again="${BROUGHT_AGAIN}"]`).click();
  await f.page.locator('form[data-kind="charge"] .succession-notice').waitFor();
  assert.deepEqual([await value(f, 'article.article'), await value(f, 'article.part')], ['272', '1']);
  const id = await value(f, 'id');
  await f.date('lifecycle.0.date', '2024', '02');
  await f.save();
  await f.page.waitForURL(/\/cases\/case%3Akz-mamay-2022$/);
  const made = await charge(f.page, id);
  assert.deepEqual(made.record.origin, { kind: 'rebrought', from: [BROUGHT_AGAIN] });
  assert.deepEqual(
    (made.record.lifecycle as Step[]).map((s) => [s.kind, s.date]),
    [['brought', '2024-02']],
  );
  // Brought again is not a handover: the earlier charge is left as it was.
  assert.equal((await charge(f.page, BROUGHT_AGAIN)).version, before.version);
  await f.page.close();
});

test('bringing again a charge that was reclassified names the charge it became', { skip }, async () => {
  const f = await signedIn();
  await openCase(f);
  await f.page.locator('[data-bring-again="charge:mamay-272-1-first"]').click();
  const handed = f.page.locator('.succession-notice [data-handed-to="charge:mamay-400"]');
  await handed.getByText(/had been reclassified into Art\. 400/).waitFor();
  await f.page.close();
});

test('a measure is changed to another from its case page, and the old one says so', { skip }, async () => {
  const f = await signedIn();
  await openCase(f);
  const house = 'measure:mamay-house-arrest';
  await f.page.locator(`[data-change-measure="${house}"]`).click();
  await f.page.locator('form[data-kind="measure"] .succession-notice').waitFor();
  assert.match(await f.page.locator('.succession-notice').innerText(), /^Replacing house arrest/);
  assert.equal(await value(f, 'kind'), 'custody');
  const id = await value(f, 'id');
  await f.date('steps.0.date', '2024', '02', '01');
  await f.save();
  await f.page.waitForURL(/\/cases\/case%3Akz-mamay-2022$/);
  const res = await f.page.request.get(
    new URL(`/api/measures/${encodeURIComponent(house)}`, f.page.url()).href,
  );
  const steps = ((await res.json()) as { record: { steps: (Step & { successor?: string })[] } }).record.steps;
  assert.deepEqual(
    [steps.at(-1)?.kind, steps.at(-1)?.date, steps.at(-1)?.successor],
    ['changed', '2024-02-01', id],
  );
  await f.page.close();
});

test(
  'an editor finds the edit link and the next steps in each charge’s, measure’s and hearing’s row; the public does not',
  { skip },
  async () => {
    const f = await signedIn();
    await openCase(f);
    const row = f.page.locator(
      `[data-table="charges"] [data-row-action="reclassification:${BROUGHT_AGAIN}"]`,
    );
    await row.click();
    await f.page.locator('form[data-kind="charge"] .succession-notice').waitFor();
    await openCase(f);
    await f.page.locator('[data-table="measures"] [data-row-action^="change:"]').first().waitFor();
    // Each charge, measure and hearing is edited from its own row, its form saying the case to come back to.
    await f.page.locator(`[data-table="charges"] [data-row-action="edit:${BROUGHT_AGAIN}"]`).click();
    await f.page.waitForURL(
      new RegExp(`/records/charge/${encodeURIComponent(BROUGHT_AGAIN)}/edit\\?case=[^&]+$`),
    );
    await openCase(f);
    await f.page.locator('[data-table="hearings"] [data-row-action^="edit:"]').first().click();
    await f.page.locator('form[data-kind="hearing"]').waitFor();
    await f.page.close();
    const visitor = await newPage();
    await visitor.goto(`${server().url}/cases/${encodeURIComponent(CASE)}`);
    await visitor.locator('[data-table="charges"] tbody tr').first().waitFor();
    assert.equal(await visitor.locator('[data-row-action]').count(), 0);
    await visitor.close();
  },
);
