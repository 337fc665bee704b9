import { existsSync } from 'node:fs';
import { after, before } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { addUser } from '../../src/core/accounts/account.service.ts';
import type { Store } from '../../src/core/ports.ts';
import { SYSTEM_ACTOR } from '../../src/core/actor.ts';
import { nodeAccountDeps } from '../../src/node-secrets.ts';
import { PASSWORD } from './auth-browser.ts';
import { CHROMIUM, launchBrowser, startDemoServer } from './browser.ts';
import { seedText } from './quick-form.ts';

/** An account of the given role, with the tests' password, in the server's store. */
export async function addAccount(
  store: Store,
  name: string,
  role: 'editor' | 'viewer',
  displayName?: string,
): Promise<void> {
  const account = { name, roles: [role], groups: [], ...(displayName !== undefined ? { displayName } : {}) };
  await addUser(nodeAccountDeps(store), SYSTEM_ACTOR, account, PASSWORD);
}

/** The sign-in page and the record forms as a user fills them in: by their labels, as a person reads them. */
export class FormsPageObject {
  constructor(
    readonly page: Page,
    readonly baseUrl: string,
  ) {}

  async signIn(account: string, password = PASSWORD): Promise<void> {
    await this.page.goto(`${this.baseUrl}/sign-in`);
    await this.page.getByLabel('Account').fill(account);
    await this.page.getByLabel('Password').fill(password);
    await this.page.getByRole('button', { name: 'Sign in' }).click();
    await this.page.getByTestId('signed-in-as').waitFor();
  }

  async openNew(kind: string, caseId?: string): Promise<void> {
    const query = caseId !== undefined ? `?case=${encodeURIComponent(caseId)}` : '';
    await this.page.goto(`${this.baseUrl}/records/${kind}/new${query}`);
    await this.page.locator(`form[data-kind="${kind}"]`).waitFor();
  }

  async openEdit(kind: string, id: string): Promise<void> {
    await this.page.goto(`${this.baseUrl}/records/${kind}/${encodeURIComponent(id)}/edit`);
    await this.page.locator(`form[data-kind="${kind}"]`).waitFor();
  }

  /** Fills the text box of a form field by its name (as react-hook-form registers it). */
  async fill(name: string, value: string): Promise<void> {
    // A new record's identifier is folded under one line, which is opened to write one, as a user would.
    const folded = this.page.locator('details.record-id:not([open]) > summary');
    if (name === 'id' && (await folded.count()) > 0) await folded.first().click();
    await this.page.locator(`[name="${name}"]`).fill(value);
  }

  /**
   * The value of a field once it reads `expected`, or whatever it reads after a few seconds: a picker shows a
   * record's id until the record's name has arrived, so its value is read only once that could have happened.
   */
  async valueOnceItReads(name: string, expected: string, timeout = 5000): Promise<string> {
    const field = this.page.locator(`[name="${name}"]`);
    const until = Date.now() + timeout;
    let value = await field.inputValue();
    while (value !== expected && Date.now() < until) {
      await this.page.waitForTimeout(50);
      value = await field.inputValue();
    }
    return value;
  }

  async select(name: string, value: string): Promise<void> {
    await this.page.locator(`[name="${name}"]`).selectOption(value);
  }

  /** Sets a partial date's year, month and day (month and day optional) in the input of the field. */
  async date(name: string, year: string, month?: string, day?: string): Promise<void> {
    const box = this.page.locator(`fieldset.partial-date[data-field="${name}"] .date-end`).first();
    await box.locator('input').first().fill(year);
    if (month !== undefined) await box.locator('select').selectOption(month);
    if (day !== undefined) await box.locator('input').nth(1).fill(day);
  }

  async click(name: string): Promise<void> {
    await this.page.getByRole('button', { name, exact: true }).click();
  }

  /** Saves, and waits for the page the form leads to (or the error it shows). */
  async save(): Promise<void> {
    await this.page.getByRole('button', { name: 'Save' }).click();
  }

  /** The error shown beside a field. */
  errorOf(name: string): Promise<string> {
    return this.page.locator(`#error-${name.replace(/\W/g, '-')}`).innerText();
  }
}

/**
 * One test file's demo server and Chromium, with an editor's account, started before its tests and stopped after
 * them. `skip` says why the tests cannot run (no Chromium, outside CI); `signedIn` opens a page signed in.
 */
export function formsBrowserSuite(account: string, options: Parameters<typeof startDemoServer>[0] = {}) {
  const hasChromium = existsSync(CHROMIUM);
  const skip = !hasChromium && process.env.CI !== 'true' ? `no Chromium at ${CHROMIUM}` : false;
  let browser: Browser | undefined;
  let server: Awaited<ReturnType<typeof startDemoServer>> | undefined;
  before(async () => {
    if (!hasChromium) return;
    server = await startDemoServer(options);
    await addAccount(server.store, account, 'editor');
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });
  const running = () => {
    if (browser === undefined || server === undefined) throw new Error('the browser suite has not started');
    return { browser, server };
  };
  /** A page of a fresh browser context: signed out, in English, at a desktop's width. */
  const newPage = () =>
    running().browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'en-GB' });
  return {
    skip,
    server: () => running().server,
    newPage,
    signedIn: async (): Promise<FormsPageObject> => {
      const forms = new FormsPageObject(await newPage(), running().server.url);
      await forms.signIn(account);
      return forms;
    },
  };
}

/** What the form of one source says once the seed's text has filled it. */
export const FILLED = /^Filled from the text: 5 charges, 2 measures, 2 hearings[.,]/;

/** The form of one source opened, the seed's text pasted into it, and the form filled from it. */
export async function openFilledFromSeed(f: FormsPageObject): Promise<void> {
  await f.page.goto(`${f.baseUrl}/cases/from-source`);
  await fillFromSeed(f);
}

/** The seed's text pasted into the form of one source, and the form filled from it. */
export async function fillFromSeed(f: FormsPageObject): Promise<void> {
  await f.page.getByLabel('The source’s text').fill(seedText());
  await f.click('Fill the form from the text');
  await f.page.getByText(FILLED).waitFor();
}
