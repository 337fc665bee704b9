import { PickingFormsPageObject } from './forms2-browser.ts';

/** The case's documents and the document viewer as a researcher uses them: upload, read a page, select a passage. */
export class DocumentsPageObject extends PickingFormsPageObject {
  /** Uploads a file through the case page's control and waits for its row in the case's documents. */
  async upload(
    caseId: string,
    file: { name: string; mimeType: string; buffer: Buffer },
    title: string,
  ): Promise<void> {
    await this.page.goto(`${this.baseUrl}/cases/${encodeURIComponent(caseId)}`);
    const form = this.page.locator('form.upload-control');
    await form.locator('input[type="file"]').setInputFiles(file);
    await form.locator('input[name="title"]').fill(title);
    await form.getByRole('button', { name: 'Upload' }).click();
    await this.page.locator('.documents-table tr', { hasText: title }).waitFor();
  }

  /** The error an upload shows, and the code it carries. */
  async uploadError(): Promise<{ text: string; code: string | null }> {
    const alert = this.page.locator('form.upload-control [role="alert"]');
    await alert.waitFor();
    return { text: await alert.innerText(), code: await alert.getAttribute('data-code') };
  }

  /** Waits until the row of the document says its text was read. */
  async waitForText(title: string): Promise<void> {
    await this.page
      .locator('.documents-table tr', { hasText: title })
      .locator('[data-status="done"]')
      .waitFor({ timeout: 60_000 });
  }

  /** Opens the viewer from the row of the case's documents, then a page by its number, as a keyboard user would. */
  async openPage(title: string, page: number): Promise<void> {
    await this.page.locator('.documents-table').getByRole('link', { name: title }).click();
    await this.page.locator('.document-viewer').waitFor();
    const go = this.page.locator('.page-go input[name="page"]');
    await go.fill(String(page));
    await go.press('Enter');
    await this.page.locator(`.page-text[data-page="${page}"]`).waitFor();
  }

  /** The page's text as the viewer shows it. */
  pageText(): Promise<string> {
    return this.page.locator('.page-text').innerText();
  }

  /** Selects the words of the page's text, as a mouse drag would. */
  async selectInText(words: string): Promise<void> {
    // Written as a script (the tests are not compiled with the DOM's types), the words passed as JSON.
    const found = await this.page.evaluate<boolean>(`(() => {
      const wanted = ${JSON.stringify(words)};
      const container = document.querySelector('.page-text');
      if (container === null) return false;
      const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
      const nodes = [];
      for (let n = walker.nextNode(); n !== null; n = walker.nextNode()) nodes.push(n);
      const at = nodes.map((n) => n.data).join('').indexOf(wanted);
      if (at < 0) return false;
      const place = (offset) => {
        let seen = 0;
        for (const node of nodes) {
          if (offset <= seen + node.data.length) return [node, offset - seen];
          seen += node.data.length;
        }
        const last = nodes[nodes.length - 1];
        return [last, last.data.length];
      };
      const [startNode, startOffset] = place(at);
      const [endNode, endOffset] = place(at + wanted.length);
      document.getSelection().setBaseAndExtent(startNode, startOffset, endNode, endOffset);
      return true;
    })()`);
    if (!found) throw new Error(`the page text holds no "${words}"`);
    await this.page.locator('.passage-actions button:not([disabled])').waitFor();
  }
}
