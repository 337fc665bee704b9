import { givenTitles } from '../common/titles.ts';
import { moneyUnitWords, type MoneyUnitWords } from './article-description.ts';
import type { LegalKnowledge } from './legal-knowledge.ts';
import { deprivationOf } from './law-procedure.ts';

type Titles = Record<string, string>;

/** The words of a jurisdiction's law a form offers, each keyed as records store it and titled by language. */
export interface LawVocabulary {
  jurisdiction: string;
  names: Titles;
  codes: { id: string; titles: Titles }[];
  /** Most severe first. */
  /** `deprivation`: the kind of deprivation of liberty its days count as (detention, house arrest…), if any. */
  measures: { key: string; titles: Titles; deprivesLiberty: boolean; deprivation?: string }[];
  sentenceTypes: { key: string; titles: Titles }[];
  regimes: { key: string; titles: Titles }[];
  /** The unit its fines are stated in, abbreviated by language. */
  moneyUnit?: MoneyUnitWords;
}

/**
 * A jurisdiction's codes, restraint measures, sentence types and regimes from its law data, so a form offers a
 * case's own law rather than one jurisdiction's; undefined when the law data does not hold the jurisdiction.
 */
export function lawVocabulary(law: LegalKnowledge, jurisdiction: string): LawVocabulary | undefined {
  if (!law.jurisdictions().includes(jurisdiction)) return undefined;
  const info = law.jurisdiction(jurisdiction);
  const moneyUnit = moneyUnitWords(law, jurisdiction);
  return {
    ...(moneyUnit !== undefined ? { moneyUnit } : {}),
    jurisdiction,
    names: givenTitles(info.names),
    codes: info.codes.map((c) => ({ id: c.id, titles: givenTitles(c.title) })),
    measures: law.measures(jurisdiction).map((m) => {
      const deprivation = deprivationOf(m);
      return {
        key: m.key,
        titles: givenTitles(m.titles),
        deprivesLiberty: m.deprivesLiberty,
        ...(deprivation !== undefined ? { deprivation } : {}),
      };
    }),
    sentenceTypes: info.sentenceTypes.map((t) => ({ key: t.key, titles: givenTitles(t.titles) })),
    regimes: info.regimes.map((r) => ({ key: r.key, titles: givenTitles(r.titles) })),
  };
}
