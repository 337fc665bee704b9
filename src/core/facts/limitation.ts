import { addDuration, type Day } from '../dates/index.ts';
import type { Decision } from '../decision/decision.ts';
import type { LegalKnowledge, ResolvedArticle } from '../law/legal-knowledge.ts';
import type { LimitationRules, NoLimitationGroup, Term } from '../law/law.ts';
import { inRanges, matchesArticles, triAny } from './article-match.ts';
import type { ChargeHistory } from './charge-history.ts';
import { datedBounds, happenedBy, type DatedBounds, type Tri } from './fact-dates.ts';
import type { FactWarning } from './warnings.ts';

/** The limitation of prosecution for one charge (Kazakhstan: CC Art. 71), as of a date. */
export interface LimitationFact {
  charge: string;
  article: string;
  /** No limitation applies ('yes'), or none only under a condition the data cannot check ('possibly'). */
  isExempt: Tri;
  /** The groups of offences without limitation the charge is in (or may be in), with their basis. */
  exemptBecause: { group: string; condition?: string; basis: string }[];
  /** The period of each part the charge may be under (one unless its part is unknown); empty when unknown. */
  periods: Term[];
  /** The event that stops the period running, by the law data. */
  runsUntil: LimitationRules['runs']['until'];
  /** That event, when it can have happened by the date (the verdict in force, the charge brought). */
  stoppedOn?: DatedBounds;
  isActDateKnown: boolean;
  /**
   * The first day on which the period has run out (the act's day plus the period); without an act date only its
   * latest day is known (the act came before the charge was brought).
   */
  expires?: { earliest?: Day; latest: Day };
  /** Whether it ran out before it stopped (or by the date, while it runs). */
  expired: Tri;
  certainty: 'verified' | 'uncertain';
  note?: string;
  text: string;
}

const LIVE = new Set(['live', 'in_court', 'suspended']);

function termText(t: Term): string {
  return `${t.value} ${t.value === 1 ? t.unit.replace(/s$/, '') : t.unit}`;
}

function plus(day: Day, t: Term): Day {
  return addDuration(day, { [t.unit]: t.value });
}

/** Whether the offence is one the law data exempts from limitation, and why. */
function exemption(
  h: ChargeHistory,
  parts: readonly ResolvedArticle[],
  groups: readonly NoLimitationGroup[],
  gravityRank: (key: string) => number | undefined,
): { isExempt: Tri; because: LimitationFact['exemptBecause'] } {
  const because: LimitationFact['exemptBecause'] = [];
  const answers = groups.map((g): Tri => {
    const byArticle = triAny([
      matchesArticles(h.ref, g.articles ?? []),
      inRanges(h.ref, g.ranges ?? []) ? 'yes' : 'no',
    ]);
    if (byArticle === 'no') return 'no';
    const min = g.minGravity !== undefined ? gravityRank(g.minGravity) : undefined;
    const ranks = parts.map((p) => p.gravityRank);
    const byGravity: Tri =
      min === undefined
        ? 'yes'
        : ranks.length > 0 && ranks.every((r) => r !== undefined && r >= min)
          ? 'yes'
          : ranks.some((r) => r === undefined || r >= min)
            ? 'possibly'
            : 'no';
    const answer: Tri =
      byGravity === 'no'
        ? 'no'
        : byArticle === 'yes' && byGravity === 'yes' && !g.condition
          ? 'yes'
          : 'possibly';
    if (answer !== 'no')
      because.push({
        group: g.group,
        ...(g.condition ? { condition: g.condition } : {}),
        basis: `${g.basis.code.toUpperCase()} Art. ${g.basis.article ?? '?'}`,
      });
    return answer;
  });
  return { isExempt: triAny(answers), because };
}

/** The day a conviction on the charge entered into force, when recorded. */
function verdictInForce(h: ChargeHistory, decisions: readonly Decision[]): DatedBounds | undefined {
  const days = decisions
    .filter(
      (d) => d.enteredIntoForce && d.outcomes.some((o) => o.charge === h.id && o.outcome === 'convicted'),
    )
    .map((d) => datedBounds(d.enteredIntoForce as string))
    .sort((a, b) => a.earliest.localeCompare(b.earliest));
  return days[0];
}

