import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { ensureWebBuild } from '../../scripts/build-web.ts';
import type { Store } from '../../src/core/ports.ts';
import { LAW_DIR, WEB_DIR } from '../../src/data-dirs.ts';
import { loadDemoIfEmpty } from '../../src/exchange/demo-data.ts';
import { startServer } from '../../src/server.ts';
import { loadLegalKnowledge } from '../../src/store/law-files.ts';
import { openSqliteStore } from '../../src/store/sqlite.ts';

/** Debian's Chromium, which CI installs; CHROMIUM overrides it. */
export const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';

/** Where screenshots are kept as test artefacts (git-ignored). */
export const SCREENSHOTS = join(import.meta.dirname, '..', '..', 'reports', 'screenshots');

/** Headless Chromium with nothing running beside the page. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/**
 * The whole server in this process, on a fresh SQLite file holding the demo case, with the web application built
 * (once, when missing or stale) and served; on a port the system picks. `bundles` is a folder of bundles to load
 * instead of the demo's, `prepare` what to do to the store before it serves (add accounts).
 */
export async function startDemoServer(
  options: { bundles?: string; prepare?: (store: Store) => Promise<void> } = {},
): Promise<{ url: string; store: Store; close: () => Promise<void> }> {
  await ensureWebBuild();
  const dir = mkdtempSync(join(tmpdir(), 'casewatch-browser-'));
  const store = await openSqliteStore({ file: join(dir, 'demo.db') });
  const law = loadLegalKnowledge(LAW_DIR);
  await loadDemoIfEmpty(store, law, options.bundles);
  await options.prepare?.(store);
  const server = await startServer({
    store,
    law,
    port: 0,
    host: '127.0.0.1',
    webRoot: WEB_DIR,
    filesRoot: join(dir, 'demo.files'),
  });
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    store,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** An accessibility rule axe-core found broken on the page. */
export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * The case page as a user meets it: open a case, read its facts, move the "as of" day, switch language; and what
 * the tests check around it: the page's own words, accessibility, screenshots, errors in the console.
 */
export class CasePageObject {
  /** Console errors and refused resources (a Content-Security-Policy violation, a missing message). */
  readonly errors: string[] = [];

  constructor(
    readonly page: Page,
    readonly baseUrl: string,
  ) {
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') this.errors.push(m.text());
    });
    page.on('pageerror', (e) => this.errors.push(e.message));
  }

  async open(caseId: string, asOf?: string): Promise<void> {
    const query = asOf === undefined ? '' : `?asOf=${asOf}`;
    await this.page.goto(`${this.baseUrl}/cases/${caseId}${query}`);
    await this.ready();
  }

  /** Waits until the facts and the timeline are drawn and no newer data is on its way. */
  async ready(): Promise<void> {
    await this.page.locator('[data-fact="status"] dd').waitFor();
    await this.page.locator('svg.timeline-svg').waitFor();
    await this.page.locator('article.case-page[aria-busy="false"]').waitFor();
  }

  /** The text of one computed fact (status, detained, house-arrest, credit, exposure, currency, next-hearing). */
  fact(name: string): Promise<string> {
    return this.page.locator(`[data-fact="${name}"] dd`).first().innerText();
  }

  /** The day the page says it shows the case as of. */
  shownAsOf(): Promise<string | null> {
    return this.page.locator('.as-of-now').getAttribute('data-as-of');
  }

  async setAsOf(day: string): Promise<void> {
    await this.page.locator('.as-of input[type="date"]').fill(day);
    await this.page.locator(`.as-of-now[data-as-of="${day}"]`).waitFor();
    await this.ready();
  }

  async switchLanguage(locale: 'en' | 'ru' | 'kk'): Promise<void> {
    await this.page.locator('.language-switcher select').selectOption(locale);
    await this.page.locator(`html[lang="${locale}"]`).waitFor();
  }

  /** The page's own words: what the reader sees, without the record's content (titles, summary, names). */
  interfaceText(): Promise<string> {
    // Run in the page, as source text: the tests are type-checked without the DOM's types.
    return this.page.evaluate<string>(`(() => {
      const hidden = [...document.querySelectorAll('.record-text')];
      for (const el of hidden) el.style.display = 'none';
      const text = document.body.innerText;
      for (const el of hidden) el.style.removeProperty('display');
      return text;
    })()`);
  }

  /** axe-core's WCAG 2.1 A and AA violations on the page as it is now. */
  async accessibilityViolations(): Promise<AxeViolation[]> {
    // Evaluated through the browser's debugging channel, which the page's Content-Security-Policy does not govern.
    await this.page.evaluate(AXE_SOURCE);
    return this.page.evaluate<AxeViolation[]>(`axe
      .run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] })
      .then((result) => result.violations.map((v) => ({
        id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })),
      })))`);
  }

  async screenshot(name: string): Promise<string> {
    mkdirSync(SCREENSHOTS, { recursive: true });
    const path = join(SCREENSHOTS, `${name}.png`);
    await this.page.screenshot({ path, fullPage: true });
    return path;
  }
}
