import assert from 'node:assert/strict';
import { beforeEach, test } from 'node:test';
import { createIntl } from 'react-intl';
import type { Store } from '../src/core/ports.ts';
import { valuesFromDraft, type CaseDraft } from '../web/src/features/forms/lib/quick-case-draft.ts';
import {
  additionsOf,
  placesToCheck,
  rowsInCheckOrder,
  sourceAdditions,
  type Addition,
} from '../web/src/features/forms/lib/quick-case-added.ts';
import { documentWords } from '../web/src/features/forms/lib/quick-case-documents.ts';
import type { QuickCaseValues } from '../web/src/features/forms/lib/quick-case.ts';
import en from '../web/src/locales/en.json' with { type: 'json' };
import { bodyOf, testApi } from './support/api.ts';
import { counter, emptyForm, hasSeed, seedText } from './support/quick-form.ts';
import { forEachStore } from './support/stores.ts';

// What the form added to what the dispatch says, its rows to be checked and ticked: the dates it counted from the
// text's words, the articles it found by the charges' words, the years it added and the dates the text does not
// give. What the researcher changes is theirs, and leaves the list.

const said = (additions: readonly Addition[]) => additions.map((a) => `${a.kind} ${a.places.join(' ')}`);

forEachStore('what the form added to the text', (getStore: () => Store) => {
  let api: ReturnType<typeof testApi>;
  beforeEach(() => {
    api = testApi(getStore, { now: '2023-02-01T09:00:00.000Z' });
  });

  const filled = async (): Promise<QuickCaseValues> => {
    const res = await api.call('researcher', 'POST', '/api/drafts/case', {
      text: seedText(),
      jurisdiction: 'kz',
    });
    assert.equal(res.status, 200);
    return valuesFromDraft(
      emptyForm(),
      await bodyOf<CaseDraft>(res),
      counter(),
      documentWords(createIntl({ locale: 'en-GB', messages: en })),
    );
  };

  test('the dispatch read, the form lists what it added, kind by kind, in the order to check it', async (t) => {
    if (!hasSeed(t)) return;
    const values = await filled();
    assert.deepEqual(said(additionsOf(values)), [
      // Counted from the text's words: "just two months after", custody begun after the caption shows him at liberty.
      'counted charges.1',
      'counted measures.0',
      // The text cites no article: each found by its words, the charge brought again with the first.
      'article charges.0 charges.2',
      'article charges.1',
      'article charges.3',
      'article charges.4',
      // "on January 26", "on February 6", "this spring".
      'year charges.2',
      'year hearings.1',
      'year events.1',
      // Not in the text: the first charge's bringing, the lesser charges (dated alike, so one), house arrest's start.
      'span charges.0',
      'span charges.3 charges.4',
      'span measures.1',
    ]);
    // The rows to check, each once: the claims' elements, read from their words, are not among them.
    assert.deepEqual(placesToCheck(additionsOf(values)), [
      'charges.1',
      'measures.0',
      'charges.0',
      'charges.2',
      'charges.3',
      'charges.4',
      'hearings.1',
      'events.1',
      'measures.1',
    ]);
    // Every row read from the text is to be checked, those first; a claim's answer, said with it, is not a row.
    const rows = rowsInCheckOrder(values, additionsOf(values));
    assert.equal(rows.length, 20);
    assert.deepEqual(rows.slice(0, 10), [...placesToCheck(additionsOf(values)), 'affiliations.0']);
    assert.ok(rows.every((place) => place.split('.').length === 2));
    // The source the text gives no title or date of: its date worked out, and a title made for it while its box
    // holds that title; one typed is the researcher's.
    assert.deepEqual(sourceAdditions(values), { title: false, date: '[2023-01-26..2023-02-05]' });
    const MADE = 'Zhanbolat Mamay: report with news up to 26 January 2023';
    const made = { ...values, source: { ...values.source, title: MADE, madeTitle: MADE } };
    assert.equal(sourceAdditions(made).title, true);
    const typed = {
      ...made,
      source: { ...made.source, title: 'Kazakhstan: Opposition Leader Faces Bogus Charges' },
    };
    assert.equal(sourceAdditions(typed).title, false);
  });

  test('what the researcher changes is theirs and leaves the list; a row the case holds is not listed', async (t) => {
    if (!hasSeed(t)) return;
    const values = await filled();
    const changed: QuickCaseValues = {
      ...values,
      charges: values.charges.map((c, i) =>
        i === 1
          ? { ...c, date: '2022-11-20' }
          : i === 3
            ? { ...c, article: { ...c.article, article: '379', part: '' } }
            : c,
      ),
    };
    const after = said(additionsOf(changed));
    // The reclassification's day typed, its article stays the form's; the lesser charge's article changed, it is no
    // longer found by its words.
    assert.ok(!after.includes('counted charges.1'));
    assert.ok(after.includes('article charges.1'));
    assert.ok(!after.includes('article charges.3'));
    // Laid over a case that holds the reclassified charge, it is the case's, not the form's to check.
    const held = values.charges[1]?.id;
    const laidOver = said(additionsOf(values, (row) => row.id !== held));
    assert.ok(!laidOver.includes('counted charges.1'));
    assert.ok(!laidOver.includes('article charges.1'));
    assert.ok(laidOver.includes('counted measures.0'));
  });
});
