import type { Page } from 'playwright-core';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { CasePageObject } from './browser.ts';

/**
 * The matrix page as a reader meets it: open a case's matrix, read each element's standing, print it as a PDF.
 * The case page object's checks (language, words, accessibility, screenshots, console errors) apply too.
 */
export class MatrixPageObject extends CasePageObject {
  constructor(page: Page, baseUrl: string) {
    super(page, baseUrl);
  }

  async openMatrix(caseId: string): Promise<void> {
    await this.page.goto(`${this.baseUrl}/cases/${caseId}/matrix`);
    await this.page.locator('.matrix-gaps').waitFor();
  }

  /** The words of an element's standing, by the element's title as shown. */
  standingOf(elementTitle: string): Promise<string> {
    return this.page
      .locator('tr.matrix-row', { has: this.page.locator('th', { hasText: elementTitle }) })
      .first()
      .locator('.matrix-status')
      .innerText();
  }

  /** The page printed as Chromium prints it (A4, with backgrounds), and the text of every page of that PDF. */
  async printedText(): Promise<{ pdf: Buffer; text: string }> {
    await this.page.emulateMedia({ media: 'print' });
    const pdf = await this.page.pdf({ format: 'A4', printBackground: true });
    await this.page.emulateMedia({ media: 'screen' });
    const doc = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: true, isEvalSupported: false })
      .promise;
    const pages: string[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const content = await (await doc.getPage(n)).getTextContent();
      pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
    }
    await doc.destroy();
    return { pdf, text: pages.join(' ').replace(/\s+/g, ' ') };
  }
}
