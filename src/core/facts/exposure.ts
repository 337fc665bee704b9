import type { LegalKnowledge, MaxImprisonment, ResolvedArticle } from '../law/legal-knowledge.ts';
import { unitDimension, type Amount, type Penalty } from '../law/law.ts';
import type { ChargeHistory } from './charge-history.ts';
import { penaltyUnknownNote } from './penalty-unknown.ts';
import type { Tri } from './fact-dates.ts';
import {
  cappedMaximum,
  isPunishable,
  participationRules,
  type ChargeParticipation,
  type ParticipationFact,
} from './participation.ts';
import { cumulativeExposure, type CumulationLaw, type CumulativeExposure } from './cumulation.ts';

/** Said where the law data has no rules for several offences: the maximum is the gravest single charge's. */
export const AGGREGATION_NOTE =
  "The case maximum is the gravest live charge's maximum: the law data has no rules for several offences sentenced together (cumulation.json), so they are not added.";

/** A range of maximum prison terms: the lowest and highest a charge (or case) can carry. */
export interface ImprisonmentRange {
  min: MaxImprisonment;
  max: MaxImprisonment;
  isExact: boolean;
  text: string;
}

/** One part of the article a charge may be under, with its penalties on the day the charge was brought. */
export interface ExposurePart {
  article: string;
  title?: string;
  /** Absent when the law data does not know it. */
  gravity?: string;
  /** Empty when the law data does not know the sanction (`isPenaltyUnknown`). */
  penalties: Penalty[];
  isPenaltyUnknown: boolean;
  /** The part allows the death penalty. */
  isDeathPenalty: boolean;
  /** After the caps of the charge's stage and role (Art. 56: ½ for preparation, ¾ for an attempt). */
  maxImprisonment?: MaxImprisonment;
  /** The article's own maximum, when a stage or role capped it. */
  uncappedMaxImprisonment?: MaxImprisonment;
  /** 'no' when the charge's stage (or role) is not punishable for this part's gravity: it exposes nothing. */
  isPunishable: Tri;
}

/** What one live charge exposes the defendant to, by the law in force on the day it was brought. */
export interface ChargeExposure {
  charge: string;
  defendant: string;
  article: string;
  title?: string;
  lawDate: string;
  isLive: Tri;
  partUnknown: boolean;
  isKnownArticle: boolean;
  /**
   * Penalties are not known for every part the charge may be under: the article (or a version in force on the
   * law date) is not in the law data, or the data does not know its sanction. Never read as "no imprisonment".
   */
  isPenaltyUnknown: boolean;
  /** Why the penalty is unknown, when it is: "penalty unknown: not in the law data (…)" and the like. */
  penaltyUnknownNote?: string;
  /** A part the charge may be under allows the death penalty. */
  isDeathPenalty: boolean;
  parts: ExposurePart[];
  /** Undefined when no part allows imprisonment: see `nonCustodialMaxima`. */
  maxImprisonment?: ImprisonmentRange;
  /**
   * The highest of each non-prison penalty over the parts, in its own unit (fine in MCI, arrest in days), with
   * the unit as people write it (the jurisdiction's abbreviation for money: "MCI").
   */
  nonCustodialMaxima: { type: string; max: Amount; unitLabel: string }[];
  /** The parts sources disagree on: the maximum spans them. */
  partsInDoubt?: string[];
  /** An unfinished offence (preparation, attempt) and its effect under the law data. */
  stage?: ParticipationFact;
  /** An accomplice's role (organiser, instigator, accessory) and its effect under the law data. */
  role?: ParticipationFact;
  /** 'no' when the stage or role is not punishable for any part the charge may be under: it exposes nothing. */
  isPunishable: Tri;
}

