import type { Citation } from '../common/schemas.ts';
import type { Day } from '../dates/index.ts';
import { CURRENCY_CODE, type Decision, type MoneyOrder } from '../decision/decision.ts';
import { unitDimension } from '../law/law-primitives.ts';
import { datedBounds } from './fact-dates.ts';

/**
 * Money a decision orders, one entry per order: a fine or other money penalty (a sentence part), or damages,
 * a civil claim, costs, confiscation. Each keeps its own unit or currency: they are different things and are
 * never summed.
 */
export interface MoneyFact {
  decision: string;
  /** The sentence type ('fine', 'correctional_labour') or the kind of order ('damages', 'civil_claim'…). */
  kind: string;
  isPenalty: boolean;
  amount?: { value: number; unit: string };
  /** The jurisdiction's unit by its abbreviation ('MCI'), or the currency code ('KZT'). */
  unitTitle?: string;
  isCurrency: boolean;
  description?: string;
  /** The decision's sources. */
  sources: Citation[];
}

/** The money ordered by the person's decisions given by the day, in the order of the record. */
export function moneyOrdered(
  decisions: readonly Decision[],
  person: string,
  asOf: Day,
  money?: { key: string; abbreviation: string },
): MoneyFact[] {
  const title = (unit: string) => (unit === money?.key ? money.abbreviation : unit);
  const amountOf = (a: { value: number; unit: string } | undefined) =>
    a
      ? { amount: a, unitTitle: title(a.unit), isCurrency: CURRENCY_CODE.test(a.unit) }
      : { isCurrency: false };
  return decisions
    .filter((d) => d.defendant === person && datedBounds(d.date).earliest <= asOf)
    .flatMap((d) => [
      ...d.sentence
        .filter((c) => c.amount && unitDimension(c.amount.unit) === 'money')
        .map((c) => ({
          decision: d.id,
          kind: c.type,
          isPenalty: true,
          ...amountOf(c.amount),
          sources: d.sources,
        })),
      ...(d.money ?? []).map((m: MoneyOrder) => ({
        decision: d.id,
        kind: m.kind,
        isPenalty: false,
        ...amountOf(m.amount),
        ...(m.description ? { description: m.description } : {}),
        sources: d.sources,
      })),
    ]);
}

/** One money order for people: 'damages: 250000 KZT (decision:v)'. */
export function formatMoney(m: MoneyFact): string {
  const amount = m.amount ? `${m.amount.value} ${m.unitTitle ?? m.amount.unit}` : 'amount not recorded';
  return `${m.kind.replace(/_/g, ' ')}: ${amount}${m.description ? `, ${m.description}` : ''} (${m.decision})`;
}
