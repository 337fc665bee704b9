import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createIntl } from 'react-intl';
import en from '../../../locales/en.json' with { type: 'json' };
import ru from '../../../locales/ru.json' with { type: 'json' };
import type { PresentedCase } from '../api/get-case.ts';
import { chargeNames, recordName } from './record-names.ts';

// Two charges under one article (one reclassified, the same brought again later) are told apart by when they began,
// wherever the case page names them; a charge alone under its article is named by it.

const charge = (id: string, article: string, brought: string) => ({
  id,
  article: { jurisdiction: 'kz', code: 'cc', article, part: '1' },
  lifecycle: [{ kind: 'brought', date: brought, sources: [] }],
});
const file = {
  charges: [
    charge('charge:first', '272', '[2022-01-01..2022-12-11]'),
    charge('charge:400', '400', '[2022-11-11..2022-12-11]'),
    charge('charge:again', '272', '2023-01-26'),
  ],
  measures: [],
  events: [],
  hearings: [],
} as unknown as PresentedCase;

test('charges under one article are named with the year each began; one alone, by its article', () => {
  const intl = createIntl({ locale: 'en-GB', messages: en });
  assert.deepEqual(
    [...chargeNames(intl, file.charges).entries()],
    [
      ['charge:first', 'Art. 272(1) · 2022'],
      ['charge:400', 'Art. 400(1)'],
      ['charge:again', 'Art. 272(1) · 2023'],
    ],
  );
  assert.equal(recordName(intl, 'charge:again', file), 'Art. 272(1) · 2023');
  // In another language, the names are that language's, not those worked out first.
  const inRussian = createIntl({ locale: 'ru', messages: ru });
  assert.equal(chargeNames(inRussian, file.charges).get('charge:first'), 'ч. 1 ст. 272 · 2022 г.');
});
