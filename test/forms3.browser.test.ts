import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { after, before, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { CasePageObject, CHROMIUM, launchBrowser, startDemoServer } from './support/browser.ts';
import { addAccount } from './support/forms-browser.ts';
import { PickingFormsPageObject } from './support/forms2-browser.ts';

const CASE = 'case:kz-mamay-2022';
const PERSON = 'person:zhanbolat-mamay';
const HEARING = 'hearing:mamay-trial-2022-11-07';
const SOURCE = 'source:hrw-dispatch-mamay';
const isCI = process.env.CI === 'true';
const hasChromium = existsSync(CHROMIUM);
const skip = !hasChromium && !isCI ? `no Chromium at ${CHROMIUM}` : false;

let browser: Browser;
let server: Awaited<ReturnType<typeof startDemoServer>>;

before(async () => {
  if (!hasChromium) return;
  server = await startDemoServer();
  await addAccount(server.store, 'editor-forms3', 'editor');
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

async function signedIn() {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'en-GB' });
  const f = new PickingFormsPageObject(page, server.url);
  await f.signIn('editor-forms3');
  return f;
}

/** Adds a disputed value with one other account citing the demo's source. */
async function dispute(f: PickingFormsPageObject, path: string, value: string, note: string) {
  await f.click('Add a disputed value');
  const box = f.page.locator('[name="disputes.0.path"]');
  await box.focus();
  // The record's own paths are offered; the one wanted among them.
  assert.equal(await f.page.locator(`#suggestions-disputes-0-path option[value="${path}"]`).count(), 1);
  await box.fill(path);
  await f.fill('disputes.0.accounts.0.value', value);
  await f.fill('disputes.0.accounts.0.note', note);
  await f.page
    .locator('[data-row="disputes.0.accounts.0"]')
    .getByRole('button', { name: 'Cite a source', exact: true })
    .click();
  await f.pick('disputes.0.accounts.0.sources.0.source', 'dispatch', SOURCE);
  await f.fill('disputes.0.note', 'Sources differ');
}

async function noAxeViolations(f: PickingFormsPageObject) {
  const axe = await new CasePageObject(f.page, server.url).accessibilityViolations();
  assert.deepEqual(
    axe.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    [],
  );
}

const accountOf = (value: unknown, note: string) => ({ value, note, sources: [{ source: SOURCE }] });

test(
  "an editor fills a person's and an organisation's name schemes, a case's groups and confirmations, a hearing's announcement and changes, and disputed values, and sees them back",
  { skip },
  async () => {
    const f = await signedIn();

    await f.openEdit('person', PERSON);
    await f.fill('names.0.scheme', 'HRW house style');
    await f.fill('names.1.scheme', 'english-bgn-pcgn');
    await f.page.locator('[name="names.0.isPreferred"]').uncheck();
    await f.check('names.1.isPreferred');
    await f.fill('names.2.note', 'Confirmed by the family');
    await dispute(f, 'occupation', 'Journalist', 'An older profile');
    await noAxeViolations(f);
    await f.page.locator('.record-form').screenshot({ path: 'reports/screenshots/forms-person-more.png' });
    await f.save();
    await f.page.waitForURL(/\/persons\/person%3Azhanbolat-mamay$/);
    const person = await f.stored(`/api/persons/${PERSON}`);
    const names = person.names as Record<string, unknown>[];
    assert.equal(names[0]?.scheme, 'HRW house style');
    assert.equal(names[0]?.isPreferred, undefined, 'an unticked preference is left out, not written false');
    assert.equal(names[1]?.scheme, 'english-bgn-pcgn');
    assert.equal(names[1]?.isPreferred, true);
    assert.equal(names[2]?.note, 'Confirmed by the family');
    assert.deepEqual(person.disputes, [
      { path: 'occupation', accounts: [accountOf('Journalist', 'An older profile')], note: 'Sources differ' },
    ]);
    await f.openEdit('person', PERSON);
    assert.equal(await f.page.locator('[name="names.1.scheme"]').inputValue(), 'english-bgn-pcgn');
    assert.equal(await f.page.locator('[name="names.1.isPreferred"]').isChecked(), true);
    assert.equal(await f.page.locator('[name="names.0.isPreferred"]').isChecked(), false);
    assert.equal(await f.page.locator('[name="disputes.0.accounts.0.value"]').inputValue(), 'Journalist');

    await f.openEdit('organisation', 'org:hrw');
    await f.fill('names.0.scheme', 'none: an English name');
    await f.fill('names.0.note', 'As the organisation writes it');
    await f.save();
    await f.page.waitForURL(/\/organisations\/org%3Ahrw$/);
    const orgName = ((await f.stored('/api/organisations/org:hrw')).names as Record<string, unknown>[])[0];
    assert.equal(orgName?.scheme, 'none: an English name');
    assert.equal(orgName?.note, 'As the organisation writes it');
    assert.equal(orgName?.isPreferred, true);

    await f.openEdit('case', CASE);
    await f.click('Add a group');
    await f.fill('groups.1', 'Opposition leaders');
    await f.click('Add a theme');
    await f.fill('themes.4', 'elections');
    await f.date('confirmed.on', '2023', '02', '05');
    // A participant's period, note and confirmation are folded while nothing is recorded in them.
    const more = f.page.locator('summary', { hasText: 'Their period in the case' }).first();
    assert.equal(await f.page.locator('[name="participants.0.note"]').isVisible(), false);
    await more.click();
    await f.date('participants.0.period.from', '2022', '03');
    await f.fill('participants.0.note', 'Under house arrest since March 2022');
    await f.date('participants.0.confirmed.on', '2023', '01');
    await f.fill('participants.0.confirmed.note', 'The dispatch');
    await dispute(f, 'groups/0', 'Events of January 2022', 'Another name for the same events');
    await noAxeViolations(f);
    await f.save();
    await f.page.waitForURL(new RegExp(`/cases/${encodeURIComponent(CASE)}$`));
    const record = await f.stored(`/api/cases/${CASE}/record`);
    assert.deepEqual(record.groups, ['January 2022 events', 'Opposition leaders']);
    assert.equal((record.themes as string[])[4], 'elections');
    assert.equal((record.confirmed as { on: string }).on, '2023-02-05');
    const participant = (record.participants as Record<string, unknown>[])[0] ?? {};
    assert.deepEqual(participant.period, { from: '2022-03' });
    assert.equal(participant.note, 'Under house arrest since March 2022');
    assert.deepEqual(participant.confirmed, { on: '2023-01', note: 'The dispatch', sources: [] });
    assert.deepEqual(record.disputes, [
      {
        path: 'groups/0',
        accounts: [accountOf('Events of January 2022', 'Another name for the same events')],
        note: 'Sources differ',
      },
    ]);
    await f.openEdit('case', CASE);
    assert.equal(await f.page.locator('[name="groups.1"]').inputValue(), 'Opposition leaders');
    assert.equal(
      await f.page.locator('[name="participants.0.note"]').inputValue(),
      'Under house arrest since March 2022',
    );

    await f.openEdit('hearing', HEARING);
    await f.date('announced.on', '2022', '10', '20');
    await f.click('Add a postponement or cancellation');
    await f.select('changes.0.kind', 'postponed');
    await f.date('changes.0.decidedOn', '2022', '10', '25');
    await f.date('changes.0.to', '2022', '11', '07');
    await f.fill('changes.0.reason', 'The judge was ill');
    await dispute(f, 'date', '2022-11-08', 'A later report');
    await noAxeViolations(f);
    await f.page.locator('.record-form').screenshot({ path: 'reports/screenshots/forms-hearing-more.png' });
    await f.save();
    await f.page.waitForURL(new RegExp(`/cases/${encodeURIComponent(CASE)}$`));
    const hearing = await f.stored(`/api/hearings/${HEARING}`);
    assert.deepEqual(hearing.announced, { on: '2022-10-20', sources: [] });
    assert.deepEqual(hearing.changes, [
      {
        kind: 'postponed',
        decidedOn: '2022-10-25',
        to: '2022-11-07',
        reason: 'The judge was ill',
        sources: [],
      },
    ]);
    assert.deepEqual(hearing.disputes, [
      { path: 'date', accounts: [accountOf('2022-11-08', 'A later report')], note: 'Sources differ' },
    ]);
    await f.openEdit('hearing', HEARING);
    assert.equal(await f.page.locator('[name="changes.0.reason"]').inputValue(), 'The judge was ill');
    assert.equal(await f.page.locator('[name="disputes.0.accounts.0.value"]').inputValue(), '2022-11-08');
  },
);
