import type { MaxImprisonment } from '../law/legal-knowledge.ts';
import { compareAmounts, type Amount, type CumulationRule, type CumulationRules } from '../law/law.ts';
import type { ChargeExposure, ImprisonmentRange } from './exposure.ts';

/** What the cumulation needs of the law data: the rules and the rank of a gravity category on a day. */
export interface CumulationLaw {
  rulesOn(day: string): CumulationRules | undefined;
  rank(gravity: string, day: string): number | undefined;
}

/** The rule applied, with the article it comes from. */
export interface AppliedRule {
  key: string;
  method: CumulationRule['method'];
  article: string;
  text: string;
}

/**
 * The most a court could impose for all of a defendant's live charges together, by the jurisdiction's rules for
 * several offences: the certainly live charges at their lowest parts give the lower bound, every live or
 * possibly live charge at its highest part the upper. Charges the law data cannot price are left out, and said.
 */
export interface CumulativeExposure {
  /** The rule for the upper bound (every charge that may be live). */
  rule?: AppliedRule;
  /** The rule for the lower bound, when it differs (only the certainly live charges). */
  lowerRule?: AppliedRule;
  /** A life sentence for one charge makes the whole life. */
  isLife: boolean;
  maxImprisonment?: ImprisonmentRange;
  /** The most of each other sentence type, added or absorbed as the rule says, in its own unit. */
  nonCustodialMaxima: { type: string; max: Amount; unitLabel: string }[];
  /** The charges counted. */
  charges: string[];
  leftOut: { charge: string; article: string; reason: string }[];
  /** The result in words, citing the rule. */
  text: string;
}

type Bound = 'low' | 'high';

interface Priced {
  c: ChargeExposure;
  /** The lowest and highest gravity rank over the charge's parts. */
  ranks: { low: number; high: number };
}

const DAYS = { years: 365.25, months: 30.4375, days: 1 } as const;
const weight = (m: MaxImprisonment) => (m.life ? Number.POSITIVE_INFINITY : m.value * DAYS[m.unit]);
const NONE: MaxImprisonment = { life: false, value: 0, unit: 'days' };

const article = (r: { basis: { article: string; part?: string | undefined } }) =>
  `Art. ${r.basis.article}${r.basis.part !== undefined ? `(${r.basis.part})` : ''}`;

/** Adds prison terms in the coarsest unit that is exact: years, else months, else (approximately) days. */
function addTerms(terms: readonly MaxImprisonment[]): MaxImprisonment {
  const finite = terms.filter((t): t is Extract<MaxImprisonment, { life: false }> => !t.life);
  if (finite.some((t) => t.unit === 'days'))
    return {
      life: false,
      value: Math.round(finite.reduce((s, t) => s + t.value * DAYS[t.unit], 0)),
      unit: 'days',
    };
  const months = finite.reduce((s, t) => s + (t.unit === 'years' ? t.value * 12 : t.value), 0);
  return months % 12 === 0
    ? { life: false, value: months / 12, unit: 'years' }
    : { life: false, value: months, unit: 'months' };
}

/** Whether a charge (at the bound) is of the gravity and punishable by at least the term the rule names. */
function includes(p: Priced, rule: CumulationRule, bound: Bound): boolean {
  const need = rule.includes;
  if (!need) return true;
  const least = { life: false as const, ...need.maxImprisonmentAtLeast };
  const fits = p.c.parts.map(
    (part) =>
      part.gravity === need.gravity &&
      part.maxImprisonment !== undefined &&
      weight(part.maxImprisonment) >= weight(least),
  );
  return bound === 'high' ? fits.some(Boolean) : fits.length > 0 && fits.every(Boolean);
}

/** A cap on imprisonment as a term (the law data checks that it is stated in time). */
function asTerm(a: Amount | undefined): MaxImprisonment | undefined {
  return a && (a.unit === 'years' || a.unit === 'months' || a.unit === 'days')
    ? { life: false, value: a.value, unit: a.unit }
    : undefined;
}

