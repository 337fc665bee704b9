import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createIntl } from 'react-intl';
import en from '../../../locales/en.json' with { type: 'json' };
import { chargeWhen } from './charge-when.ts';

const intl = createIntl({ locale: 'en-GB', messages: en });

test('charges under one label are told apart by the year brought, or the date where the year is one', () => {
  const first = { label: '272(1)', broughtOn: '2022' };
  const again = { label: '272(1)', broughtOn: '2023-01-26' };
  const other = { label: '400', broughtOn: '2022-11' };
  const charges = [first, again, other];
  assert.equal(chargeWhen(intl, charges, first), '2022');
  assert.equal(chargeWhen(intl, charges, again), '2023');
  // Alone under its label: nothing.
  assert.equal(chargeWhen(intl, charges, other), undefined);
  // Brought the same year: the date as recorded, a month never said as a day.
  const march = { label: '272(1)', broughtOn: '2022-03' };
  assert.equal(chargeWhen(intl, [first, march], march), 'March 2022');
  // One whose steps the reader may not see has no day brought: nothing, and the other is told by its year.
  const hidden = { label: '272(1)' };
  assert.equal(chargeWhen(intl, [again, hidden], hidden), undefined);
  assert.equal(chargeWhen(intl, [again, hidden], again), '2023');
});
