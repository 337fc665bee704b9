import { LABELS, labelOf } from '../common/labels.ts';
import type { Decision } from '../decision/decision.ts';
import type { LegalKnowledge } from '../law/legal-knowledge.ts';
import type { Release } from './release.ts';

type Named = (id: string | undefined) => { id: string; name: string } | undefined;

/** The titles of a jurisdiction's sentence types and regimes, from its law data; empty when it is not loaded. */
function lawTitles(law: LegalKnowledge, jurisdiction: string) {
  const info = law.jurisdictions().includes(jurisdiction) ? law.jurisdiction(jurisdiction) : undefined;
  const title = (list: readonly { key: string; titles: { en?: string } }[] | undefined, key: string) =>
    list?.find((x) => x.key === key)?.titles.en ?? key.replace(/_/g, ' ');
  return {
    sentenceType: (key: string) => title(info?.sentenceTypes, key),
    regime: (key: string) => title(info?.regimes, key),
    /** A unit as people write it: the jurisdiction's money unit by its abbreviation ('mci' → 'MCI'). */
    unit: (unit: string) => (unit === info?.monetaryUnit.key ? info.monetaryUnit.abbreviation : unit),
  };
}

/**
 * Decisions with every code in words: the kind, each charge's outcome, each part of the sentence (its type and
 * regime titled from the law data), each appeal; names resolved through `named`.
 */
export function presentDecisions(
  decisions: readonly Decision[],
  law: LegalKnowledge,
  jurisdiction: string,
  named: { person: Named; organisation: Named },
  version: (id: string) => number | undefined,
) {
  const titles = lawTitles(law, jurisdiction);
  return decisions.map((d) => ({
    ...d,
    version: version(d.id),
    kindTitle: LABELS.decisionKind[d.kind],
    court: named.organisation(d.court),
    defendant: named.person(d.defendant),
    outcomes: d.outcomes.map((o) => ({
      ...o,
      outcomeTitle: `${LABELS.outcome[o.outcome]}${o.ground ? ` (${LABELS.liabilityReleaseGround[o.ground]})` : ''}`,
    })),
    sentence: d.sentence.map((c) => ({
      ...c,
      typeTitle: titles.sentenceType(c.type),
      ...(c.amount !== undefined ? { amountUnitTitle: titles.unit(c.amount.unit) } : {}),
      ...(c.regime !== undefined ? { regimeTitle: titles.regime(c.regime) } : {}),
    })),
    appeals: d.appeals.map((a) => ({
      ...a,
      byTitle: LABELS.appealBy[a.by],
      outcomeTitle: LABELS.appealOutcome[a.outcome],
    })),
  }));
}

/** A case's releases with the person named and the reason in words. */
export function presentReleases(releases: readonly Release[] | undefined, person: Named) {
  return (releases ?? []).map((r) => ({
    ...r,
    person: person(r.person) ?? { id: r.person, name: r.person },
    reasonTitle: labelOf('releaseReason', r.reason),
  }));
}