/** The defendant's exposure: the highest maximum prison term among their live charges. */
export interface DefendantExposure {
  defendant: string;
  maxImprisonment?: ImprisonmentRange;
  gravestCharges: string[];
  /** Live charges whose penalties the law data does not give: the maximum leaves them out. */
  unknownCharges: { charge: string; article: string }[];
  /** Live charges that allow the death penalty, graver than any term. */
  deathPenaltyCharges: { charge: string; article: string }[];
  /**
   * The most for all live charges together by the jurisdiction's rules for several offences (law data); for the
   * case, the gravest defendant's. Absent with fewer than two live charges or no rules in the law data.
   */
  cumulative?: CumulativeExposure;
  note: string;
}

const DAYS = { years: 365.25, months: 30.4375, days: 1 } as const;

function weight(m: MaxImprisonment): number {
  return m.life ? Number.POSITIVE_INFINITY : m.value * DAYS[m.unit];
}

/** The maximum exposure for people, saying which live charges the law data cannot price. */
export function formatExposure(
  e: Pick<DefendantExposure, 'maxImprisonment' | 'unknownCharges' | 'deathPenaltyCharges'>,
): string {
  const unknown = e.unknownCharges.map((c) => c.article);
  const death = e.deathPenaltyCharges.map((c) => c.article);
  const without = unknown.length > 0 ? `penalty unknown: not in the law data (${unknown.join(', ')})` : '';
  const term = !e.maxImprisonment
    ? without !== ''
      ? without
      : 'no imprisonment on live charges'
    : without !== ''
      ? `${e.maxImprisonment.text}, leaving out ${unknown.join(', ')} (penalty unknown: not in the law data)`
      : e.maxImprisonment.text;
  return death.length > 0 ? `the death penalty (${death.join(', ')}); otherwise ${term}` : term;
}

const unitText = (value: number, unit: string) => `${value} ${value === 1 ? unit.replace(/s$/, '') : unit}`;

/** A maximum prison term for people: '10 years', '7 years 6 months' (a capped 7.5 years) or 'life'. */
export function formatMaxImprisonment(m: MaxImprisonment): string {
  if (m.life) return 'life imprisonment';
  // Terms added in months (7 years 6 months and 3 years) read in years and months, as courts write them.
  if (m.unit === 'months' && m.value >= 12 && Number.isInteger(m.value)) {
    const years = Math.floor(m.value / 12);
    const rest = m.value % 12;
    return rest === 0 ? unitText(years, 'years') : `${unitText(years, 'years')} ${unitText(rest, 'months')}`;
  }
  const whole = Math.floor(m.value);
  const months = Math.round((m.value - whole) * 12 * 1000) / 1000;
  if (m.unit === 'years' && whole !== m.value && Number.isInteger(months))
    return whole === 0
      ? unitText(months, 'months')
      : `${unitText(whole, 'years')} ${unitText(months, 'months')}`;
  return unitText(m.value, m.unit);
}

/** Builds a range of maxima with its text: "10 years", or "at least 1 year, at most 7 years". */
export function imprisonmentRange(min: MaxImprisonment, max: MaxImprisonment): ImprisonmentRange {
  const isExact = weight(min) === weight(max);
  return {
    min,
    max,
    isExact,
    text: isExact
      ? formatMaxImprisonment(max)
      : `at least ${formatMaxImprisonment(min)}, at most ${formatMaxImprisonment(max)}`,
  };
}

function nonCustodial(
  parts: readonly ExposurePart[],
  moneyLabel: string | undefined,
): ChargeExposure['nonCustodialMaxima'] {
  const best = new Map<string, Amount>();
  for (const p of parts) {
    for (const pen of p.penalties) {
      if (pen.type === 'imprisonment' || pen.life === true || !pen.max) continue;
      const cur = best.get(pen.type);
      if (!cur || (cur.unit === pen.max.unit && pen.max.value > cur.value)) best.set(pen.type, pen.max);
    }
  }
  return [...best].map(([type, max]) => ({
    type,
    max,
    unitLabel: unitDimension(max.unit) === 'money' ? (moneyLabel ?? max.unit) : max.unit,
  }));
}