interface Combined {
  rule?: CumulationRule;
  isLife: boolean;
  imprisonment?: MaxImprisonment;
  other: Map<string, Amount>;
}

function combine(
  set: readonly Priced[],
  rules: CumulationRules,
  rankOf: (g: string) => number,
  bound: Bound,
): Combined {
  const gravest = Math.max(...set.map((p) => p.ranks[bound]));
  const rule = rules.rules.find(
    (r) => rankOf(r.upToGravity) >= gravest && set.some((p) => includes(p, r, bound)),
  );
  const adds = rule?.method === 'addition';
  const cap = (type: string) => rule?.caps.find((c) => c.type === type)?.max;
  const terms = set
    .map((p) => (bound === 'high' ? p.c.maxImprisonment?.max : p.c.maxImprisonment?.min))
    .filter((m): m is MaxImprisonment => m !== undefined && weight(m) > 0);
  const isLife = terms.some((t) => t.life);
  let imprisonment: MaxImprisonment | undefined;
  if (isLife) imprisonment = { life: true };
  else if (terms.length > 0) {
    const top = [...terms].sort((a, b) => weight(a) - weight(b)).at(-1) as MaxImprisonment;
    const sum = adds ? addTerms(terms) : top;
    const limit = asTerm(cap('imprisonment'));
    imprisonment = limit && weight(sum) > weight(limit) ? limit : sum;
  }
  const other = new Map<string, Amount>();
  for (const p of bound === 'high' ? set : []) {
    for (const n of p.c.nonCustodialMaxima) {
      const cur = other.get(n.type);
      if (!cur) other.set(n.type, n.max);
      else if (cur.unit === n.max.unit)
        other.set(
          n.type,
          adds ? { ...cur, value: cur.value + n.max.value } : compareAmounts(cur, n.max) >= 0 ? cur : n.max,
        );
    }
  }
  for (const [type, amount] of other) {
    const limit = cap(type);
    if (limit && limit.unit === amount.unit && amount.value > limit.value) other.set(type, limit);
  }
  return { ...(rule ? { rule } : {}), isLife, ...(imprisonment ? { imprisonment } : {}), other };
}

const applied = (r: CumulationRule): AppliedRule => ({
  key: r.key,
  method: r.method,
  article: article(r),
  text: r.text,
});

/**
 * The cumulative exposure of one defendant's live charges, by the rules in force on the latest day a charge is
 * judged by; undefined with fewer than two charges or no rules in the law data.
 */
export function cumulativeExposure(
  charges: readonly ChargeExposure[],
  law: CumulationLaw | undefined,
  format: (m: MaxImprisonment, n: MaxImprisonment) => ImprisonmentRange,
): CumulativeExposure | undefined {
  if (!law || charges.length < 2) return undefined;
  const day = charges
    .map((c) => c.lawDate)
    .sort()
    .at(-1) as string;
  const rules = law.rulesOn(day);
  if (!rules) return undefined;
  const leftOut: CumulativeExposure['leftOut'] = [];
  const priced: Priced[] = [];
  for (const c of charges) {
    const ranks = c.parts
      .map((p) => (p.gravity !== undefined ? law.rank(p.gravity, c.lawDate) : undefined))
      .filter((r): r is number => r !== undefined);
    if (c.isPenaltyUnknown)
      leftOut.push({ charge: c.charge, article: c.article, reason: 'penalties not in the law data' });
    else if (ranks.length < c.parts.length || ranks.length === 0)
      leftOut.push({ charge: c.charge, article: c.article, reason: 'gravity not in the law data' });
    else priced.push({ c, ranks: { low: Math.min(...ranks), high: Math.max(...ranks) } });
  }
  if (priced.length === 0)
    return {
      isLife: false,
      nonCustodialMaxima: [],
      charges: [],
      leftOut,
      text: `Several offences together (${charges.length} live charges): unknown, leaving out ${leftOut.map((l) => `${l.article} (${l.reason})`).join(', ')}.`,
    };
  const rankOf = (g: string) => law.rank(g, day) ?? Number.POSITIVE_INFINITY;
  const certain = priced.filter((p) => p.c.isLive === 'yes');
  const high = combine(priced, rules, rankOf, 'high');
  const low = certain.length > 0 ? combine(certain, rules, rankOf, 'low') : undefined;
  const nonCustodialMaxima = [...high.other].map(([type, max]) => ({
    type,
    max,
    unitLabel:
      priced.flatMap((p) => p.c.nonCustodialMaxima).find((n) => n.type === type)?.unitLabel ?? max.unit,
  }));
  const maxImprisonment = high.imprisonment
    ? format(low?.imprisonment ?? NONE, high.imprisonment)
    : undefined;
  const rule = high.rule ? applied(high.rule) : undefined;
  const lowerRule = low?.rule && low.rule.key !== high.rule?.key ? applied(low.rule) : undefined;
  return {
    ...(rule ? { rule } : {}),
    ...(lowerRule ? { lowerRule } : {}),
    isLife: high.isLife,
    ...(maxImprisonment ? { maxImprisonment } : {}),
    nonCustodialMaxima,
    charges: priced.map((p) => p.c.charge),
    leftOut,
    text: describe(
      priced.length,
      rule,
      lowerRule,
      high.isLife,
      maxImprisonment,
      nonCustodialMaxima,
      leftOut,
      rules,
    ),
  };
}

