import { fieldsOf } from './successor-values.ts';

/** A hearing as it is read, for the one that follows it (only its fields are used). */
export type EarlierHearing = { id: string; nextDate?: unknown } & Record<string, unknown>;

/**
 * A new hearing's form values following `before` on the day it set for the next one: the same case, kind, court,
 * courtroom, judges, prosecutors and charges, scheduled; whether it was public is left to be said again.
 */
export function nextHearingValues(
  base: Record<string, unknown>,
  before: EarlierHearing,
): Record<string, unknown> {
  const copied = fieldsOf(before, [
    'case',
    'kind',
    'court',
    'courtroom',
    'judges',
    'prosecutors',
    'charges',
    'visibility',
  ]);
  return {
    ...base,
    ...copied,
    ...(typeof before.nextDate === 'string' ? { date: before.nextDate } : {}),
    status: 'scheduled',
  };
}

/** Hearings that set a next day no hearing of the case is recorded on: each offers to add that one. */
export function nextHearingsDue<H extends { id: string; date: string; nextDate?: string | undefined }>(
  hearings: readonly H[],
): H[] {
  const days = new Set(hearings.map((h) => h.date));
  return hearings.filter((h) => h.nextDate !== undefined && !days.has(h.nextDate));
}
