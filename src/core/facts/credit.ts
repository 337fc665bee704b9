import type { Range } from '../dates/index.ts';
import { creditRate, type LegalKnowledge } from '../law/legal-knowledge.ts';
import type { CreditRules } from '../law/law.ts';
import { addRanges, scaleRange } from './fact-dates.ts';
import type { MeasureKindTotal } from './measures.ts';

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
  unit: 'days' | 'hours' | 'mci';
  amount: Range;
  parts: CreditPart[];
  isCertain: boolean;
}

/** Credit towards every sentence type the rules name: days under each measure kind times its rate, summed. */
export function computeCredit(
  totals: readonly MeasureKindTotal[],
  rules: CreditRules | undefined,
  law: LegalKnowledge,
  jurisdiction: string,
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
      // Part days are summed before rounding down once: 1.5 + 1.5 days of credit are 3, not 2.
      amount: scaleRange(
        parts.reduce<Range>(
          (sum, p) => addRanges(sum, { min: p.days.min * p.ratio, max: p.days.max * p.ratio }),
          { min: 0, max: 0 },
        ),
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
    amount: {
      min: Math.min(...perRegime.map((c) => c.amount.min)),
      max: Math.max(...perRegime.map((c) => c.amount.max)),
    },
    parts: [],
    isCertain: false,
  };
}
