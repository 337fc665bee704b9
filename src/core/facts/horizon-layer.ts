import type { Day, PartialDate, Range } from '../dates/index.ts';
import type { CaseFacts, DefendantFacts } from './case-facts.ts';
import { LIVE_STATES } from './charge-history.ts';
import { periodDays, type Tri } from './fact-dates.ts';
import type { HorizonFact, Unconfirmed } from './horizon.ts';
import { measureTotals, type DeprivationDays, type MeasureFact } from './measures.ts';
import type { PersonStatus } from './status.ts';

/** The status last known, on the horizon's day: what a status past the horizon rests on. */
export interface LastKnownStatus {
  status: PersonStatus;
  isCertain: boolean;
  /** Every status the record allowed on that day. */
  possible: PersonStatus[];
  on: PartialDate;
  text: string;
}

/** The label of an assumption the facts rest on, so that it is never read as a recorded fact. */
export const ASSUMED_UNTIL_VERDICT = 'assumed to last until the verdict takes effect';

const DEPRIVED: ReadonlySet<PersonStatus> = new Set(['in_custody', 'under_house_arrest', 'serving_sentence']);

const unconfirmed = (h: HorizonFact): Unconfirmed => ({
  knownUntil: h.on.date,
  note: `known until ${h.on.date}, not confirmed since`,
});

const widen = (now: Range, then: Range | undefined): Range => ({
  min: Math.min(now.min, then?.min ?? 0),
  max: now.max,
});

/** A 'yes' that was not yet so on the horizon's day rests on days nobody confirmed: it becomes 'possibly'. */
const softened = (now: Tri, then: Tri | undefined): Tri =>
  now === 'yes' && then !== 'yes' ? 'possibly' : now;

/**
 * The facts as of a day past the horizon, beside the facts on the horizon's first day (`factsOn`): open
 * measures are known until the horizon and their days run from what was known then to the as-of day; a
 * status is the last known one and not certain; live charges and later hearings are not confirmed. Measures
 * that end only because a verdict takes effect say that this is assumed.
 */
export function applyHorizon(
  facts: CaseFacts,
  horizonOf: (person: string) => HorizonFact | undefined,
  factsOn: (day: Day) => CaseFacts,
): CaseFacts {
  const defendants = facts.defendants.map((d) => {
    const h = horizonOf(d.person.id);
    const labelled = { ...d, measures: d.measures.map(labelAssumption) };
    if (!h || h.isPast === 'no') return labelled;
    const on = (day: Day) => factsOn(day).defendants.find((x) => x.person.id === d.person.id);
    // What is counted as confirmed runs to the horizon's first day. The status is the one on its last day: the
    // record was current on a day within them, and what it records up to then happened (a release, a change of
    // measure), so a horizon known to the month does not turn back a change recorded within that month.
    const then = on(h.on.earliest);
    const last = h.on.latest === h.on.earliest ? then : on(h.on.latest);
    return { ...pastHorizon(labelled, then, last, h), ...(h.person !== undefined ? { horizon: h } : {}) };
  });
  const h = facts.horizon;
  const past = (id: string) => {
    const own = horizonOf(id);
    return own !== undefined && own.isPast !== 'no' ? own : undefined;
  };
  const charges = facts.charges.map((c) => {
    const ch = past(c.defendant);
    if (!ch || !LIVE_STATES.has(c.state)) return c;
    // Live for certain only until the horizon: the days after it are possible, not known.
    const known = c.brought ? periodDays(c.brought, undefined, ch.on.earliest).min : undefined;
    return {
      ...c,
      ...(c.daysLive && known !== undefined
        ? { daysLive: { min: Math.min(c.daysLive.min, known), max: c.daysLive.max } }
        : {}),
      isStateCertain: false,
      isLive: c.isLive === 'yes' ? 'possibly' : c.isLive,
      unconfirmed: unconfirmed(ch),
    };
  });
  const stale = [...new Set(charges.flatMap((c) => (c.unconfirmed ? [c.unconfirmed.knownUntil] : [])))];
  return {
    ...facts,
    defendants,
    charges,
    exposure:
      stale.length === 0
        ? facts.exposure
        : {
            ...facts.exposure,
            note: `${facts.exposure.note} The charges are as last known on ${stale.join(', ')}; none is confirmed since.`,
          },
    upcomingHearings: facts.upcomingHearings.map((u) =>
      h && h.isPast !== 'no' && u.date.latest > h.on.earliest ? { ...u, unconfirmed: unconfirmed(h) } : u,
    ),
  };
}

