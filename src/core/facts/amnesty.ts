import type { Day } from '../dates/index.ts';
import type { LegalKnowledge } from '../law/legal-knowledge.ts';
import type { Amnesty } from '../law/law.ts';
import { matchesArticles } from './article-match.ts';
import type { ChargeHistory } from './charge-history.ts';
import { triAnd, type Tri } from './fact-dates.ts';

/** Whether an amnesty in the law data covers one charge, and with what effect. */
export interface AmnestyFact {
  charge: string;
  article: string;
  amnesty: string;
  title: string;
  number: string;
  adopted: Day;
  covers: Tri;
  /** The act falls in the amnesty's window of offences. */
  isActInWindow: Tri;
  /** The article is among those the amnesty excludes. */
  isExcluded: Tri;
  /** What the amnesty does for each gravity the charge may have (release, or a cut of the sentence). */
  effects: Amnesty['effects'];
  /** Why the answer is not a plain yes. */
  reasons: string[];
  certainty: 'verified' | 'uncertain';
  note?: string;
}

/** States of a charge that an amnesty can still reach: pending, or ended by a conviction or by the amnesty. */
const REACHABLE = new Set(['live', 'in_court', 'suspended', 'convicted', 'amnestied']);

function windowAnswer(h: ChargeHistory, a: Amnesty): Tri {
  const act = h.actDate;
  if (act) {
    if (act.latest < a.offencesFrom || act.earliest > a.offencesTo) return 'no';
    return act.earliest >= a.offencesFrom && act.latest <= a.offencesTo ? 'yes' : 'possibly';
  }
  // Without an act date, the act came some time before the charge was brought.
  return h.brought && h.brought.latest < a.offencesFrom ? 'no' : 'possibly';
}

/**
 * The amnesties in the law data adopted by the date whose window the charge's act can fall in, each with whether
 * it covers the charge: the act in the window, the article not excluded, and an effect for the charge's gravity
 * (by the wording that judges the charge). 'possibly' when the act date or the part leaves it open.
 */
export function chargeAmnesties(h: ChargeHistory, law: LegalKnowledge, asOf: Day): AmnestyFact[] {
  const j = h.ref.jurisdiction;
  if (!h.lawDate || !law.jurisdictions().includes(j)) return [];
  if (!h.possibleStates.some((s) => REACHABLE.has(s))) return [];
  const parts = law.articleParts(h.ref, h.lawDate);
  const out: AmnestyFact[] = [];
  for (const a of law.amnesties(j)) {
    if (a.adopted > asOf) continue;
    const isActInWindow = windowAnswer(h, a);
    if (isActInWindow === 'no') continue;
    const isExcluded = matchesArticles(h.ref, a.excludedArticles);
    const gravities = parts.map((p) => p.gravity);
    const effects = a.effects.filter((e) => gravities.includes(e.gravity));
    const withEffect = gravities.filter((g) => g !== undefined && a.effects.some((e) => e.gravity === g));
    const byGravity: Tri =
      gravities.length > 0 && withEffect.length === gravities.length
        ? 'yes'
        : withEffect.length > 0 || gravities.includes(undefined) || gravities.length === 0
          ? 'possibly'
          : 'no';
    const notExcluded: Tri = isExcluded === 'yes' ? 'no' : isExcluded === 'possibly' ? 'possibly' : 'yes';
    const reasons = [
      isActInWindow === 'possibly'
        ? h.actDate
          ? `the act date may fall outside ${a.offencesFrom} … ${a.offencesTo}`
          : 'the act date is not recorded'
        : undefined,
      isExcluded === 'yes' ? 'the article is excluded' : undefined,
      isExcluded === 'possibly' ? 'a part of the article is excluded and the part is not known' : undefined,
      byGravity === 'no' ? `no effect for its gravity (${gravities.join(', ')})` : undefined,
      byGravity === 'possibly' ? 'its gravity is not known for every part' : undefined,
    ].filter((r): r is string => r !== undefined);
    out.push({
      charge: h.id,
      article: h.article,
      amnesty: a.id,
      title: a.titles.en,
      number: a.number,
      adopted: a.adopted,
      covers: triAnd(triAnd(isActInWindow, notExcluded), byGravity),
      isActInWindow,
      isExcluded,
      effects,
      reasons,
      certainty: a.certainty,
      ...(a.note ? { note: a.note } : {}),
    });
  }
  return out;
}
