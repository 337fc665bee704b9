import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formsBrowserSuite } from './support/forms-browser.ts';

// What the dispatch says and the record could not hold before: the charges a trial is on, and a party that has
// not been able to register.

const CASE = 'case:kz-mamay-2022';
const { skip, signedIn, newPage, server } = formsBrowserSuite('editor-hearings');

test(
  'a hearing is tied to the charges it tries by ticking them, and the case page lists them',
  { skip },
  async () => {
    const f = await signedIn();
    await f.openNew('hearing', CASE);
    const list = f.page.locator('fieldset[data-field="charges"]');
    // The case's charges, each named as its edit link is; the demo's trials are on 378 and 274.
    await list.getByText('Art. 378', { exact: false }).waitFor();
    assert.equal(await list.locator('input[type="checkbox"]').count(), 5);
    await f.fill('id', 'hearing:test-charges');
    await f.date('date', '2023', '03', '01');
    await list.getByRole('checkbox', { name: /^Art\. 274,/ }).check();
    await f.save();
    await f.page.waitForURL(/\/cases\/case%3Akz-mamay-2022$/);
    const row = f.page.locator('[data-table="hearings"] tbody tr', { hasText: '1 March 2023' });
    await row.waitFor();
    assert.match(await row.innerText(), /Art\. 274\s*$/);
    const res = await f.page.request.get(new URL('/api/hearings/hearing%3Atest-charges', f.page.url()).href);
    assert.deepEqual(((await res.json()) as { record: { charges: string[] } }).record.charges, [
      'charge:mamay-274',
    ]);
    await f.page.close();
  },
);

test('the public sees the demo party as unregistered on its page', { skip }, async () => {
  const page = await newPage();
  await page.goto(`${server().url}/organisations/${encodeURIComponent('org:democratic-party-kz')}`);
  await page.getByText('unregistered (has not been able to register)').waitFor();
  await page.close();
});

test('a hearing that set the next one’s day offers to add it, on the same charges', { skip }, async () => {
  const f = await signedIn();
  const first = 'hearing:mamay-trial-2022-11-07';
  await f.openEdit('hearing', first);
  await f.date('nextDate', '2023', '03', '15');
  await f.save();
  await f.page.waitForURL(/\/cases\/case%3Akz-mamay-2022$/);
  // The hearings table says the day it set, beside its status.
  await f.page
    .locator('[data-table="hearings"]')
    .getByText(/next set for (15 March 2023|March 15, 2023)/)
    .waitFor();
  await f.page.locator(`[data-next-hearing="${first}"]`).click();
  await f.page.locator('form[data-kind="hearing"]').waitFor();
  const ticked = f.page.locator('fieldset[data-field="charges"] input[type="checkbox"]:checked');
  assert.equal(await ticked.count(), 2);
  await f.fill('id', 'hearing:test-next');
  await f.save();
  await f.page.waitForURL(/\/cases\/case%3Akz-mamay-2022$/);
  const res = await f.page.request.get(new URL('/api/hearings/hearing%3Atest-next', f.page.url()).href);
  const { record } = (await res.json()) as { record: Record<string, unknown> };
  assert.deepEqual(
    [record.date, record.status, record.kind, record.charges],
    ['2023-03-15', 'scheduled', 'trial_session', ['charge:mamay-378', 'charge:mamay-274']],
  );
  // The day now has its hearing: the offer is gone.
  await f.page.locator('[data-edit="hearing:test-next"]').waitFor({ state: 'attached' });
  assert.equal(await f.page.locator(`[data-next-hearing="${first}"]`).count(), 0);
  await f.page.close();
});
