import type { Day, Range } from '../dates/index.ts';
import { creditRate, type LegalKnowledge } from '../law/legal-knowledge.ts';
import { unitDimension, type CreditRules } from '../law/law.ts';
import { periodDays, scaleRange } from './fact-dates.ts';
import { measureChains } from './measure-chains.ts';
import type { MeasureFact, MeasureKindTotal } from './measures.ts';

/** How much of one measure kind's time counts towards a sentence type, at which rate. */
export interface CreditPart {
  measure: string;
  days: Range;
  measureDays: number;
  sentenceAmount: number;
  /** Days of the sentence type one day under the measure is worth (sentenceAmount / measureDays). */
  ratio: number;
  amount: Range;
}

/** Time under measures credited towards one sentence type (and regime), under the crediting rules in force. */
export interface CreditFact {
  sentenceType: string;
  sentenceTitle: string;
  regime?: string;
  regimeTitle?: string;
  /** Days, hours (of work), or the jurisdiction's money unit ('mci' in Kazakhstan). */
  unit: string;
  /** The unit as people write it: the jurisdiction's abbreviation for its money unit ('MCI'), else the unit. */
  unitLabel: string;
  amount: Range;
  parts: CreditPart[];
  isCertain: boolean;
}

/**
 * Credit in a sentence type's days, before a part day is dropped: each measure's days times its kind's rate,
 * where a chain of measures (custody changed to house arrest) shares its own span. Whatever the unknown day of
 * the change, the run lasted as long as it did, so the most credit puts as many of its days as it can under the
 * best-paid measure, and the least under the worst-paid.
 */
export function creditRange(
  measures: readonly MeasureFact[],
  rateOf: (kind: string) => number | undefined,
  asOf: Day,
): Range {
  let min = 0;
  let max = 0;
  for (const chain of measureChains(measures)) {
    const members = chain.map((m) => ({ lo: m.days.min, hi: m.days.max, rate: rateOf(m.kind) ?? 0 }));
    const floor = members.reduce((sum, m) => sum + m.lo * m.rate, 0);
    const first = chain[0];
    const last = chain.at(-1);
    if (members.length < 2 || !first || !last) {
      min += floor;
      max += members.reduce((sum, m) => sum + m.hi * m.rate, 0);
      continue;
    }
    const span = periodDays(first.start, last.end, asOf);
    const least = members.reduce((sum, m) => sum + m.lo, 0);
    const fill = (days: number, order: 1 | -1) => {
      let left = Math.max(0, days - least);
      let credit = floor;
      for (const m of [...members].sort((a, b) => order * (b.rate - a.rate))) {
        const add = Math.min(m.hi - m.lo, left);
        credit += add * m.rate;
        left -= add;
      }
      return credit;
    };
    max += fill(span.max, 1);
    min += fill(span.min, -1);
  }
  return { min, max };
}

/**
 * Credit towards every sentence type the rules name: days under each measure kind times its rate, summed
 * (`creditRange`); the parts list each kind's days and credit on their own.
 */
export function computeCredit(
  totals: readonly MeasureKindTotal[],
  rules: CreditRules | undefined,
  law: LegalKnowledge,
  jurisdiction: string,
  measures: readonly MeasureFact[],
  asOf: Day,
): CreditFact[] {
  if (!rules) return [];
  const targets = new Map<string, { sentenceType: string; regime?: string }>();
  for (const rule of rules.rules) {
    for (const r of rule.rates)
      targets.set(`${r.sentenceType}/${r.regime ?? ''}`, {
        sentenceType: r.sentenceType,
        ...(r.regime ? { regime: r.regime } : {}),
      });
  }
  const info = law.jurisdictions().includes(jurisdiction) ? law.jurisdiction(jurisdiction) : undefined;
  const out: CreditFact[] = [];
  for (const target of targets.values()) {
    // A rate for any regime is already folded into each regime's credit; listing it alone would mislead.
    if (
      target.regime === undefined &&
      [...targets.values()].some((t) => t.sentenceType === target.sentenceType && t.regime !== undefined)
    )
      continue;
    const parts: CreditPart[] = [];
    let unit: CreditFact['unit'] = 'days';
    let isCertain = true;
    for (const total of totals) {
      const rate = creditRate(rules, total.kind, target.sentenceType, target.regime);
      if (!rate || total.days.max === 0) continue;
      unit = rate.sentenceUnit;
      if (rules.rules.find((r) => r.measure === total.kind)?.certainty === 'uncertain') isCertain = false;
      parts.push({
        measure: total.kind,
        days: total.days,
        measureDays: rate.measureDays,
        sentenceAmount: rate.sentenceAmount,
        ratio: rate.ratio,
        amount: scaleRange(total.days, rate.ratio),
      });
    }
    if (parts.length === 0) continue;
    const regimeTitle = target.regime
      ? info?.regimes.find((r) => r.key === target.regime)?.titles.en
      : undefined;
    out.push({
      sentenceType: target.sentenceType,
      sentenceTitle:
        info?.sentenceTypes.find((t) => t.key === target.sentenceType)?.titles.en ?? target.sentenceType,
      ...(target.regime ? { regime: target.regime } : {}),
      ...(regimeTitle ? { regimeTitle } : {}),
      unit,
      unitLabel: unitDimension(unit) === 'money' ? (info?.monetaryUnit.abbreviation ?? unit) : unit,
      // Part days are summed before rounding down once: 1.5 + 1.5 days of credit are 3, not 2.
      amount: scaleRange(
        creditRange(measures, (kind) => parts.find((p) => p.measure === kind)?.ratio, asOf),
        1,
      ),
      parts,
      isCertain: isCertain && rules.certainty === 'verified',
    });
  }
  return out;
}

/**
 * The credit towards one sentence type and regime; undefined when the rules give none. With no regime given
 * (verdicts are often reported without one) and rates only per regime, the credit spans every regime's and is
 * not certain.
 */
export function creditFor(
  credit: readonly CreditFact[],
  sentenceType: string,
  regime?: string,
): CreditFact | undefined {
  const found =
    credit.find((c) => c.sentenceType === sentenceType && c.regime === regime) ??
    credit.find((c) => c.sentenceType === sentenceType && c.regime === undefined);
  if (found || regime !== undefined) return found;
  const perRegime = credit.filter((c) => c.sentenceType === sentenceType);
  const first = perRegime[0];
  if (!first) return undefined;
  return {
    sentenceType,
    sentenceTitle: first.sentenceTitle,
    unit: first.unit,
    unitLabel: first.unitLabel,
    amount: {
      min: Math.min(...perRegime.map((c) => c.amount.min)),
      max: Math.max(...perRegime.map((c) => c.amount.max)),
    },
    parts: [],
    isCertain: false,
  };
}