/**
 * The limitation of a charge still open to prosecution (live, or convicted and the verdict not certainly in
 * force), by the jurisdiction's rules on the charge's law date: exempt, or when the period runs out and whether it
 * has. Undefined for other charges, and where the law data has no limitation rules.
 */
export function chargeLimitation(
  h: ChargeHistory,
  decisions: readonly Decision[],
  law: LegalKnowledge,
  asOf: Day,
): LimitationFact | undefined {
  const j = h.ref.jurisdiction;
  if (!h.lawDate || !h.brought || !law.jurisdictions().includes(j)) return undefined;
  const rules = law.limitationRules(j, h.lawDate);
  if (!rules) return undefined;
  const inForce = verdictInForce(h, decisions);
  const forceHappened = inForce ? happenedBy(inForce, asOf) : 'no';
  const isOpen =
    h.possibleStates.some((s) => LIVE.has(s)) ||
    (h.possibleStates.includes('convicted') && forceHappened !== 'yes');
  if (!isOpen) return undefined;
  const parts = law.articleParts(h.ref, h.lawDate);
  const rank = (key: string) => law.gravity(j, key, h.lawDate as Day)?.rank;
  const { isExempt, because } = exemption(h, parts, rules.noLimitation, rank);
  const periods = parts.map((p) => p.limitationPeriod).filter((t): t is Term => t !== undefined);
  const isKnown = periods.length === parts.length && periods.length > 0;
  const stoppedOn =
    rules.runs.until === 'charge_brought' ? h.brought : forceHappened !== 'no' ? inForce : undefined;
  const base = {
    charge: h.id,
    article: h.article,
    isExempt,
    exemptBecause: because,
    periods,
    runsUntil: rules.runs.until,
    ...(stoppedOn ? { stoppedOn } : {}),
    isActDateKnown: h.actDate !== undefined,
    certainty: rules.certainty,
    ...(rules.note ? { note: rules.note } : {}),
  };
  if (isExempt === 'yes')
    return { ...base, expired: 'no', text: `no limitation (${because.map((b) => b.group).join('; ')})` };
  if (!isKnown)
    return {
      ...base,
      expired: 'possibly',
      text: 'limitation period unknown: the law data has no gravity for it',
    };
  const days = periods.map((t) => ({ t, d: plus('2000-01-01', t) })).sort((a, b) => a.d.localeCompare(b.d));
  const shortest = (days[0] as { t: Term }).t;
  const longest = (days.at(-1) as { t: Term }).t;
  const act = h.actDate;
  const expires = act
    ? { earliest: plus(act.earliest, shortest), latest: plus(act.latest, longest) }
    : { latest: plus(h.brought.latest, longest) };
  // The period is judged on the day it stopped, or on the date while it runs.
  const on =
    stoppedOn && happenedBy(stoppedOn, asOf) === 'yes' ? stoppedOn : { earliest: asOf, latest: asOf };
  const expired: Tri =
    on.earliest >= expires.latest
      ? 'yes'
      : expires.earliest !== undefined && on.latest < expires.earliest
        ? 'no'
        : 'possibly';
  const period = shortest === longest ? termText(longest) : `${termText(shortest)} to ${termText(longest)}`;
  const when =
    expires.earliest === undefined
      ? `the act date is not recorded: runs out by ${expires.latest} at the latest`
      : expires.earliest === expires.latest
        ? `runs out on ${expires.latest}`
        : `runs out between ${expires.earliest} and ${expires.latest}`;
  const status = expired === 'yes' ? ', expired' : expired === 'possibly' && act ? ', possibly expired' : '';
  const unless =
    isExempt === 'possibly'
      ? `; none at all if ${because.map((b) => b.condition ?? b.group).join('; ')}`
      : '';
  return { ...base, expires, expired, text: `${period} from the act, ${when}${status}${unless}` };
}

/** A warning for each charge kept open past its limitation: still live, or brought only after it ran out. */
export function limitationWarnings(facts: readonly LimitationFact[]): FactWarning[] {
  return facts
    .filter((f) => f.expired === 'yes')
    .map((f) => ({
      code: 'limitation.expired' as const,
      record: f.charge,
      message:
        f.runsUntil === 'charge_brought'
          ? `${f.article} was brought after its limitation ran out (${f.text})`
          : `${f.article} is still pending after its limitation ran out (${f.text})`,
    }));
}
