import { articleKnowledgeGap, type ArticleKnowledge } from '../law/article-knowledge.ts';
import { formatArticleRef } from '../law/law-helpers.ts';
import type { ArticleRef } from '../law/law.ts';
import { checkDecisionSentence, type DecisionLink, type SentencingLaw } from './sentence-check.ts';

/**
 * The legal knowledge the checker asks: which jurisdictions it has, what it knows of an article, whether a
 * measure kind exists, and a jurisdiction's sentence types, regimes and money unit (LegalKnowledge fits). What it
 * lacks of an article or a jurisdiction is a warning; without `jurisdiction`, sentences are not checked.
 */
export interface IntegrityLaw {
  jurisdictions(): string[];
  articleKnowledge(ref: ArticleRef): ArticleKnowledge;
  measure(jurisdiction: string, key: string): unknown;
  jurisdiction?(code: string): SentencingLaw;
}

/**
 * What the law data lacks of a charge's article (or knows only as excluded), as a warning's message: the charge
 * imports. Undefined when its sanction is known, or its title alone (the facts then say "penalty unknown").
 */
export function articleGap(law: IntegrityLaw, article: ArticleRef): string | undefined {
  const known = law.articleKnowledge(article);
  if (known.kind === 'sanctioned' || known.kind === 'indexed') return undefined;
  const gap = articleKnowledgeGap(article, known);
  return gap === undefined ? undefined : `${formatArticleRef(article)}: ${gap}`;
}

/** A measure kind the jurisdiction's law data does not have, as an issue's message; else undefined. */
export function unknownMeasureKind(law: IntegrityLaw, jurisdiction: string, key: string): string | undefined {
  return law.measure(jurisdiction, key) === undefined
    ? `unknown measure kind "${key}" for jurisdiction ${jurisdiction}`
    : undefined;
}

/**
 * A decision's sentence and money against the law data of a jurisdiction it has, each problem reported at its
 * path within the decision; nothing when the law data cannot say (no sentencing knowledge, unknown jurisdiction).
 */
export function checkSentenceAgainstLaw(
  law: IntegrityLaw,
  jurisdiction: string,
  decision: DecisionLink,
  report: (path: string, message: string) => void,
): void {
  if (!law.jurisdiction || !law.jurisdictions().includes(jurisdiction)) return;
  checkDecisionSentence(decision, jurisdiction, law.jurisdiction(jurisdiction), report);
}
