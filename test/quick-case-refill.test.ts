import assert from 'node:assert/strict';
import { beforeEach, test } from 'node:test';
import type { Store } from '../src/core/ports.ts';
import { emptyQuickCharge, type QuickCaseValues } from '../web/src/features/forms/lib/quick-case.ts';
import { valuesFromDraft, type CaseDraft } from '../web/src/features/forms/lib/quick-case-draft.ts';
import { emptyQuickAllegation } from '../web/src/features/forms/lib/quick-case-allegations.ts';
import { earlierReading, withoutEarlierReading } from '../web/src/features/forms/lib/quick-case-refill.ts';
import { documentWords } from '../web/src/features/forms/lib/quick-case-documents.ts';
import { createIntl } from 'react-intl';
import en from '../web/src/locales/en.json' with { type: 'json' };
import { bodyOf, testApi } from './support/api.ts';
import { forEachStore } from './support/stores.ts';
import { counter, emptyForm, hasSeed, seedText } from './support/quick-form.ts';

// The text read again replaces what its earlier reading filled, rather than adding every row a second time; what
// the researcher added by hand stays, let go of its ties to rows that gave way.

/** How many rows of each list the form holds. */
const sizes = (v: QuickCaseValues) =>
  [
    v.charges,
    v.measures,
    v.hearings,
    v.allegations,
    v.authorities,
    v.affiliations ?? [],
    v.events ?? [],
    v.evidence ?? [],
    v.documents ?? [],
  ].map((rows) => rows.length);

forEachStore('the form read again from its text', (getStore: () => Store) => {
  let api: ReturnType<typeof testApi>;
  beforeEach(() => {
    api = testApi(getStore, { now: '2023-02-01T09:00:00.000Z' });
  });

  test('read twice, the dispatch fills each row once; rows typed by hand stay, their ties to read rows let go', async (t) => {
    if (!hasSeed(t)) return;
    const draft = await bodyOf<CaseDraft>(
      await api.call('researcher', 'POST', '/api/drafts/case', { text: seedText(), jurisdiction: 'kz' }),
    );
    const describe = documentWords(createIntl({ locale: 'en-GB', messages: en }));
    const once = valuesFromDraft(emptyForm(), draft, counter(), describe);
    const read = sizes(once);
    assert.deepEqual(read, [5, 2, 2, 4, 1, 1, 2, 2, 1]);
    assert.deepEqual(earlierReading(once), { rows: 20, changed: 0 });
    // A charge and a claim typed by hand, the claim on a charge read from the text, the charge reclassified from one.
    once.charges.push({
      ...emptyQuickCharge('charge:typed'),
      article: { jurisdiction: 'kz', code: 'cc', article: '174', part: '1' },
      began: 'reclassification',
      from: '3',
    });
    once.allegations.push({
      ...emptyQuickAllegation('allegation:typed'),
      summary: 'Typed',
      charge: 'charge:d3',
    });
    // A row read from the text, changed since: counted, for the form to ask before it is replaced.
    once.measures[0] = {
      ...(once.measures[0] as QuickCaseValues['measures'][number]),
      duration: 'eight months',
    };
    assert.deepEqual(earlierReading(once), { rows: 20, changed: 1 });
    // So is the indictment's row, its title typed over.
    const indictment = once.documents?.[0];
    assert.ok(indictment);
    assert.deepEqual(
      earlierReading({ ...once, documents: [{ ...indictment, title: 'Indictment of 20 January 2023' }] }),
      {
        rows: 20,
        changed: 2,
      },
    );

    const without = withoutEarlierReading(once);
    assert.deepEqual(sizes(without), [1, 0, 0, 1, 0, 0, 0, 0, 0]);
    assert.deepEqual(
      [without.charges[0]?.from, without.allegations[0]?.charge],
      ['', ''],
      'the ties to rows that gave way are let go',
    );
    const twice = valuesFromDraft(without, draft, counter(), describe);
    assert.deepEqual(
      sizes(twice),
      read.map((n, i) => (i === 0 || i === 3 ? n + 1 : n)),
    );
    assert.deepEqual(
      twice.charges.map((c) => [c.id, c.article.article, c.from]),
      [
        ['charge:typed', '174', ''],
        ['charge:d1', '272', ''],
        ['charge:d2', '400', '1'],
        ['charge:d3', '272', '1'],
        ['charge:d4', '378', ''],
        ['charge:d5', '274', ''],
      ],
    );
    assert.equal(twice.measures[0]?.duration, 'just over eight months', 'the changed row is read anew');
  });

  test('a charge typed by hand keeps its tie to another typed by hand, counted among the rows that stay', () => {
    const form = emptyForm();
    form.charges = [
      {
        ...emptyQuickCharge('charge:read'),
        article: { jurisdiction: 'kz', code: 'cc', article: '272', part: '1' },
        quote: 'Read.',
      },
      {
        ...emptyQuickCharge('charge:a'),
        article: { jurisdiction: 'kz', code: 'cc', article: '272', part: '1' },
      },
      {
        ...emptyQuickCharge('charge:b'),
        article: { jurisdiction: 'kz', code: 'cc', article: '400', part: '' },
        began: 'reclassification',
        from: '1',
      },
    ];
    assert.deepEqual(
      withoutEarlierReading(form).charges.map((c) => [c.id, c.from]),
      [
        ['charge:a', ''],
        ['charge:b', '0'],
      ],
    );
  });
});
