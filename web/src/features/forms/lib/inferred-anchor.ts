import { dayBounds, isPartialDate } from '../../../../../src/core/dates/partial-date.ts';
import { reclassifiedBy, type QuickCaseValues } from './quick-case.ts';

/**
 * What a date worked out from the text was worked out against, in the form's own boxes, so that it is checked by
 * reading rather than by redoing the sum: a measure's start, the length the text gives before its latest news; a
 * first bringing, the day of its reclassification; a charge tried, the day of the first hearing that tried it.
 */
export type Anchor =
  | { key: 'length_before_news'; length: string; date: string }
  | { key: 'reclassified_on'; date: string }
  | { key: 'hearing_on'; date: string };

/** The anchor of a reason a row (`charges.3`, `measures.0`) gives for a date, where the form holds one. */
export function inferredAnchor(values: QuickCaseValues, name: string, reason: string): Anchor | undefined {
  const [list, at] = name.split('.');
  const i = Number(at);
  if (reason === 'events_to_news' && list === 'measures') {
    const length = values.measures[i]?.duration.trim() ?? '';
    return length !== '' && isPartialDate(values.confirmedOn)
      ? { key: 'length_before_news', length, date: values.confirmedOn }
      : undefined;
  }
  const charge = list === 'charges' ? values.charges[i] : undefined;
  if (charge === undefined) return undefined;
  if (reason === 'events_to_step') {
    const j = reclassifiedBy(values.charges, i);
    const date = j === undefined ? undefined : values.charges[j]?.date;
    return date !== undefined && isPartialDate(date) ? { key: 'reclassified_on', date } : undefined;
  }
  if (reason !== 'events_to_hearing' && reason !== 'charge_to_trial') return undefined;
  const [first] = values.hearings
    .filter((h) => h.charges.includes(charge.id) && isPartialDate(h.date))
    .sort((a, b) => dayBounds(a.date).earliest.localeCompare(dayBounds(b.date).earliest));
  return first !== undefined ? { key: 'hearing_on', date: first.date } : undefined;
}
