import { dayBounds, isPartialDate } from '../../../../../src/core/dates/partial-date.ts';
import { reclassifiedBy, type QuickCaseValues } from './quick-case.ts';
import { measureDates, workedOutStart } from './quick-case-measures.ts';

/**
 * What a date worked out from the text was worked out against, in the form's own boxes, so that it is checked by
 * reading rather than by redoing the sum: a measure's start, the length the text gives before its latest news; a
 * first bringing, the day of its reclassification; a charge tried, the day of the first hearing that tried it; a
 * reclassification dated by a length before a later step, the day of that step.
 */
export type Anchor =
  | { key: 'length_before_news'; length: string; date: string }
  | { key: 'reclassified_on'; date: string }
  | { key: 'hearing_on'; date: string }
  | { key: 'later_step_on'; date: string };

/**
 * A measure's start worked out back from the latest news by its length: no earlier than the events charged, or a day
 * the text shows the person at liberty.
 */
const isStartByNews = (reason: string) => reason === 'events_to_news' || reason === 'liberty_to_news';

/** The anchor of a reason a row (`charges.3`, `measures.0`) gives for a date, where the form holds one. */
export function inferredAnchor(values: QuickCaseValues, name: string, reason: string): Anchor | undefined {
  const [list, at] = name.split('.');
  const i = Number(at);
  if (isStartByNews(reason) && list === 'measures') {
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
  if (reason === 'length_before_step') {
    // A reclassification dated by a length before the charge it replaced was brought again.
    const again = values.charges.find(
      (c) => c.began === 'rebrought' && c.from === charge.from && c !== charge,
    );
    return again !== undefined && isPartialDate(again.date)
      ? { key: 'later_step_on', date: again.date }
      : undefined;
  }
  if (reason !== 'events_to_hearing' && reason !== 'charge_to_trial') return undefined;
  const [first] = values.hearings
    .filter((h) => h.charges.includes(charge.id) && isPartialDate(h.date))
    .sort((a, b) => dayBounds(a.date).earliest.localeCompare(dayBounds(b.date).earliest));
  return first !== undefined ? { key: 'hearing_on', date: first.date } : undefined;
}

/** The first and the last day of a span of days, as the form shows a date worked out to lie within it. */
export interface Span {
  from: string;
  to: string;
}

const spanOf = (date: string | undefined): Span | undefined => {
  if (date === undefined || date === '' || !isPartialDate(date)) return undefined;
  const { earliest, latest } = dayBounds(date);
  return earliest < latest ? { from: earliest, to: latest } : undefined;
};

/**
 * The span a row's date worked out for a reason now lies in, so that each of its ends is said beside what it was
 * worked out from: a charge's bringing or its sending to court, a measure's start (typed, or worked out).
 */
export function workedOutSpan(values: QuickCaseValues, name: string, reason: string): Span | undefined {
  const [list, at] = name.split('.');
  const i = Number(at);
  if (list === 'measures' && isStartByNews(reason)) {
    const from = values.measures[i]?.from ?? '';
    return spanOf(from !== '' ? from : workedOutStart(values, i));
  }
  const charge = list === 'charges' ? values.charges[i] : undefined;
  if (charge === undefined) return undefined;
  if (reason === 'events_to_step' || reason === 'events_to_hearing') return spanOf(charge.date);
  return reason === 'charge_to_trial' && charge.then === 'sent_to_court'
    ? spanOf(charge.thenDate)
    : undefined;
}

/**
 * How the form worked out the day a measure left without an end was replaced by the next, from its start and its
 * length: the span, the length, and whether its last day is the latest news (else its latest start and length).
 * Undefined where the measure's change is typed or not worked out.
 */
export function workedOutChangeSpan(
  values: QuickCaseValues,
  row: number,
): (Span & { length: string; byNews: boolean }) | undefined {
  const { kept, changes } = measureDates(values);
  const n = kept.indexOf(row);
  const measure = values.measures[row];
  if (n < 0 || measure === undefined || measure.until !== '') return undefined;
  const span = spanOf(changes[n]);
  if (span === undefined) return undefined;
  const byNews = isPartialDate(values.confirmedOn) && dayBounds(values.confirmedOn).latest === span.to;
  return { ...span, length: measure.duration.trim(), byNews };
}
