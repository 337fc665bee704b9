import en from '../../web/src/locales/en.json' with { type: 'json' };
import { FormsPageObject } from './forms-browser.ts';

/** The record forms with their pickers: a reference chosen by typing a name and choosing from the list by keyboard. */
export class PickingFormsPageObject extends FormsPageObject {
  /**
   * Types into the picker of a field, waits for the option naming `id`, moves to it with the arrow keys and
   * chooses it with Enter, as a keyboard user does; returns what the box then shows.
   */
  async pick(name: string, typed: string, id: string): Promise<string> {
    const box = this.page.locator(`input[role="combobox"][name="${name}"]`);
    await box.click();
    await box.fill(typed);
    const list = this.page.locator(`[id="${await box.getAttribute('aria-controls')}"]`);
    const options = list.locator('[role="option"]');
    await options.filter({ hasText: id }).first().waitFor();
    const texts = await options.allTextContents();
    const at = texts.findIndex((text) => text.includes(id));
    for (let i = 0; i <= at; i++) await box.press('ArrowDown');
    await box.press('Enter');
    await this.page
      .locator(`[data-picker] input[name="${name}"] ~ .picker-id`)
      .filter({ hasText: id })
      .waitFor();
    return box.inputValue();
  }

  /** A record as the signed-in user reads it from the API (`path`: the record's API path). */
  async stored(path: string): Promise<Record<string, unknown>> {
    const cookie = (await this.page.context().cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
    const res = await fetch(`${this.baseUrl}${path}`, { headers: { Cookie: cookie } });
    if (res.status !== 200) throw new Error(`${path}: ${res.status}`);
    return ((await res.json()) as { record: Record<string, unknown> }).record;
  }

  /** Ticks a checkbox of the form by its field name. */
  async check(name: string): Promise<void> {
    await this.page.locator(`[name="${name}"]`).check();
  }

  /** The words of the page outside record content and form values (which innerText leaves out). */
  interfaceText(): Promise<string> {
    return this.page.evaluate<string>(`(() => {
      const hidden = [...document.querySelectorAll('.record-text')];
      for (const el of hidden) el.style.display = 'none';
      const text = document.body.innerText;
      for (const el of hidden) el.style.removeProperty('display');
      return text;
    })()`);
  }
}

/** The English words of the interface: each message's literal runs (placeholders and plural syntax left out). */
export const ENGLISH_RUNS = Object.values(en)
  .flatMap((message) => message.split(/[{}#]/))
  .map((run) => run.trim())
  .filter((run) => /[a-z]{3}/.test(run) && !/,/.test(run) && !/^(one|other|plural|number)\b/.test(run))
  .filter((run) => !['Casewatch', 'English'].includes(run));

/** The English runs of the interface found in a text. */
export function englishIn(text: string): string[] {
  return ENGLISH_RUNS.filter((run) =>
    new RegExp(`\\b${run.replace(/[.*+?^$()|[\]\\]/g, '\\$&')}\\b`).test(text),
  );
}
