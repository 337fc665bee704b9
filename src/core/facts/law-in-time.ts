import type { Charge } from '../charge/charge.ts';
import { dayBounds, minDay, type Day } from '../dates/index.ts';
import type { LegalKnowledge, MaxImprisonment, ResolvedArticle } from '../law/legal-knowledge.ts';
import type { GoverningDay } from '../law/law.ts';
import type { DatedBounds } from './fact-dates.ts';

/** How severe an article's wording is: its highest maximum prison term, then its highest minimum (in days). */
export interface Severity {
  maxDays: number;
  minDays: number;
}

/** One wording of the article that could judge the charge, with how severe it is. */
export interface LawVersionFact {
  /** A day on which this wording was in force. */
  from: Day;
  /** Undefined when the law data does not know the sanction of every part: it cannot be compared. */
  severity?: Severity;
  /** In force at the governing day (the act), or a later wording. */
  isLater: boolean;
  isApplied: boolean;
}

/** Which day's law judges a charge under the jurisdiction's rule, and why. */
export interface LawInTimeFact {
  rule: GoverningDay;
  /** What the governing day was read from: the rule's own day, or its fallback when that is not recorded. */
  basis: 'act' | 'charge_brought' | 'judgment' | 'as_of';
  governing: { earliest: Day; latest: Day };
  /** The day whose wording applies: `lawDate` of the charge. */
  lawDate: Day;
  /** The act date spans a change of the wording: the milder one applies. */
  spansChange: boolean;
  /** A later wording is milder and applies instead. */
  isMilderLater: boolean;
  versions: LawVersionFact[];
  reason: string;
}

const UNIT_DAYS = { years: 365.25, months: 30.4375, days: 1 } as const;
const UNIT_DAYS_BY: Readonly<Record<string, number>> = UNIT_DAYS;
const LIFE_DAYS = Number.MAX_SAFE_INTEGER;

function days(m: MaxImprisonment | undefined): number {
  return m === undefined ? 0 : m.life ? LIFE_DAYS : m.value * UNIT_DAYS[m.unit];
}

/**
 * How severe a wording is, over every part the charge may be under: the highest maximum prison term (life the
 * highest), then the highest minimum. Undefined when a part's sanction is unknown or no part is in force.
 */
export function severityOf(parts: readonly ResolvedArticle[]): Severity | undefined {
  if (parts.length === 0 || parts.some((p) => p.isPenaltyUnknown)) return undefined;
  const minDays = parts.flatMap((p) =>
    p.penalties.map((x) =>
      x.type === 'imprisonment' && x.min ? x.min.value * (UNIT_DAYS_BY[x.min.unit] ?? 0) : 0,
    ),
  );
  return {
    maxDays: Math.max(...parts.map((p) => days(p.maxImprisonment))),
    minDays: Math.max(0, ...minDays),
  };
}

/** "Milder": a lower maximum prison term, or the same maximum and a lower minimum. */
export function isMilder(a: Severity, than: Severity): boolean {
  return a.maxDays < than.maxDays || (a.maxDays === than.maxDays && a.minDays < than.minDays);
}

/** The day the rule names, as bounds, and what it was read from. */
function governingDay(
  rule: GoverningDay,
  charge: Charge,
  brought: DatedBounds,
  judged: DatedBounds | undefined,
  asOf: Day,
): Pick<LawInTimeFact, 'basis' | 'governing'> {
  if (rule === 'act' && charge.actDate) {
    // The act came before the charge was brought, and before the as-of day.
    const b = dayBounds(charge.actDate.date);
    const cap = minDay(brought.latest, asOf);
    return { basis: 'act', governing: { earliest: minDay(b.earliest, cap), latest: minDay(b.latest, cap) } };
  }
  if (rule === 'judgment')
    return judged
      ? { basis: 'judgment', governing: { earliest: judged.earliest, latest: judged.earliest } }
      : { basis: 'as_of', governing: { earliest: asOf, latest: asOf } };
  return { basis: 'charge_brought', governing: { earliest: brought.earliest, latest: brought.earliest } };
}

const BASIS_TEXT: Record<LawInTimeFact['basis'], string> = {
  act: 'the law in force when the act was committed',
  charge_brought: 'the law in force when the charge was brought',
  judgment: 'the law in force on the day of the judgment',
  as_of: 'the law in force on this day (no judgment yet)',
};

/**
 * The wording that judges the charge under the jurisdiction's rule (law data): the one in force on the governing
 * day; where the act date spans a change, the milder of those; where a later wording is milder and the rule
 * lets it reach back, that one. Without a rule, the day the charge was brought, as before.
 */
export function applicableLaw(
  charge: Charge,
  brought: DatedBounds,
  judged: DatedBounds | undefined,
  law: LegalKnowledge,
  asOf: Day,
): LawInTimeFact | undefined {
  const rule = law.jurisdictions().includes(charge.article.jurisdiction)
    ? law.lawInTimeRule(charge.article.jurisdiction)
    : undefined;
  if (!rule) return undefined;
  const ruleDay = rule.governingDay;
  const { basis, governing } = governingDay(ruleDay, charge, brought, judged, asOf);
  const starts = law.articleVersionStarts(charge.article);
  const atAct = [
    governing.earliest,
    ...starts.filter((d) => d > governing.earliest && d <= governing.latest),
  ];
  const later = rule.milderLaterLawApplies ? starts.filter((d) => d > governing.latest && d <= asOf) : [];
  const versions: LawVersionFact[] = [
    ...atAct.map((d) => ({ d, isLater: false })),
    ...later.map((d) => ({ d, isLater: true })),
  ].map(({ d, isLater }) => {
    const severity = severityOf(law.articleParts(charge.article, d));
    return { from: d, ...(severity ? { severity } : {}), isLater, isApplied: false };
  });
  const mildest = (list: LawVersionFact[], than?: Severity) =>
    list.reduce<LawVersionFact | undefined>((best, v) => {
      const s = v.severity;
      if (!s || (than && !isMilder(s, than))) return best;
      return !best?.severity || isMilder(s, best.severity) ? v : best;
    }, undefined);
  const first = versions[0] as LawVersionFact;
  const atGoverning = mildest(versions.filter((v) => !v.isLater)) ?? first;
  const milderLater = atGoverning.severity
    ? mildest(
        versions.filter((v) => v.isLater),
        atGoverning.severity,
      )
    : undefined;
  const applied = milderLater ?? atGoverning;
  applied.isApplied = true;
  const spansChange = atAct.length > 1;
  const cited = `${rule.basis.code.toUpperCase()} Art. ${rule.basis.article ?? '?'}`;
  const reasons = [
    basis === ruleDay || (ruleDay === 'judgment' && basis === 'as_of')
      ? `${BASIS_TEXT[basis]} governs (${cited})`
      : `the act date is not recorded: ${BASIS_TEXT[basis]} stands in for ${BASIS_TEXT[ruleDay]} (${cited})`,
  ];
  if (spansChange)
    reasons.push(
      `the act date spans a change of the wording: the milder one, in force from ${atGoverning.from}, applies`,
    );
  if (milderLater)
    reasons.push(`a milder later wording, in force from ${milderLater.from}, applies retroactively`);
  return {
    rule: ruleDay,
    basis,
    governing,
    lawDate: applied.from,
    spansChange,
    isMilderLater: milderLater !== undefined,
    versions,
    reason: reasons.join('; '),
  };
}
