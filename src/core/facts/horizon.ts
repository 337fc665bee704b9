import type { CaseFile } from '../case/case-file.ts';
import type { Confirmed } from '../case/confirmed.ts';
import type { Citation } from '../common/schemas.ts';
import { daysBetween, type Day, type PartialDate, type Range } from '../dates/index.ts';
import { datedBounds, type DatedBounds, type Tri } from './fact-dates.ts';

/**
 * How current the record is: the day its information was last confirmed, stated by the record or inferred
 * from the latest day its sources and dated facts support. Past it the facts say what was last known.
 */
export interface HorizonFact {
  on: DatedBounds;
  basis: 'stated' | 'inferred';
  /** For an inferred horizon: the record and the JSON path of the date it was read from. */
  from?: { record: string; path: string };
  /** Whose horizon it is when a participant has their own; absent for the case's. */
  person?: string;
  note?: string;
  sources: Citation[];
  /** Whether the as-of day is past the horizon: 'possibly' when it falls within a partial horizon's days. */
  isPast: Tri;
  /** Days from the horizon's first day to the as-of day, when it is past the horizon. */
  daysSince?: Range;
  /** The horizon in words, ready to show. */
  text: string;
}

/** A computed fact that runs past the horizon: known until the horizon's day, not confirmed since. */
export interface Unconfirmed {
  knownUntil: PartialDate;
  note: string;
}

interface DatedItem {
  date: PartialDate;
  record: string;
  path: string;
}

/**
 * Every date in the file that says something was known by then: published sources and recorded steps. The day a
 * source was read online is not among them: a dispatch of 2023 read today says what was known when it was written,
 * not that the case stood so today.
 */
function datedItems(file: CaseFile): DatedItem[] {
  const items: DatedItem[] = [];
  const add = (date: PartialDate | undefined, record: string, path: string) => {
    if (date !== undefined) items.push({ date, record, path });
  };
  add(file.case.openedOn, file.case.id, '$.openedOn');
  for (const s of file.sources) {
    add(s.publishedOn, s.id, '$.publishedOn');
  }
  for (const c of file.charges) c.lifecycle.forEach((s, i) => add(s.date, c.id, `$.lifecycle[${i}].date`));
  for (const m of file.measures) m.steps.forEach((s, i) => add(s.date, m.id, `$.steps[${i}].date`));
  // A hearing still scheduled, postponed or cancelled says nothing of its own day; one held does.
  for (const h of file.hearings) {
    if (h.status === 'held') add(h.date, h.id, '$.date');
    // The day a hearing was announced, postponed or cancelled is a day something was known.
    add(h.announced?.on, h.id, '$.announced.on');
    h.changes?.forEach((c, i) => add(c.decidedOn, h.id, `$.changes[${i}].decidedOn`));
  }
  for (const d of file.decisions) {
    add(d.date, d.id, '$.date');
    add(d.enteredIntoForce, d.id, '$.enteredIntoForce');
  }
  (file.case.releases ?? []).forEach((r, i) => add(r.date, file.case.id, `$.releases[${i}].date`));
  return items;
}

/** The latest day the record's own dates support (by first possible day, then last), or undefined. */
export function inferredHorizon(file: CaseFile): (DatedItem & { bounds: DatedBounds }) | undefined {
  let best: (DatedItem & { bounds: DatedBounds }) | undefined;
  for (const item of datedItems(file)) {
    const bounds = datedBounds(item.date);
    if (
      !best ||
      bounds.earliest > best.bounds.earliest ||
      (bounds.earliest === best.bounds.earliest && bounds.latest > best.bounds.latest)
    )
      best = { ...item, bounds };
  }
  return best;
}

function placeIn(on: DatedBounds, asOf: Day): Pick<HorizonFact, 'isPast' | 'daysSince'> {
  if (asOf <= on.earliest) return { isPast: 'no' };
  return {
    isPast: asOf > on.latest ? 'yes' : 'possibly',
    daysSince: { min: Math.max(0, daysBetween(on.latest, asOf)), max: daysBetween(on.earliest, asOf) },
  };
}

function describe(h: Omit<HorizonFact, 'text'>, asOf: Day): string {
  const how =
    h.basis === 'stated'
      ? 'as the record states'
      : `inferred from the latest dated fact (${h.from?.record ?? '?'} ${h.from?.path ?? ''}), ${h.note ?? 'as the record states none'}`;
  const since =
    h.isPast === 'no'
      ? `; ${asOf} is within it`
      : h.daysSince && h.daysSince.min === h.daysSince.max
        ? `; not confirmed in the ${h.daysSince.max} days since, up to ${asOf}`
        : `; not confirmed in the ${h.daysSince?.min ?? 0}–${h.daysSince?.max ?? 0} days since, up to ${asOf}`;
  return `information confirmed until ${h.on.date}, ${how}${since}`;
}

function stated(c: Confirmed, asOf: Day, person?: string): HorizonFact {
  const on = datedBounds(c.on);
  const fact = {
    on,
    basis: 'stated' as const,
    ...(person !== undefined ? { person } : {}),
    ...(c.note !== undefined ? { note: c.note } : {}),
    sources: c.sources,
    ...placeIn(on, asOf),
  };
  return { ...fact, text: describe(fact, asOf) };
}

/**
 * A fact the record dates certainly after the day the case states it was last confirmed: the statement is stale
 * (the record was updated and the date not), so the later day is the horizon, and a warning says so.
 */
export function staleConfirmation(file: CaseFile): (DatedItem & { bounds: DatedBounds }) | undefined {
  const confirmed = file.case.confirmed;
  if (!confirmed) return undefined;
  const best = inferredHorizon(file);
  return best && best.bounds.earliest > datedBounds(confirmed.on).latest ? best : undefined;
}

/** The case's horizon as of a day: stated by the case, else inferred; undefined when the record has no date. */
export function caseHorizon(file: CaseFile, asOf: Day): HorizonFact | undefined {
  const stale = staleConfirmation(file);
  if (file.case.confirmed && !stale) return stated(file.case.confirmed, asOf);
  const best = stale ?? inferredHorizon(file);
  if (!best) return undefined;
  const fact = {
    on: best.bounds,
    basis: 'inferred' as const,
    from: { record: best.record, path: best.path },
    ...(stale && file.case.confirmed
      ? { note: `the record states it was confirmed until ${file.case.confirmed.on}, but holds a later fact` }
      : {}),
    sources: [],
    ...placeIn(best.bounds, asOf),
  };
  return { ...fact, text: describe(fact, asOf) };
}

/** A person's own horizon in the case, when the case records one for them. */
export function personHorizon(file: CaseFile, person: string, asOf: Day): HorizonFact | undefined {
  const own = file.case.participants.find((p) => p.person === person && p.confirmed !== undefined);
  return own?.confirmed ? stated(own.confirmed, asOf, person) : undefined;
}
