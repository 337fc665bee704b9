import { givenTitles } from '../common/titles.ts';
import { formatArticleRef } from './law-helpers.ts';
import type { Penalty } from './law-articles.ts';
import type { ArticleRef } from './law.ts';
import type { LegalKnowledge } from './legal-knowledge.ts';

/** One part of an article as worded on a day: its title, what it punishes with, and its gravity. */
export interface PartDescription {
  part?: string;
  titles?: Record<string, string>;
  /** Each with the title of its sentence type from the jurisdiction's data, where it has one. */
  penalties: (Penalty & { titles?: Record<string, string> })[];
  /** The law data has the part but not its sanction: never read as "no penalty". */
  isPenaltyUnknown: boolean;
  gravity?: { key: string; titles: Record<string, string> };
  certainty: 'verified' | 'uncertain';
}

/**
 * What the law data says of an article a charge cites, as a form shows it while the article is typed: how much
 * is known (the sanction, only the title, that the article was excluded, or nothing and why), its titles, and the
 * parts in force on the day with their penalties. An article the data lacks is described, never refused.
 */
export interface ArticleDescription {
  label: string;
  known: 'sanctioned' | 'indexed' | 'excluded' | 'unknown';
  /** Why nothing is known: the jurisdiction, the code, the article or the part is not in the law data. */
  reason?: 'jurisdiction' | 'code' | 'article' | 'part';
  titles?: Record<string, string>;
  /** The law that excluded the article from the code, for `excluded`. */
  excludedBy?: string;
  /** The parts in force on the day: the one asked for, or every part when none is. */
  parts: PartDescription[];
  onDate: string;
  /** The jurisdiction's money unit, in which its fines are stated: its key and abbreviation by language. */
  moneyUnit?: MoneyUnitWords;
}

/** A money unit as a reader sees it: the key amounts carry, and how it is abbreviated in each language. */
export interface MoneyUnitWords {
  key: string;
  abbreviations: Record<string, string>;
  /** In a language that declines the abbreviation: how a range's bounds word it ("АЕК-тен", "АЕК-ке"). */
  boundForms?: Record<string, { from: string; to: string }>;
}

/** The jurisdiction's money unit in words: its abbreviation by language, the plain one standing for English. */
export function moneyUnitWords(law: LegalKnowledge, jurisdiction: string): MoneyUnitWords | undefined {
  if (!law.jurisdictions().includes(jurisdiction)) return undefined;
  const unit = law.jurisdiction(jurisdiction).monetaryUnit;
  const words: MoneyUnitWords = {
    key: unit.key,
    abbreviations: givenTitles(unit.abbreviations ?? { en: unit.abbreviation }),
  };
  if (unit.boundForms !== undefined) words.boundForms = unit.boundForms;
  return words;
}

/** The description of `ref` as the law stood on `onDate` (a day). */
export function describeArticle(law: LegalKnowledge, ref: ArticleRef, onDate: string): ArticleDescription {
  const label = formatArticleRef(ref);
  const known = law.articleKnowledge(ref);
  if (known.kind === 'unknown') {
    const description: ArticleDescription = {
      label,
      known: 'unknown',
      reason: known.reason,
      parts: [],
      onDate,
    };
    // A part the data lacks is still an article it holds: its title helps the reader see the slip.
    if (known.reason === 'part') {
      const { part: _part, ...article } = ref;
      const titles = law.articleParts(article, onDate)[0]?.titles;
      if (titles !== undefined) description.titles = givenTitles(titles);
    }
    return description;
  }
  if (known.kind !== 'sanctioned') {
    const description: ArticleDescription = {
      label,
      known: known.kind,
      titles: { ...known.entry.titles },
      parts: [],
      onDate,
    };
    if (known.kind === 'excluded' && known.entry.excluded !== undefined)
      description.excludedBy = known.entry.excluded.law;
    return description;
  }
  const parts = law.articleParts(ref, onDate);
  const types = new Map(law.jurisdiction(ref.jurisdiction).sentenceTypes.map((t) => [t.key, t.titles]));
  const description: ArticleDescription = { label, known: 'sanctioned', parts: [], onDate };
  const moneyUnit = moneyUnitWords(law, ref.jurisdiction);
  if (moneyUnit !== undefined) description.moneyUnit = moneyUnit;
  const titles = parts[0]?.titles;
  if (titles !== undefined) description.titles = givenTitles(titles);
  description.parts = parts.map((p) => {
    const part: PartDescription = {
      penalties: p.penalties.map((penalty) => {
        const typeTitles = types.get(penalty.type);
        return typeTitles === undefined ? penalty : { ...penalty, titles: givenTitles(typeTitles) };
      }),
      isPenaltyUnknown: p.isPenaltyUnknown,
      certainty: p.certainty,
    };
    if (p.ref.part !== undefined) part.part = p.ref.part;
    if (p.partTitles !== undefined) part.titles = givenTitles(p.partTitles);
    const gravity = p.gravity === undefined ? undefined : law.gravity(ref.jurisdiction, p.gravity, onDate);
    if (gravity !== undefined) part.gravity = { key: gravity.key, titles: givenTitles(gravity.titles) };
    return part;
  });
  return description;
}