/** A live (or possibly live) charge's exposure; a charge without a part ranges over all the article's parts. */
export function chargeExposure(h: ChargeHistory, law: LegalKnowledge): ChargeExposure | undefined {
  if (h.isLive === 'no' || !h.lawDate) return undefined;
  const isJurisdiction = law.jurisdictions().includes(h.ref.jurisdiction);
  const refs = h.partsInDoubt ? h.partsInDoubt.map((part) => ({ ...h.ref, part })) : [h.ref];
  // A part in doubt that the data lacks leaves the penalty unknown, the other parts still priced.
  const knownRefs = isJurisdiction ? refs.filter((r) => law.hasArticle(r)) : [];
  const known = knownRefs.length > 0;
  const isPartMissing = knownRefs.length < refs.length;
  const lawDate = h.lawDate;
  const resolved = knownRefs.flatMap((r) => law.articleParts(r, lawDate));
  const rules = known ? participationRules(h, law, lawDate) : {};
  const parts = resolved.map((r) => exposurePart(r, rules));
  // A part whose sanction is unknown is no part "without imprisonment": it is left out, and the charge says so.
  // A part the stage or role makes unpunishable exposes nothing; one that only possibly is, nothing at least.
  const punishable = parts.filter((p) => p.isPunishable !== 'no');
  const priced = punishable.filter((p) => !p.isPenaltyUnknown);
  const maxima = priced.map((p) => p.maxImprisonment).filter((m): m is MaxImprisonment => m !== undefined);
  const sorted = [...maxima].sort((a, b) => weight(a) - weight(b));
  const isEveryPartPunishable = parts.every((p) => p.isPunishable === 'yes');
  const lowest = priced.length === maxima.length && isEveryPartPunishable ? sorted[0] : undefined;
  const highest = sorted.at(-1);
  const isPenaltyUnknown = isPartMissing || priced.length < punishable.length || parts.length === 0;
  const chargePunishable: Tri =
    parts.length === 0 || parts.every((p) => p.isPunishable === 'yes')
      ? 'yes'
      : punishable.length === 0
        ? 'no'
        : 'possibly';
  return {
    charge: h.id,
    defendant: h.defendant,
    article: h.article,
    ...(h.title ? { title: h.title } : {}),
    lawDate: h.lawDate,
    isLive: h.isLive,
    partUnknown: h.ref.part === undefined && !h.partsInDoubt && parts.length > 1,
    isKnownArticle: known,
    isPenaltyUnknown,
    ...(isPenaltyUnknown
      ? { penaltyUnknownNote: penaltyUnknownNote(h.ref, h.lawDate, law, parts.length) }
      : {}),
    isDeathPenalty: punishable.some((p) => p.isDeathPenalty),
    parts,
    // A part with no prison term makes the lowest maximum "no imprisonment": shown as 0 days.
    ...(highest
      ? { maxImprisonment: imprisonmentRange(lowest ?? { life: false, value: 0, unit: 'days' }, highest) }
      : {}),
    nonCustodialMaxima: nonCustodial(
      punishable,
      known ? law.jurisdiction(h.ref.jurisdiction).monetaryUnit.abbreviation : undefined,
    ),
    ...(h.partsInDoubt ? { partsInDoubt: h.partsInDoubt } : {}),
    ...(rules.stage ? { stage: rules.stage.fact } : {}),
    ...(rules.role ? { role: rules.role.fact } : {}),
    isPunishable: chargePunishable,
  };
}

/** One part's exposure, after the caps of the charge's stage and role. */
function exposurePart(r: ResolvedArticle, rules: ChargeParticipation): ExposurePart {
  const applied = [rules.stage?.rule, rules.role?.rule];
  const capped = cappedMaximum(r.maxImprisonment, r.penalties, applied);
  const isChanged =
    r.maxImprisonment !== undefined && (capped === undefined || weight(capped) !== weight(r.maxImprisonment));
  const excludesLife = applied.some((x) => x?.excludesLife === true);
  const punishable = [isPunishable(rules.stage?.rule, r.gravity), isPunishable(rules.role?.rule, r.gravity)];
  return {
    article: `Art. ${r.ref.article}${r.ref.part !== undefined ? `(${r.ref.part})` : ''}`,
    ...(r.partTitles?.en ? { title: r.partTitles.en } : {}),
    ...(r.gravity !== undefined ? { gravity: r.gravity } : {}),
    penalties: r.penalties,
    isPenaltyUnknown: r.isPenaltyUnknown,
    isDeathPenalty: r.isDeathPenalty && !excludesLife,
    ...(capped ? { maxImprisonment: capped } : {}),
    ...(isChanged && r.maxImprisonment ? { uncappedMaxImprisonment: r.maxImprisonment } : {}),
    isPunishable: punishable.includes('no') ? 'no' : punishable.includes('possibly') ? 'possibly' : 'yes',
  };
}

