import { within } from './draft-text.ts';
import type { DraftAllegation, DraftCharge, DraftDate, DraftQuote } from './draft-types.ts';
import type { Events } from './implied-dates.ts';

/**
 * When each claim's conduct took place, as far as the text says: the events the claim's own sentence dates, else
 * those the sentence of the charge it serves dates ("charged … for his alleged role in the January 2022 protests"),
 * the earliest where it names more than one. Worked out (`events_charged`): the text charges the conduct as part of
 * those events, without dating the claim itself. A claim whose sentences date no events has none.
 */
export function conductDates(
  claims: readonly DraftAllegation[],
  charges: readonly DraftCharge[],
  events: Events,
): (DraftDate | undefined)[] {
  // In the text's order, once: the first a sentence holds is the earliest it names.
  const inOrder = [...events.dates].sort((a, b) => a.start - b.start);
  const eventIn = (quote: DraftQuote | undefined) =>
    quote === undefined ? undefined : inOrder.find((d) => within(d, quote));
  return claims.map((claim) => {
    const charge = claim.charge === undefined ? undefined : charges[claim.charge];
    const found = eventIn(claim.quote) ?? eventIn(charge?.quote);
    return found === undefined
      ? undefined
      : { date: found.date, isInferred: true, because: 'events_charged' };
  });
}
