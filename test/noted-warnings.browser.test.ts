import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formsBrowserSuite } from './support/forms-browser.ts';

// A warning of the case's facts is noted by an editor as it stands, with why: shown apart from those still to look
// at, with its note, for every reader; the public and a viewer are not offered to note one.

const CASE = 'case:kz-mamay-2022';
const FATE = 'charge.replaced_brought_again charge:mamay-400';
const { skip, signedIn, newPage, server } = formsBrowserSuite('editor-noted');

test(
  'an editor notes a warning as the source leaves it, and it is shown apart with its note',
  { skip },
  async () => {
    const f = await signedIn();
    await f.page.goto(`${f.baseUrl}/cases/${encodeURIComponent(CASE)}`);
    const warnings = f.page.locator('[data-fact="warnings"]');
    const fate = warnings.locator(`ul:not(.noted-warnings) > li[data-warning="${FATE}"]`);
    await fate.waitFor();
    await fate.getByRole('button', { name: 'Note it as it stands' }).click();
    const why = fate.getByLabel('Why it stands (for example: the source does not say)');
    assert.equal(await why.inputValue(), 'The source does not say.');
    // Without a reason, nothing is written.
    await why.fill(' ');
    await fate.getByRole('button', { name: 'Save the note' }).click();
    assert.equal(await fate.getByRole('alert').innerText(), 'Say why it stands.');
    await why.fill('The dispatch does not say whether Art. 400 was dropped when Art. 272(1) came back.');
    await fate.getByRole('button', { name: 'Save the note' }).click();
    const noted = warnings.locator(`ul.noted-warnings > li[data-warning="${FATE}"]`);
    await noted.waitFor();
    assert.match(
      await noted.innerText(),
      / Noted: The dispatch does not say whether Art\. 400 was dropped when Art\. 272\(1\) came back\.$/,
    );
    assert.equal(await warnings.locator('h4').innerText(), 'Noted as it stands');
    assert.equal(await fate.count(), 0);
    // The case records it, at a new version, by its code and record.
    const res = await f.page.request.get(`${f.baseUrl}/api/cases/${encodeURIComponent(CASE)}/record`);
    const stored = (await res.json()) as { version: number; record: { acknowledged?: unknown[] } };
    assert.deepEqual(stored.record.acknowledged, [
      {
        code: 'charge.replaced_brought_again',
        record: 'charge:mamay-400',
        note: 'The dispatch does not say whether Art. 400 was dropped when Art. 272(1) came back.',
        sources: [],
      },
    ]);
    await f.page.close();
    // A visitor reads the note with the warning, and is offered nothing to note.
    const visitor = await newPage();
    await visitor.goto(`${server().url}/cases/${encodeURIComponent(CASE)}`);
    await visitor.locator(`[data-fact="warnings"] ul.noted-warnings > li[data-warning="${FATE}"]`).waitFor();
    assert.equal(await visitor.getByRole('button', { name: 'Note it as it stands' }).count(), 0);
    await visitor.close();
  },
);
