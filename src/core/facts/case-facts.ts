import type { CaseFile } from '../case/case-file.ts';
import { caseDateConflicts, conflictOptions } from '../case/case-conflicts.ts';
import { displayName } from '../common/names.ts';
import { dayBounds, type Day, type Range } from '../dates/index.ts';
import type { Hearing, HearingChange } from '../hearing/hearing.ts';
import { hearingKnowledge, hearingsKnownOn, type HearingKnowledge } from '../hearing/hearing-known.ts';
import type { LegalKnowledge } from '../law/legal-knowledge.ts';
import { chargeHistory, isChargeVisible, type ChargeHistory } from './charge-history.ts';
import { chargeLineage, type ChargeFamily } from './charge-lineage.ts';
import { computeCredit, type CreditFact } from './credit.ts';
import type { CumulationLaw } from './cumulation.ts';
import { custodyLimitFacts, type CustodyLimitFact } from './custody-limits.ts';
import {
  deprivationDays,
  detentionLimitFacts,
  detentionWarnings,
  type DetentionLimitFact,
} from './detention-limits.ts';
import {
  chargeExposure,
  defendantExposure,
  type ChargeExposure,
  type DefendantExposure,
  caseExposure,
} from './exposure.ts';
import type { DisputedFacts } from './disputed.ts';
import { datedBounds, type DatedBounds } from './fact-dates.ts';
import { narrowByChains } from './measure-chains.ts';
import {
  measureTotals,
  personMeasures,
  type DeprivationDays,
  type MeasureFact,
  type MeasureKindTotal,
} from './measures.ts';
import { additionalPenalties, type PenaltyFact } from './penalties.ts';
import { moneyOrdered, type MoneyFact } from './money.ts';
import { sentenceEnd, type SentenceEndFact } from './release-comparison.ts';
import { tightenSentenceEnd } from './sentence-end-range.ts';
import { personReleases, type ReleaseFact } from './releases.ts';
import { firstSentenceInForce, personStatus, type StatusFact } from './status.ts';
import { acknowledgedWarnings, factWarnings, isFateUnknown, type FactWarning } from './warnings.ts';
import { chargeAmnesties, type AmnestyFact } from './amnesty.ts';
import { chargeLimitation, limitationWarnings, type LimitationFact } from './limitation.ts';
import { participationWarnings } from './participation.ts';
import { caseHorizon, personHorizon, type HorizonFact, type Unconfirmed } from './horizon.ts';
import { applyHorizon, type LastKnownStatus } from './horizon-layer.ts';
import { statusesWithheldCouldAdd, withheldFact, type WithheldFact } from './withheld.ts';

/** Everything computed about one defendant as of the date. */
export interface DefendantFacts {
  person: { id: string; name: string };
  /** Past the horizon, `status` is the last known one (never certain) and `lastKnown` says so. */
  status: StatusFact & { lastKnown?: LastKnownStatus };
  measures: MeasureFact[];
  daysByMeasureKind: MeasureKindTotal[];
  deprivedOfLiberty: Range;
  /** The days deprived of liberty apart: detained before any sentence, under house arrest, under administrative arrest. */
  deprivedOfLibertyBy: DeprivationDays;
  /** Measures set against their kind's limit in law (a suspect's 72 hours) or their article's maximum. */
  detentionLimits: DetentionLimitFact[];
  credit: CreditFact[];
  custodyLimits: CustodyLimitFact[];
  exposure: DefendantExposure;
  /** Releases recorded by the date. */
  releases: ReleaseFact[];
  /** A term served in custody: its computed end beside the real release, the difference explained or flagged. */
  sentenceEnd?: SentenceEndFact;
  /** Additional penalties of the sentence in force (bans, fines), each with its end. */
  penalties: PenaltyFact[];
  /** Money the person's decisions order (fines, damages, civil claims, costs), each in its own unit, never summed. */
  money: MoneyFact[];
  /** The person's own horizon, when the case records one for them. */
  horizon?: HorizonFact;
}

/** A hearing on or after the date (or one whose date may be). */
export interface UpcomingHearing {
  id: string;
  kind: Hearing['kind'];
  date: DatedBounds;
  time?: string;
  status: Hearing['status'];
  isCertainlyUpcoming: boolean;
  /** The day it became known, when recorded. */
  announcedOn?: string;
  /** How it was known on the as-of day; `not_recorded` means it is shown as if it had always been known. */
  knowledge: HearingKnowledge;
  /** Postponements and cancellations decided by the as-of day. */
  changes?: HearingChange[];
  /** Set when the hearing falls past the record's horizon: whether it took place is not confirmed. */
  unconfirmed?: Unconfirmed;
  /**
   * A hearing recorded only as the next day another set (`nextDate`), with no record of its own: the id is then
   * that hearing's, and so is the kind.
   */
  setBy?: string;
}