/** 'imprisonment up to 13 years', 'life imprisonment', 'imprisonment at least 3 years, at most 13 years'. */
function prisonText(prison: ImprisonmentRange): string {
  if (prison.isExact && prison.max.life) return prison.text;
  return `imprisonment ${prison.isExact ? 'up to ' : ''}${prison.text}`;
}

/** The cumulative maximum in a few words for a line of text: 'imprisonment up to 13 years (Art. 58(3))'. */
export function formatCumulative(c: CumulativeExposure): string {
  const prison = c.maxImprisonment;
  const what = prison
    ? prisonText(prison)
    : c.nonCustodialMaxima.length > 0
      ? c.nonCustodialMaxima
          .map((n) => `${n.type.replace(/_/g, ' ')} up to ${n.max.value} ${n.unitLabel}`)
          .join('; ')
      : 'unknown';
  const basis = c.isLife ? 'life makes life' : (c.rule?.article ?? 'no rule in the law data');
  const out = c.leftOut.length > 0 ? `, leaving out ${c.leftOut.map((l) => l.article).join(', ')}` : '';
  return `${what} (${basis}${out})`;
}

function describe(
  count: number,
  rule: AppliedRule | undefined,
  lowerRule: AppliedRule | undefined,
  isLife: boolean,
  prison: ImprisonmentRange | undefined,
  other: CumulativeExposure['nonCustodialMaxima'],
  leftOut: CumulativeExposure['leftOut'],
  rules: CumulationRules,
): string {
  const what = [
    ...(prison ? [prisonText(prison)] : []),
    ...(prison ? [] : other.map((n) => `${n.type.replace(/_/g, ' ')} up to ${n.max.value} ${n.unitLabel}`)),
  ];
  const result = what.length > 0 ? what.join('; ') : 'no imprisonment';
  const basis = isLife
    ? `a life sentence makes the whole life${rules.lifeBasis ? ` (${article({ basis: rules.lifeBasis })})` : ''}`
    : rule
      ? `${rule.article}: ${rule.text}`
      : 'no rule in the law data fits these charges; the gravest single maximum is taken';
  const lower = lowerRule
    ? `; if only the certainly live charges count, ${lowerRule.article}: ${lowerRule.text}`
    : '';
  const without =
    leftOut.length > 0 ? `; leaving out ${leftOut.map((l) => `${l.article} (${l.reason})`).join(', ')}` : '';
  return `Several offences together (${count} live charges): ${result}, by ${basis}${lower}${without}.`;
}
