import type { Fraction, ParticipationRule, Penalty } from '../law/law.ts';
import { formatArticleRef, type LegalKnowledge, type MaxImprisonment } from '../law/legal-knowledge.ts';
import type { ChargeHistory } from './charge-history.ts';
import type { ChargeExposure } from './exposure.ts';
import type { Tri } from './fact-dates.ts';
import type { FactWarning } from './warnings.ts';

/** A stage or role as charged, and what the law data makes of it (nothing, when it has no rule for it). */
export interface ParticipationFact {
  kind: string;
  title: string;
  /** 'Art. 24(3)' as charged, when the record cites it. */
  qualifier?: string;
  /** False when the law data has no rule for it: the exposure is then that of the completed offence. */
  isKnownToData: boolean;
  /** The legal basis the data gives ('Art. 24'). */
  basis?: string;
  /** The cap on the principal penalty's maximum; absent when the law sets none. */
  maxFraction?: Fraction;
  excludesLife: boolean;
  note?: string;
}

/** The stage's and role's rules for a charge on its law date. */
export interface ChargeParticipation {
  stage?: { fact: ParticipationFact; rule?: ParticipationRule };
  role?: { fact: ParticipationFact; rule?: ParticipationRule };
}

/** Looks up, in the law in force on the charge's law date, the rules for its stage and role. */
export function participationRules(
  h: ChargeHistory,
  law: LegalKnowledge,
  lawDate: string,
): ChargeParticipation {
  const data = law.participationRules(h.ref.jurisdiction, lawDate);
  const resolve = (
    x: { kind: string; qualifier?: { article: string; part?: string | undefined } } | undefined,
    rules: readonly ParticipationRule[] | undefined,
  ) => {
    if (!x) return undefined;
    const rule = rules?.find((r) => r.key === x.kind);
    const qualifier = x.qualifier
      ? formatArticleRef({ ...h.ref, article: x.qualifier.article, part: x.qualifier.part }, 'short')
      : undefined;
    const fact: ParticipationFact = {
      kind: x.kind,
      title: rule?.titles.en ?? x.kind,
      ...(qualifier !== undefined ? { qualifier } : {}),
      isKnownToData: rule !== undefined,
      ...(rule ? { basis: `Art. ${rule.basis.article ?? '?'}` } : {}),
      ...(rule?.maxFraction ? { maxFraction: rule.maxFraction } : {}),
      excludesLife: rule?.excludesLife === true,
      ...(rule?.note !== undefined ? { note: rule.note } : {}),
    };
    return { fact, ...(rule ? { rule } : {}) };
  };
  const stage = resolve(h.stage, data?.stages);
  const role = resolve(h.role, data?.roles);
  return { ...(stage ? { stage } : {}), ...(role ? { role } : {}) };
}

/** Whether a part of the given gravity is punishable at this stage or in this role, under the rule. */
export function isPunishable(rule: ParticipationRule | undefined, gravity: string | undefined): Tri {
  if (!rule) return 'yes';
  if (rule.isNeverPunishable === true) return 'no';
  if (!rule.punishableGravities) return 'yes';
  if (gravity === undefined) return 'possibly';
  return rule.punishableGravities.includes(gravity) ? 'yes' : 'no';
}

const DAYS = { years: 365.25, months: 30.4375, days: 1 } as const;

/** The longest fixed prison term among the penalties, leaving out life. */
function longestTerm(penalties: readonly Penalty[]): MaxImprisonment | undefined {
  let best: { life: false; value: number; unit: 'years' | 'months' | 'days' } | undefined;
  for (const p of penalties) {
    const max = p.max;
    if (p.type !== 'imprisonment' || p.life === true || !max) continue;
    if (max.unit !== 'years' && max.unit !== 'months' && max.unit !== 'days') continue;
    if (!best || max.value * DAYS[max.unit] > best.value * DAYS[best.unit])
      best = { life: false, value: max.value, unit: max.unit };
  }
  return best;
}

/**
 * The maximum prison term of a part once the stage's and role's caps apply, each in turn: a fraction of the
 * maximum, and life (or death) left out where the rule excludes it, the longest fixed term then being capped.
 */
export function cappedMaximum(
  max: MaxImprisonment | undefined,
  penalties: readonly Penalty[],
  rules: readonly (ParticipationRule | undefined)[],
): MaxImprisonment | undefined {
  let out = max;
  for (const rule of rules) {
    if (!rule || !out) continue;
    if (out.life && rule.excludesLife === true) out = longestTerm(penalties);
    if (out && !out.life && rule.maxFraction)
      out = { ...out, value: (out.value * rule.maxFraction.numerator) / rule.maxFraction.denominator };
  }
  return out;
}

/**
 * Warnings for live charges whose stage or role the law data cannot price: a stage not punishable for the
 * charge's gravity (it exposes nothing), and a stage or role the data has no rule for (the completed offence's
 * maximum is shown).
 */
export function participationWarnings(exposures: readonly ChargeExposure[]): FactWarning[] {
  const out: FactWarning[] = [];
  for (const e of exposures) {
    const what = [e.stage, e.role].filter((x): x is ParticipationFact => x !== undefined);
    if (e.isPunishable === 'no')
      out.push({
        code: 'charge.not_punishable',
        record: e.charge,
        message: `${what.map((x) => x.title).join(' and ')} of ${e.article} is not punishable for its gravity under the law data (${what.map((x) => x.basis ?? '').join(', ')}): the charge exposes nothing`,
      });
    for (const x of what.filter((y) => !y.isKnownToData))
      out.push({
        code: 'law.no_participation_rule',
        record: e.charge,
        message: `the law data has no rule for "${x.kind}": the exposure shown is that of the completed offence by its executor`,
      });
  }
  return out;
}