/** The whole case as of a date: derived from the records, never stored; what `casewatch facts` prints. */
export interface CaseFacts {
  caseId: string;
  title: string;
  jurisdiction: string;
  asOf: Day;
  /** Set when no day was asked for: the facts are as of today where the case is. */
  asOfChosen?: { basis: 'today'; timeZone: string };
  /** How current the record is; absent when it holds no date at all. */
  horizon?: HorizonFact;
  defendants: DefendantFacts[];
  charges: (ChargeHistory & { unconfirmed?: Unconfirmed })[];
  lineage: ChargeFamily[];
  exposure: {
    charges: ChargeExposure[];
    byDefendant: DefendantExposure[];
    case: Omit<DefendantExposure, 'defendant'>;
    note: string;
  };
  /** The limitation of each charge still open to prosecution: exempt, or when it runs out. */
  limitation: LimitationFact[];
  /** The amnesties in the law data that cover (or may cover) each charge. */
  amnesties: AmnestyFact[];
  upcomingHearings: UpcomingHearing[];
  warnings: FactWarning[];
  /** Present when part of the case is withheld from the reader: what, and which facts it leaves uncertain. */
  withheld?: WithheldFact;
  /** Present when values of the record are disputed: the accounts, and the figures that span them. */
  disputed?: DisputedFacts;
}

function defendantIds(file: CaseFile): string[] {
  const ids = [
    ...file.case.participants.filter((p) => p.role === 'defendant').map((p) => p.person),
    ...file.charges.map((c) => c.defendant),
    ...file.measures.map((m) => m.person),
  ];
  return [...new Set(ids)];
}

/** The hearings known on the as-of day that are on or after it: none announced or changed later. */
function upcoming(hearings: readonly Hearing[], asOf: Day): UpcomingHearing[] {
  const known = hearingsKnownOn(hearings, asOf);
  return [...recordedUpcoming(known, asOf), ...setUpcoming(known, asOf)].sort(
    (a, b) => a.date.earliest.localeCompare(b.date.earliest) || (a.time ?? '').localeCompare(b.time ?? ''),
  );
}

/**
 * The days held hearings set for the next one (`nextDate`) that no hearing of the case is recorded on: a hearing
 * is due then, though nobody has recorded it as one. Known from the day the hearing that set it was held.
 */
function setUpcoming(known: readonly Hearing[], asOf: Day): UpcomingHearing[] {
  const recorded = new Set(known.map((h) => h.date));
  return known
    .filter((h) => h.status === 'held' && datedBounds(h.date).latest <= asOf)
    .flatMap((h) =>
      h.nextDate !== undefined && !recorded.has(h.nextDate) ? [{ h, b: datedBounds(h.nextDate) }] : [],
    )
    .filter(({ b }) => b.latest >= asOf)
    .map(({ h, b }) => ({
      id: h.id,
      kind: h.kind,
      date: b,
      status: 'scheduled' as const,
      isCertainlyUpcoming: b.earliest >= asOf,
      knowledge: 'not_recorded' as const,
      setBy: h.id,
    }));
}

function recordedUpcoming(known: readonly Hearing[], asOf: Day): UpcomingHearing[] {
  return known
    .filter((h) => h.status !== 'cancelled')
    .map((h) => ({ h, b: datedBounds(h.date) }))
    .filter(({ b }) => b.latest >= asOf)
    .map(({ h, b }) => ({
      id: h.id,
      kind: h.kind,
      date: b,
      ...(h.time ? { time: h.time } : {}),
      // On a day before the hearing, whether it was held or postponed was not yet known.
      status: b.earliest > asOf && h.status !== 'postponed' ? 'scheduled' : h.status,
      isCertainlyUpcoming: b.earliest >= asOf,
      ...(h.announced ? { announcedOn: h.announced.on } : {}),
      // hearingsKnownOn left out those not yet announced, so 'not_yet' cannot come back here.
      knowledge: hearingKnowledge(h, asOf) as HearingKnowledge,
      ...(h.changes && h.changes.length > 0 ? { changes: h.changes } : {}),
    }));
}

