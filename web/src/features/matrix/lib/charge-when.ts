import type { IntlShape } from 'react-intl';
import { dayBounds, isPartialDate } from '../../../../../src/core/dates/partial-date.ts';
import { formatPartialDate } from '../../../lib/format.ts';

/** What a matrix charge is told apart by: its label (article and words) and when it was first brought. */
interface Told {
  label: string;
  broughtOn?: string | undefined;
}

const yearOf = (date: string | undefined) =>
  date !== undefined && isPartialDate(date) ? dayBounds(date).earliest.slice(0, 4) : undefined;

/**
 * How a charge is told apart from others under the same label (one brought again after another): by the year it was
 * brought, as the timeline tells them, or by the date as recorded where the year is one; not by the day its
 * elements are read for, which for charges of the same acts is one. Alone under its label, or with no day brought the
 * reader may see, by nothing.
 */
export function chargeWhen(intl: IntlShape, charges: readonly Told[], c: Told): string | undefined {
  const year = yearOf(c.broughtOn);
  const alike = charges.filter((x) => x.label === c.label);
  if (alike.length < 2 || c.broughtOn === undefined || year === undefined) return undefined;
  const isYearEnough = alike.every((x) => x === c || yearOf(x.broughtOn) !== year);
  return isYearEnough ? year : formatPartialDate(intl, c.broughtOn);
}
