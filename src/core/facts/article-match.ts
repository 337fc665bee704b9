import type { ArticleRange, ArticleRef, LocalArticleRef } from '../law/law.ts';
import { compareArticleNumbers } from '../law/law.ts';
import type { Tri } from './fact-dates.ts';

/**
 * Whether the charge's article is one the list names (amnesty exclusions, offences without limitation): 'possibly'
 * when the list names a part of it and the charge's part is not known.
 */
export function matchesArticles(ref: ArticleRef, list: readonly LocalArticleRef[]): Tri {
  let answer: Tri = 'no';
  for (const entry of list) {
    if (entry.code !== ref.code || entry.article !== ref.article) continue;
    if (entry.part === undefined || entry.part === ref.part) return 'yes';
    if (ref.part === undefined) answer = 'possibly';
  }
  return answer;
}

/** True when the charge's article falls in one of the runs of articles (a chapter given as "175" to "186"). */
export function inRanges(ref: ArticleRef, ranges: readonly ArticleRange[]): boolean {
  return ranges.some(
    (r) =>
      r.code === ref.code &&
      compareArticleNumbers(r.from, ref.article) <= 0 &&
      compareArticleNumbers(ref.article, r.to) <= 0,
  );
}

/** The strongest of several answers: yes over possibly over no. */
export function triAny(answers: readonly Tri[]): Tri {
  return answers.includes('yes') ? 'yes' : answers.includes('possibly') ? 'possibly' : 'no';
}
