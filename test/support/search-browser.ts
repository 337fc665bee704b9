import type { Locator, Page } from 'playwright-core';
import { CasePageObject } from './browser.ts';

/**
 * Search as a reader meets it: the box in the header with its suggestions, the results page with its facets and
 * pages; and the page's words, accessibility and screenshots through the case page's object.
 */
export class SearchPageObject extends CasePageObject {
  constructor(page: Page, baseUrl: string) {
    super(page, baseUrl);
  }

  /** The search box of the header (an ARIA combobox). */
  get box(): Locator {
    return this.page.locator('.search-box input[role="combobox"]');
  }

  /** The suggestions listed under the box. */
  get options(): Locator {
    return this.page.locator('.search-box [role="option"]');
  }

  /** Opens a page of the application to search from. */
  async home(): Promise<void> {
    await this.page.goto(`${this.baseUrl}/cases`);
    await this.box.waitFor();
  }

  /** Types the text in the box, key by key as a person does, and presses Enter for the results page. */
  async search(text: string): Promise<void> {
    await this.box.fill('');
    await this.box.pressSequentially(text, { delay: 20 });
    // Enter with no suggestion chosen asks for the results, whether the suggestions are open or not.
    await this.box.press('Enter');
    await this.resultsReady(new URLSearchParams({ q: text.trim() }).toString());
  }

  /** Opens the results page of a URL's query string. */
  async openResults(query: string): Promise<void> {
    await this.page.goto(`${this.baseUrl}/search?${query}`);
    await this.resultsReady();
  }

  /** Waits until the results page shows the results of this search (the URL's, unless said), not an earlier one's. */
  async resultsReady(search = new URL(this.page.url()).searchParams.toString()): Promise<void> {
    const value = search.replace(/["\\]/g, '\\$&');
    await this.page.locator(`.search-page[data-shown="${value}"]`).waitFor();
  }

  /** The ids of the records on the results page, in order. */
  hitIds(): Promise<string[]> {
    return this.attributes('data-id');
  }

  /** The kinds of the records on the results page, in order. */
  hitKinds(): Promise<string[]> {
    return this.attributes('data-kind');
  }

  private async attributes(name: string): Promise<string[]> {
    const hits = await this.page.locator('.search-hit').all();
    return Promise.all(hits.map(async (hit) => (await hit.getAttribute(name)) ?? ''));
  }

  /** Checks or unchecks a facet's value, and waits for the results it gives. */
  async toggleFacet(facet: string, value: string): Promise<void> {
    const before = this.page.url();
    await this.page.locator(`[data-facet="${facet}"] input[value="${value}"]`).click();
    await this.page.waitForURL((url) => url.toString() !== before);
    await this.resultsReady();
  }

  /** The count a facet's value shows. */
  async facetCount(facet: string, value: string): Promise<number> {
    const label = this.page.locator(`[data-facet="${facet}"] label`).filter({
      has: this.page.locator(`input[value="${value}"]`),
    });
    const match = /\((\d[\d\s\u00a0\u202f,]*)\)\s*$/.exec(await label.innerText());
    return Number((match?.[1] ?? 'NaN').replace(/\D/g, ''));
  }
}
