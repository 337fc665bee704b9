import type { ArticleRef } from '../law/law.ts';
import { articleKnowledgeGap, type LegalKnowledge } from '../law/legal-knowledge.ts';

/**
 * Why a live charge's penalty is unknown, in words that begin "penalty unknown" and never read as "no
 * imprisonment": the article (or its code, or jurisdiction) is not in the law data, the law data has only its
 * title, it was excluded from the code, it has no wording in force on the law date, or the law data has the
 * article without its sanction.
 */
export function penaltyUnknownNote(
  ref: ArticleRef,
  lawDate: string,
  law: LegalKnowledge,
  partsFound: number,
): string {
  const gap = articleKnowledgeGap(ref, law.articleKnowledge(ref));
  if (gap !== undefined) return gap;
  if (partsFound === 0)
    return `penalty unknown: the article's wording in force on ${lawDate} is not in the law data`;
  return 'penalty unknown: the law data has the article, not its sanction';
}