/**
 * The case's exposure: the highest maximum prison term among all live charges, whoever faces them, and the
 * gravest of the defendants' cumulative maxima (charges of different people are never added).
 */
export function caseExposure(
  charges: readonly ChargeExposure[],
  cumulation?: CumulationLaw,
): Omit<DefendantExposure, 'defendant'> {
  const { defendant: _all, cumulative: _none, ...rest } = defendantExposure(undefined, charges);
  const people = [...new Set(charges.map((c) => c.defendant))].map((p) =>
    defendantExposure(p, charges, cumulation),
  );
  const size = (c: CumulativeExposure) => weight(c.maxImprisonment?.max ?? NO_TERM);
  const gravest = people
    .map((p) => p.cumulative)
    .filter((c): c is CumulativeExposure => c !== undefined)
    .sort((a, b) => size(b) - size(a))[0];
  const note =
    people.length === 1 && people[0]
      ? people[0].note
      : gravest
        ? `${gravest.text} The case's cumulative maximum is its gravest defendant's; charges of different people are not added.`
        : cumulation
          ? 'No defendant has two live charges: nothing is sentenced together.'
          : rest.note;
  return { ...rest, ...(gravest ? { cumulative: gravest } : {}), note };
}

const NO_TERM: MaxImprisonment = { life: false, value: 0, unit: 'days' };

/**
 * Per defendant (or for all when undefined), the highest maximum prison term among live charges and, with the
 * law data's rules for several offences, the most for all of them together.
 */
export function defendantExposure(
  defendant: string | undefined,
  charges: readonly ChargeExposure[],
  cumulation?: CumulationLaw,
): DefendantExposure {
  const own = charges.filter(
    (c) => (defendant === undefined || c.defendant === defendant) && c.maxImprisonment !== undefined,
  );
  let min: MaxImprisonment | undefined;
  let max: MaxImprisonment | undefined;
  for (const c of own) {
    const r = c.maxImprisonment;
    if (!r) continue;
    if (c.isLive === 'yes' && (!min || weight(r.min) > weight(min))) min = r.min;
    if (!max || weight(r.max) > weight(max)) max = r.max;
  }
  const top = max;
  const gravestCharges = top
    ? own
        .filter((c) => c.maxImprisonment && weight(c.maxImprisonment.max) === weight(top))
        .map((c) => c.charge)
    : [];
  const theirs = charges.filter((c) => defendant === undefined || c.defendant === defendant);
  const cite = (c: ChargeExposure) => ({ charge: c.charge, article: c.article });
  const unknownCharges = theirs.filter((c) => c.isPenaltyUnknown).map(cite);
  const deathPenaltyCharges = theirs.filter((c) => c.isDeathPenalty).map(cite);
  const cumulative =
    defendant !== undefined ? cumulativeExposure(theirs, cumulation, imprisonmentRange) : undefined;
  return {
    defendant: defendant ?? '*',
    ...(max
      ? { maxImprisonment: imprisonmentRange(min ?? { life: false, value: 0, unit: 'days' }, max) }
      : {}),
    gravestCharges,
    unknownCharges,
    deathPenaltyCharges,
    ...(cumulative ? { cumulative } : {}),
    note: cumulative
      ? cumulative.text
      : theirs.length < 2
        ? 'Fewer than two live charges: nothing is sentenced together.'
        : AGGREGATION_NOTE,
  };
}
