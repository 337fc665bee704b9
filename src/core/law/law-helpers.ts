import type { CreditRate, CreditRules } from './law-credit.ts';
import type { Term } from './law-primitives.ts';
import type { CustodyTier } from './law-procedure.ts';
import type { ArticleRef } from './law.ts';

/** The longest prison term a part allows: a term, or life. */
export type MaxImprisonment = { life: false; value: number; unit: Term['unit'] } | { life: true };

/** Renders a citation: 'kz CC 272(1)' (full) or 'Art. 272(1)' (short); a paragraph is added as '(2)'. */
export function formatArticleRef(ref: ArticleRef, style: 'full' | 'short' = 'full'): string {
  const tail = `${ref.article}${ref.part !== undefined ? `(${ref.part})` : ''}${ref.paragraph !== undefined ? `(${ref.paragraph})` : ''}`;
  return style === 'short' ? `Art. ${tail}` : `${ref.jurisdiction} ${ref.code.toUpperCase()} ${tail}`;
}

/** A credit rate with its ratio: sentence units earned per day under the measure (custody → medium: 1.5). */
export interface ResolvedCreditRate extends CreditRate {
  ratio: number;
}

/**
 * The rate at which a day under `measure` counts towards `sentenceType` (in `regime`, for imprisonment).
 * A regime-specific rate wins over a rate for any regime; undefined when the rules do not say.
 */
export function creditRate(
  rules: CreditRules,
  measure: string,
  sentenceType: string,
  regime?: string,
): ResolvedCreditRate | undefined {
  const rates =
    rules.rules.find((r) => r.measure === measure)?.rates.filter((r) => r.sentenceType === sentenceType) ??
    [];
  const rate =
    (regime !== undefined ? rates.find((r) => r.regime === regime) : undefined) ??
    rates.find((r) => r.regime === undefined);
  return rate ? { ...rate, ratio: rate.sentenceAmount / rate.measureDays } : undefined;
}

/** Facts about a case that decide whether a custody extension tier is open to it. */
export interface CaseFeatures {
  gravityRank?: number;
  features?: readonly NonNullable<CustodyTier['caseFeatures']>[number][];
}

/**
 * True when a custody tier can apply: no machine conditions, or the gravity reaches `minGravityRank`,
 * or the case has one of the tier's features. Exceptional tiers still need a human judgement.
 */
export function isTierOpen(
  tier: CustodyTier,
  minGravityRank: number | undefined,
  facts: CaseFeatures,
): boolean {
  const hasConditions = tier.minGravity !== undefined || (tier.caseFeatures?.length ?? 0) > 0;
  if (!hasConditions) return true;
  const byGravity =
    minGravityRank !== undefined && facts.gravityRank !== undefined && facts.gravityRank >= minGravityRank;
  const byFeature = (tier.caseFeatures ?? []).some((f) => facts.features?.includes(f));
  return byGravity || byFeature;
}