/** Each kind's days past the horizon: at least those known then, at most those as of the day asked. */
function widenEach(
  now: DeprivationDays,
  then: DeprivationDays | undefined,
  totals: DeprivationDays,
): DeprivationDays {
  const one = (k: keyof DeprivationDays) => ({
    min: Math.min(now[k].min, Math.max(then?.[k].min ?? 0, totals[k].min)),
    max: now[k].max,
  });
  return {
    detention: one('detention'),
    houseArrest: one('houseArrest'),
    administrativeArrest: one('administrativeArrest'),
  };
}

function labelAssumption(m: MeasureFact): MeasureFact {
  return m.end?.kind === 'superseded' ? { ...m, assumption: ASSUMED_UNTIL_VERDICT } : m;
}

function pastHorizon(
  d: DefendantFacts,
  then: DefendantFacts | undefined,
  last: DefendantFacts | undefined,
  h: HorizonFact,
): DefendantFacts {
  const measures = d.measures.map((m): MeasureFact => {
    // A recorded end is a fact; only what ran on (or was assumed to) past the horizon is unconfirmed.
    if (m.end && (m.end.kind !== 'superseded' || m.end.latest <= h.on.earliest)) return m;
    const before = then?.measures.find((x) => x.id === m.id);
    return {
      ...m,
      inEffect: m.inEffect === 'no' ? 'no' : 'possibly',
      days: widen(m.days, before?.days),
      unconfirmed: unconfirmed(h),
    };
  });
  const totals = measureTotals(measures);
  const deprivedMin = Math.max(then?.deprivedOfLiberty.min ?? 0, totals.deprivedOfLiberty.min);
  return {
    ...d,
    status: pastStatus(d, last, h),
    measures,
    daysByMeasureKind: totals.byKind,
    deprivedOfLiberty: {
      min: Math.min(d.deprivedOfLiberty.min, deprivedMin),
      max: d.deprivedOfLiberty.max,
    },
    deprivedOfLibertyBy: widenEach(d.deprivedOfLibertyBy, then?.deprivedOfLibertyBy, totals.byDeprivation),
    detentionLimits: d.detentionLimits.map((f) => {
      const before = then?.detentionLimits.find((x) => x.measure === f.measure);
      if (!f.limit || !measures.some((m) => m.id === f.measure && m.unconfirmed)) return f;
      return {
        ...f,
        length: widen(f.length, before?.length),
        limit: { ...f.limit, exceedsMax: softened(f.limit.exceedsMax, before?.limit?.exceedsMax) },
      };
    }),
    credit: d.credit.map((c) => {
      const before = then?.credit.find((x) => x.sentenceType === c.sentenceType && x.regime === c.regime);
      // Each measure's part is widened as the whole is: its days past the horizon are possible, not known.
      const parts = c.parts.map((p) => {
        const then = before?.parts.find((x) => x.measure === p.measure);
        return { ...p, days: widen(p.days, then?.days), amount: widen(p.amount, then?.amount) };
      });
      return { ...c, amount: widen(c.amount, before?.amount), parts, isCertain: false };
    }),
    custodyLimits: d.custodyLimits.map((c) => {
      const before = then?.custodyLimits.find((x) => x.measures[0] === c.measures[0]);
      return {
        ...c,
        days: widen(c.days, before?.days),
        exceedsBaseTerm: softened(c.exceedsBaseTerm, before?.exceedsBaseTerm),
        exceedsAbsoluteMax: softened(c.exceedsAbsoluteMax, before?.exceedsAbsoluteMax),
        exceedsTierAllowedByGravity: softened(
          c.exceedsTierAllowedByGravity,
          before?.exceedsTierAllowedByGravity,
        ),
        ranPastPlannedEnd: softened(c.ranPastPlannedEnd, before?.ranPastPlannedEnd),
        notes:
          c.end && c.end.latest <= h.on.earliest
            ? c.notes
            : [...c.notes, `counted past ${h.on.date}, when the record was last confirmed`],
      };
    }),
  };
}

/** The status past the horizon: the last known one, never certain, with what may have come since. */
function pastStatus(d: DefendantFacts, then: DefendantFacts | undefined, h: HorizonFact) {
  if (!then) return { ...d.status, isCertain: false };
  const last = then.status;
  const since: PersonStatus = DEPRIVED.has(last.status) ? 'released' : 'at_liberty';
  const possible = [...new Set([...last.possible, ...d.status.possible, since])];
  const words = (s: PersonStatus) => s.replace(/_/g, ' ');
  const known = last.isCertain
    ? words(last.status)
    : `possibly ${words(last.status)} (or ${last.possible
        .filter((s) => s !== last.status)
        .map(words)
        .join(', ')})`;
  const lastKnown: LastKnownStatus = {
    status: last.status,
    isCertain: last.isCertain,
    possible: last.possible,
    on: h.on.date,
    text: `last known: ${known} on ${h.on.date}, not confirmed since`,
  };
  return { ...d.status, status: last.status, isCertain: false, possible, lastKnown };
}
