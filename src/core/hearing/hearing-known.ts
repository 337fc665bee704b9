import { dayBounds, type Day, type PartialDate } from '../dates/index.ts';
import type { Hearing, HearingChange } from './hearing.ts';

/**
 * How a hearing was known on a day: `announced` when its announcement day is recorded and certainly on or before
 * the day, `perhaps_announced` when that day is partial and may fall after it, `not_recorded` when the record
 * does not say when the hearing became known (it is then shown as if it had been known all along).
 */
export type HearingKnowledge = 'announced' | 'perhaps_announced' | 'not_recorded';

/** Whether a hearing was known on the day, and how sure that is: see `HearingKnowledge`. */
export function hearingKnowledge(h: Hearing, asOf: Day): HearingKnowledge | 'not_yet' {
  if (h.announced === undefined) return 'not_recorded';
  const b = dayBounds(h.announced.on);
  if (b.earliest > asOf) return 'not_yet';
  return b.latest <= asOf ? 'announced' : 'perhaps_announced';
}

/** Whether a change decided on `decidedOn` may have been made by the end of the day. */
function isChangeKnown(change: HearingChange, asOf: Day): boolean {
  return dayBounds(change.decidedOn).earliest <= asOf;
}

/**
 * The hearing as it stood on a day, or undefined when it was certainly not announced yet: postponements and
 * cancellations decided later are taken out, and a status or next day that only they gave goes with them.
 * A hearing with no announcement day, or no dated changes, is as recorded.
 */
export function hearingKnownOn(h: Hearing, asOf: Day): Hearing | undefined {
  if (hearingKnowledge(h, asOf) === 'not_yet') return undefined;
  const changes = h.changes ?? [];
  const known = changes.filter((c) => isChangeKnown(c, asOf));
  if (known.length === changes.length) return h;
  const { nextDate, ...rest } = h;
  const out: Hearing = { ...rest, changes: known };
  if (h.status !== 'postponed' && h.status !== 'cancelled') {
    if (nextDate !== undefined) out.nextDate = nextDate;
    return out;
  }
  const last = known[known.length - 1];
  out.status = last?.kind ?? 'scheduled';
  const to: PartialDate | undefined = last?.kind === 'postponed' ? last.to : undefined;
  if (to !== undefined) out.nextDate = to;
  return out;
}

/** The hearings as they were known on a day: see `hearingKnownOn`. */
export function hearingsKnownOn(hearings: readonly Hearing[], asOf: Day): Hearing[] {
  return hearings.flatMap((h) => {
    const known = hearingKnownOn(h, asOf);
    return known === undefined ? [] : [known];
  });
}