/**
 * Hearings still recorded as scheduled whose day has certainly passed by `asOf`: whether they were held, put off
 * or cancelled is not recorded, and "no hearing scheduled" would otherwise hide that the record stopped there.
 */
function hearingWarnings(hearings: readonly Hearing[], asOf: Day): FactWarning[] {
  return hearingsKnownOn(hearings, asOf)
    .filter((h) => h.status === 'scheduled' && datedBounds(h.date).latest < asOf)
    .map((h) => ({
      code: 'hearing.outcome_unknown' as const,
      record: h.id,
      path: 'status',
      message: `hearing ${h.id} was scheduled for ${h.date}, which has passed; whether it was held, postponed or cancelled is not recorded`,
    }));
}

/**
 * The whole case as of `asOf`: only steps whose date can be on or before it count, and unsure ones say so.
 * Past the record's horizon, what ran on is known only until then (`applyHorizon`).
 */
export function computeCaseFacts(file: CaseFile, law: LegalKnowledge, asOf: Day): CaseFacts {
  const horizon = caseHorizon(file, asOf);
  const facts = factsOn(file, law, asOf);
  const earlier = new Map<Day, CaseFacts>();
  const factsAt = (day: Day) => {
    if (!earlier.has(day)) earlier.set(day, factsOn(file, law, day));
    return earlier.get(day) as CaseFacts;
  };
  const known = applyHorizon(
    { ...facts, ...(horizon ? { horizon } : {}) },
    (person) => personHorizon(file, person, asOf) ?? horizon,
    factsAt,
  );
  // Limits passed are warned about as the horizon leaves them: possibly, when only unconfirmed days pass them.
  const passed = known.defendants.flatMap((d) => detentionWarnings(d.detentionLimits));
  const warnings = limitationPastHorizon(known, factsAt);
  return passed.length > 0 ? { ...known, warnings: [...warnings, ...passed] } : { ...known, warnings };
}

/**
 * A charge's limitation that ran out only after the record's last news is not known to have been passed while
 * the charge was pending: the charge may have ended meanwhile. Its warning says so (`limitation.unconfirmed`);
 * one whose limitation had already run out by then stands.
 */
function limitationPastHorizon(facts: CaseFacts, factsAt: (day: Day) => CaseFacts): FactWarning[] {
  return facts.warnings.map((w) => {
    if (w.code !== 'limitation.expired') return w;
    const knownUntil = facts.charges.find((c) => c.id === w.record)?.unconfirmed?.knownUntil;
    if (knownUntil === undefined) return w;
    const then = factsAt(dayBounds(knownUntil).latest).warnings;
    if (then.some((x) => x.code === w.code && x.record === w.record)) return w;
    const limitation = facts.limitation.find((f) => f.charge === w.record);
    return {
      ...w,
      code: 'limitation.unconfirmed' as const,
      message: `${limitation?.article ?? w.record} may be pending past its limitation (${limitation?.text ?? 'expired'}): it ran out after the record's last news (${knownUntil}), and whether the charge was still pending then is not recorded`,
    };
  });
}

