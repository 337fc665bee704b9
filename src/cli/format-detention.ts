import type { DefendantFacts } from '../core/facts/case-facts.ts';
import type { DetentionLimitFact } from '../core/facts/detention-limits.ts';
import { formatRange, type Tri } from '../core/facts/fact-dates.ts';

const maybe = (t: Tri | undefined, text: string) =>
  t === 'yes' ? text : t === 'possibly' ? `possibly ${text}` : undefined;

/** The days deprived of liberty apart, when there are any: detained, under house arrest, under administrative arrest. */
export function deprivationLine(d: DefendantFacts): string | undefined {
  const by = d.deprivedOfLibertyBy;
  const parts = [
    ['detained before any sentence', by.detention],
    ['under house arrest', by.houseArrest],
    ['under administrative arrest', by.administrativeArrest],
  ] as const;
  const shown = parts.filter(([, r]) => r.max > 0);
  if (shown.length === 0) return undefined;
  return `    ${shown.map(([label, r]) => `${label}: ${formatRange(r)}`).join('; ')}`;
}

/** A measure against its legal limit: its length, the limit, and what it went (or may have gone) past. */
export function detentionLimitLines(f: DetentionLimitFact): string[] {
  const l = f.limit;
  const law = l ? ` (${l.basis}: at most ${l.max}${l.ordinary ? `, ordinarily ${l.ordinary}` : ''})` : '';
  const how =
    f.unit === 'hours'
      ? f.countedFrom === 'times'
        ? ', from the recorded times'
        : ', from dates without times'
      : '';
  const flags = [
    maybe(l?.exceedsMax, `beyond the legal maximum of ${l?.max ?? ''}`),
    l?.exceedsMax === 'no' && l.ordinary
      ? maybe(
          l.exceedsOrdinary,
          `longer than the ordinary ${l.ordinary}, lawful only for: ${(l.ordinaryConditions ?? []).join('; ')}`,
        )
      : undefined,
    f.article && !f.article.isKnown ? `${f.article.label} is not in the law data` : undefined,
    f.article?.isKnown
      ? maybe(
          f.article.exceedsMax,
          `longer than the ${f.article.maxDays ?? 0} days ${f.article.label} allows`,
        )
      : undefined,
  ].filter((x): x is string => x !== undefined);
  const cited = f.article ? `, under ${f.article.label}` : '';
  return [
    `  ${f.title} [${f.measure}]${cited}: ${formatRange(f.length, f.unit)}${how}${law}`,
    ...flags.map((x) => `    ! ${x}`),
  ];
}
