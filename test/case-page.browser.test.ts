import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { after, before, test } from 'node:test';
import type { Browser } from 'playwright-core';
import en from '../web/src/locales/en.json' with { type: 'json' };
import { CasePageObject, CHROMIUM, launchBrowser, startDemoServer } from './support/browser.ts';

const CASE = 'case:kz-mamay-2022';
const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 390, height: 844 };

// The English words of the interface: each message's literal runs (placeholders and plural syntax left out).
const ENGLISH = Object.values(en)
  .flatMap((message) => message.split(/[{}#]/))
  .map((run) => run.trim())
  .filter((run) => /[a-z]{3}/.test(run) && !/,/.test(run) && !/^(one|other|plural|number)\b/.test(run))
  .filter((run) => !['Casewatch', 'English'].includes(run));

const isCI = process.env.CI === 'true';
const hasChromium = existsSync(CHROMIUM);

let browser: Browser;
let server: Awaited<ReturnType<typeof startDemoServer>>;

before(async () => {
  if (!hasChromium) return;
  server = await startDemoServer();
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

const skip = !hasChromium && !isCI ? `no Chromium at ${CHROMIUM}` : false;

async function openCase(size = DESKTOP, asOf?: string) {
  const page = await browser.newPage({ viewport: size, locale: 'en-GB' });
  const casePage = new CasePageObject(page, server.url);
  await casePage.open(CASE, asOf);
  return casePage;
}

test(
  'the case page shows the computed facts and the timeline, and moves with the "as of" day',
  { skip },
  async () => {
    const p = await openCase();
    // Today is the day in the case's jurisdiction, which the page names, as the reader's day may differ.
    await p.page
      .locator('.as-of-now')
      .getByText(/^The case today, .+ \(Kazakhstan Time\)$/)
      .waitFor();
    assert.match(await p.fact('status'), /house arrest/);
    // Past its news, the status leads with what was last known; the day's own is not certain, and says what it may be.
    assert.match(
      await p.fact('status'),
      /^under house arrest last known, 26 January 2023\non \d{1,2} \w+ \d{4}, not confirmed: under house arrest or released$/,
    );
    // Today, the hearing last scheduled has passed with no outcome recorded: said so, not "none scheduled".
    assert.equal(
      await p.fact('next-hearing'),
      'None known to come: the one scheduled for 6 February 2023 has passed, its outcome not recorded',
    );
    // Each section of the long page is a link away, with how many records its table holds.
    const sections = p.page.getByRole('navigation', { name: 'On this page' });
    assert.deepEqual(await sections.getByRole('link').allInnerTexts(), [
      'Timeline',
      'Charges (5)',
      'Restraint measures (2)',
      'Hearings (2)',
      'Participants',
      'Sources (4)',
    ]);
    // The defendant's other spellings and scripts are under the name shown.
    assert.equal(
      await p.page.locator('[data-table="participants"] .also-written').first().innerText(),
      'also written: Zhanbolat Mamai and Жанболат Мамай',
    );
    // The defendant's party, and its registration, are beside the defendant, with what the tie cites folded.
    const ties = p.page.locator('[data-table="participants"] [data-affiliations]').first();
    assert.equal(
      await ties.locator('.record-text').first().innerText(),
      'leader, Democratic Party of Kazakhstan: unregistered (has not been able to register)',
    );
    await ties.locator('details.step-cited summary').click();
    assert.match(
      await ties.locator('details.step-cited').innerText(),
      /the opposition leader of the unregistered Democratic Party of Kazakhstan, Zhanbolat Mamay/,
    );
    await sections.getByRole('link', { name: 'Charges (5)' }).click();
    assert.match(p.page.url(), /#charges-heading$/);
    // A charge's bringing says how it came: by reclassification, or brought again.
    const history = await p.page.locator('[data-table="charges"] ol.steps').allInnerTexts();
    assert.ok(
      history.some((h) =>
        /^brought by reclassification about November 2022 · by Almaty City Prosecutor’s office$/m.test(h),
      ),
      history.join(' | '),
    );
    assert.ok(
      history.some((h) => /^brought again 26 January 2023 · by Almaty City Prosecutor’s office$/m.test(h)),
      history.join(' | '),
    );
    assert.match(await p.fact('detained'), /^242–276 days$/);
    assert.match(await p.fact('currency'), /Confirmed up to 26 January 2023/);
    assert.match(await p.fact('exposure'), /10 years/);
    // The prosecution's claims the case records are on its page, each with its charge, to check against the sources.
    const claims = p.page.locator('[data-table="allegations"] tbody tr');
    await claims.first().waitFor();
    assert.equal(await claims.count(), 4);
    assert.match(await claims.first().innerText(), /Art\. 272\(1\)/);
    // Evidence linked as not addressing a claim does not bear on it: the claim the videos do not address counts the
    // expert analyses alone.
    assert.match(
      await claims.filter({ hasText: 'decided to' }).innerText(),
      /\d+ elements? · 1 item of evidence|no element ticked · 1 item of evidence/,
    );
    // So is its evidence, each item with what it is, who put it forward, and how it bears on the claims.
    const items = p.page.locator('[data-table="evidence"] tbody tr');
    await items.first().waitFor();
    assert.deepEqual(
      (await items.allInnerTexts()).map((row) => row.split('\t').slice(1).join(' | ')).sort(),
      [
        'expert opinion | prosecution; commissioned by: prosecution | supports 2 allegations',
        'video | prosecution | supports 1 allegation and does not address 1 allegation',
      ],
    );
    // So do each hearing and each of the prosecution's claims, by the source's title rather than its id.
    assert.equal(
      await p.page.locator('[data-table="hearings"] tbody tr').count(),
      await p.page.locator('[data-table="hearings"] .step-cited').count(),
    );
    const claimCited = p.page.locator('[data-table="allegations"] .step-cited').first();
    await claimCited.locator('summary').click();
    assert.match(await claimCited.innerText(), /^source\n+The new indictment against Zhanbolat Mamay/);
    // A charge says the acts it charges, where the record gives them.
    assert.equal(await p.page.locator('[data-table="charges"] .charge-conduct').count(), 1);
    assert.match(
      await p.page.locator('[data-table="charges"] .charge-conduct').innerText(),
      /^Acts charged: \S/,
    );
    // Each step of a charge says what it cites, folded under it: the source by its title, and the words quoted.
    const reclassified = p.page.locator('[data-table="charges"] tbody tr').filter({ hasText: 'Art. 400' });
    await reclassified.locator('.step-cited > summary').first().click();
    assert.match(
      await reclassified.locator('.step-cited').first().innerText(),
      /^source\n+Human Rights Watch dispatch .*: reclassifying his alleged actions as “violating the procedure/,
    );
    // The one term is said to be the gravest charge's, and the total to be all charges', so neither reads as the other.
    assert.equal(
      await p.page.locator('[data-fact="exposure"] [data-gravest]').innerText(),
      'for the gravest charge alone (Art. 272(1))',
    );
    assert.match(
      await p.fact('exposure'),
      /for all charges together, if convicted of each: 11 years to 17 years/,
    );
    assert.match(await p.fact('credit'), /the days a prison sentence would be shortened by/);
    // What makes all the charges together a range is said without opening the count: a part not recorded.
    assert.equal(
      await p.page.locator('[data-fact="exposure"] [data-parts-unknown]').innerText(),
      'the part of Art. 274 is not recorded: counted from its lightest part to its gravest',
    );
    // What the exposure and the credit are made of, a click away: each live charge, and each measure's days.
    const how = (name: string) => p.page.locator(`[data-how="${name}"]`);
    await how('exposure').locator('summary').click();
    const counted = await how('exposure').locator('li').allInnerTexts();
    assert.ok(counted.includes('Art. 272(1): 10 years'), counted.join(' | '));
    // Art. 400 replaced the charge brought again, and may have been dropped when it came back: it says so.
    assert.ok(counted.includes('Art. 400: no prison term (may no longer be in force)'), counted.join(' | '));
    assert.ok(
      counted.some((c) => /^Art\. 274: .*\(the part is not recorded/.test(c)),
      counted.join(' | '),
    );
    assert.match(counted.at(-1) ?? '', /rules for several offences \(Art\. 58\(3\)\)/);
    await how('credit').locator('summary').click();
    // The measures' days are counted together, which the breakdown says, as its total is not the lines added up.
    assert.match(
      await how('credit').locator('[data-credit-linked]').innerText(),
      /^The measures’ days are counted together, not each on its own/,
    );
    // The breakdown counts the days the box beside it gives, past the last news as well.
    // (The box leads with the count the record confirms up to its latest news; the day's own is the line under it.)
    const onDay = (await p.fact('house-arrest')).split('\n')[1] ?? '';
    const houseArrest = onDay.replace(/^on .+, not confirmed: /, '');
    assert.notEqual(houseArrest, onDay, onDay);
    assert.ok(
      (await how('credit').locator('li').allInnerTexts()).includes(
        `house arrest: ${houseArrest}; a day of it counts as 0.5 days in prison`,
      ),
      houseArrest,
    );
    assert.match(await p.page.title(), /^Zhanbolat Mamay: .* · Casewatch$/);
    const timeline = p.page.locator('svg.timeline-svg');
    assert.equal(
      await timeline.locator('[data-row]').count(),
      11,
      '5 charges, 2 measures, a row of hearings, 3 events',
    );
    assert.ok(
      (await timeline.locator('[data-kind="soft-start"]').count()) > 0,
      'a start known only as a span is soft',
    );
    assert.ok((await timeline.locator('[data-link="reclassification"]').count()) === 1);
    assert.ok((await timeline.locator('[data-link="rebrought"]').count()) === 1);
    await p.screenshot('case-en-desktop');

    await p.setAsOf('2022-07-01');
    assert.match(p.page.url(), /asOf=2022-07-01/, 'the day is kept in the URL');
    assert.equal(await p.shownAsOf(), '2022-07-01');
    assert.match(await p.fact('status'), /in custody/);
    assert.doesNotMatch(await p.fact('detained'), /^242–276 days$/, 'fewer days as of an earlier day');
    assert.equal(await timeline.locator('[data-link="rebrought"]').count(), 0, 'not yet re-brought then');
    // The slider moves a day per arrow key; the page follows once the reader stops.
    await p.page.locator('.as-of-slider').focus();
    for (let i = 0; i < 3; i++) await p.page.keyboard.press('ArrowRight');
    await p.page.locator('.as-of-now[data-as-of="2022-07-04"]').waitFor();
    assert.match(p.page.url(), /asOf=2022-07-04/);
    await p.setAsOf('2022-07-01');
    await p.page.reload();
    await p.ready();
    assert.equal(await p.shownAsOf(), '2022-07-01', 'a reload shows the same day');
    assert.deepEqual(p.errors, [], 'no console error: no refused script or style, no missing message');
    // A source with no copy kept with the case is read beside it by the words its records quote, each once, with
    // the records citing them after it.
    await p.page
      .locator('[data-table="sources"] tbody tr')
      .filter({ hasText: 'Human Rights Watch dispatch on the' })
      .getByRole('link', { name: 'Check the case against it, sentence by sentence' })
      .click();
    const beside = p.page.locator('.source-beside');
    await beside.locator('[data-cited-by]').first().waitFor();
    assert.match(
      await beside.locator('header .hint').innerText(),
      /^No copy of the source’s text is kept with the case/,
    );
    const marks = await beside.locator('mark').allInnerTexts();
    assert.equal(new Set(marks).size, marks.length, 'each quote once');
    assert.ok(
      (await beside.locator('[data-cited-by="charge:mamay-272-1-second"]').allInnerTexts()).some((line) =>
        /^Charge: Art\. 272\(1\) · 2023 · brought again 26 January 2023/.test(line),
      ),
    );
    await p.page.close();
  },
);

for (const locale of ['ru', 'kk'] as const)
  test(
    `in ${locale === 'ru' ? 'Russian' : 'Kazakh'} the case page shows no English word of its own`,
    { skip },
    async () => {
      const p = await openCase();
      await p.switchLanguage(locale);
      await p.ready();
      const text = await p.interfaceText();
      const left = ENGLISH.filter((run) =>
        new RegExp(`\\b${run.replace(/[.*+?^$()|[\]\\]/g, '\\$&')}\\b`).test(text),
      );
      assert.deepEqual(left, [], `English left on the ${locale} page`);
      assert.match(await p.fact('detained'), locale === 'ru' ? /242–276 дней/ : /242–276 күн/);
      if (locale === 'ru')
        assert.match(text, /предъявлено вновь после ч\. 1 ст\. 272 · 2022 г\. · спустя 26–117 дней/);
      await p.screenshot(`case-${locale}-desktop`);
      await p.page.setViewportSize(PHONE);
      await p.screenshot(`case-${locale}-phone`);
      assert.deepEqual(p.errors, []);
      await p.page.close();
    },
  );

test(
  'the case page and the case list have no serious accessibility violation (WCAG 2.1 AA)',
  { skip },
  async () => {
    const p = await openCase(PHONE);
    await p.screenshot('case-en-phone');
    for (const locale of ['en', 'ru', 'kk'] as const) {
      await p.switchLanguage(locale);
      await p.ready();
      const serious = (await p.accessibilityViolations()).filter(
        (v) => v.impact === 'serious' || v.impact === 'critical',
      );
      assert.deepEqual(serious, [], `${locale}: ${JSON.stringify(serious, null, 1)}`);
    }
    await p.page.goto(`${server.url}/cases`);
    await p.page.locator('.case-list a').first().waitFor();
    const serious = (await p.accessibilityViolations()).filter(
      (v) => v.impact === 'serious' || v.impact === 'critical',
    );
    assert.deepEqual(serious, []);
    // By keyboard: the first Tab reaches the skip link; Enter on the case's link opens it.
    await p.page.keyboard.press('Tab');
    assert.equal(await p.page.evaluate<string>('document.activeElement.className'), 'skip-link');
    await p.page.locator('.case-list a').first().focus();
    await p.page.keyboard.press('Enter');
    await p.ready();
    assert.equal(
      await p.page.evaluate<string>('document.activeElement.id'),
      'main',
      'the content has the focus',
    );
    assert.match(p.page.url(), /\/cases\/case:kz-mamay-2022$/, 'the list links to the case page');
    await p.page.close();
  },
);