function factsOn(file: CaseFile, law: LegalKnowledge, asOf: Day): CaseFacts {
  const jurisdiction = file.case.jurisdiction;
  const isKnown = law.jurisdictions().includes(jurisdiction);
  const histories = file.charges.map((c) => chargeHistory(c, asOf, law));
  const visible = histories.filter(isChargeVisible);
  // A charge that replaced one later brought again may have been dropped when it came back: what it adds to the
  // cumulative maximum is possible, not certain.
  const chargeExposures = isKnown
    ? visible
        .map((h) => chargeExposure(h, law))
        .filter((e): e is ChargeExposure => e !== undefined)
        .map((e) =>
          e.isLive === 'yes' && isFateUnknown(e.charge, histories)
            ? { ...e, isLive: 'possibly' as const }
            : e,
        )
    : [];
  const limitation = isKnown
    ? visible
        .map((h) => chargeLimitation(h, file.decisions, law, asOf))
        .filter((f): f is LimitationFact => f !== undefined)
    : [];
  const amnesties = isKnown ? visible.flatMap((h) => chargeAmnesties(h, law, asOf)) : [];
  const types = isKnown ? law.sentenceTypes(jurisdiction) : [];
  const money = isKnown ? law.jurisdiction(jurisdiction).monetaryUnit : undefined;
  const rules = isKnown ? law.creditRules(jurisdiction, asOf) : undefined;
  const cumulation = isKnown ? cumulationLaw(law, jurisdiction) : undefined;
  const defendants = defendantIds(file).map((id): DefendantFacts => {
    const person = file.persons.find((p) => p.id === id);
    const sentenced = firstSentenceInForce(file.decisions, id, asOf);
    const releases = personReleases(file.case.releases, id, asOf);
    const releaseDays = releases.map((r) => r.date);
    const measures = personMeasures(file.measures, id, jurisdiction, law, asOf, sentenced, releaseDays);
    const totals = measureTotals(measures);
    const credit = computeCredit(totals.byKind, rules, law, jurisdiction, measures, asOf);
    const own = visible.filter((h) => h.defendant === id);
    const found = personStatus(measures, file.decisions, id, asOf, types, credit, releases);
    const tightened = isKnown ? tightenSentenceEnd(found.sentence, file, law, id, asOf, releases) : undefined;
    // The status is judged again on the tighter end: a term may then certainly be over, or not.
    const status =
      tightened && tightened !== found.sentence
        ? personStatus(measures, file.decisions, id, asOf, types, credit, releases, tightened.endsOn)
        : found;
    const s = status.sentence;
    const inCustody =
      s !== undefined && !s.isSuspended && types.some((t) => t.key === s.type && t.deprivesLiberty);
    const end = s ? sentenceEnd(s, releases, inCustody) : undefined;
    return {
      person: { id, name: person ? displayName(person.names, 'en') : id },
      status,
      measures,
      daysByMeasureKind: totals.byKind,
      deprivedOfLiberty: narrowByChains(totals.deprivedOfLiberty, measures, asOf),
      deprivedOfLibertyBy: deprivationDays(totals.byDeprivation, measures, asOf),
      detentionLimits: isKnown ? detentionLimitFacts(measures, law, jurisdiction, asOf) : [],
      credit,
      custodyLimits: isKnown ? custodyLimitFacts(measures, own, law, jurisdiction, asOf) : [],
      exposure: defendantExposure(id, chargeExposures, cumulation),
      releases,
      ...(end ? { sentenceEnd: end } : {}),
      penalties: additionalPenalties(file.decisions, s, status.release, types, asOf, money),
      money: moneyOrdered(file.decisions, id, asOf, money),
    };
  });
  const exposure = caseExposure(chargeExposures, cumulation);
  const withheld = withheldFact(file.withheld);
  if (withheld !== undefined) for (const d of defendants) markUncertain(d, file.withheld);
  return {
    caseId: file.case.id,
    title: file.case.title,
    jurisdiction,
    asOf,
    defendants,
    charges: visible,
    lineage: chargeLineage(histories),
    exposure: {
      charges: chargeExposures,
      byDefendant: defendants.map((d) => d.exposure),
      case: exposure,
      note: exposure.note,
    },
    limitation,
    amnesties,
    upcomingHearings: upcoming(file.hearings, asOf),
    warnings: acknowledgedWarnings(
      [
        ...factWarnings(file, histories, law),
        ...participationWarnings(chargeExposures),
        ...conflictWarnings(file, law),
        ...limitationWarnings(limitation),
        ...hearingWarnings(file.hearings, asOf),
      ],
      file.case.acknowledged,
    ),
    ...(withheld !== undefined ? { withheld } : {}),
  };
}

/** The jurisdiction's rules for several offences, as the exposure reads them. */
function cumulationLaw(law: LegalKnowledge, jurisdiction: string): CumulationLaw {
  return {
    rulesOn: (day) => law.cumulationRules(jurisdiction, day),
    rank: (gravity, day) => law.gravity(jurisdiction, gravity, day)?.rank,
  };
}

/** The dates across records that contradict each other, as warnings on the record each is kept with. */
function conflictWarnings(file: CaseFile, law: LegalKnowledge): FactWarning[] {
  return caseDateConflicts(file, conflictOptions(law, file.case.jurisdiction)).map((c) => ({
    code: c.code,
    record: c.record,
    path: c.path,
    message: c.message,
  }));
}

/**
 * A defendant's facts when records of the case are withheld from the reader: what withheld records could change
 * is not certain, and their status keeps open every status a withheld measure or decision could give.
 */
function markUncertain(d: DefendantFacts, withheld: CaseFile['withheld']): void {
  const more = statusesWithheldCouldAdd(withheld).filter((s) => !d.status.possible.includes(s));
  d.status = { ...d.status, isCertain: false, possible: [...d.status.possible, ...more] };
  d.credit = d.credit.map((c) => ({ ...c, isCertain: false }));
}
