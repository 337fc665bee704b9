import { useQuery } from '@tanstack/react-query';
import { answerOf } from '../../../lib/api-answer.ts';
import { api, type ApiSchemas } from '../../../lib/api.ts';

export type ArticleDescription = ApiSchemas['ArticleDescription'];

/** What a charge's article cites, as the law data is asked about it. */
export interface ArticleAsked {
  jurisdiction: string;
  code: string;
  article: string;
  part?: string;
  /** The day the law is read as of: the act's, else today in the jurisdiction. */
  on?: string;
}

const isArticleNumber = (article: string) => /^\d{1,4}(-\d{1,2})?$/.test(article);

/** What the law data says of the article being typed; nothing is asked until the number is a number. */
export function useArticleDescription(asked: ArticleAsked) {
  const { jurisdiction, code, article, part, on } = asked;
  const isAsked = jurisdiction.length >= 2 && isArticleNumber(article);
  return useQuery({
    queryKey: ['article', jurisdiction, code, article, part ?? '', on ?? ''],
    enabled: isAsked,
    staleTime: 60 * 60 * 1000,
    queryFn: async ({ signal }) => {
      const query = {
        ...(code !== '' ? { code } : {}),
        ...(part !== undefined && part !== '' ? { part } : {}),
        ...(on !== undefined ? { on } : {}),
      };
      return answerOf(
        await api.GET('/api/jurisdictions/{jurisdiction}/articles/{article}', {
          params: { path: { jurisdiction, article }, query },
          signal,
        }),
      );
    },
  });
}

export type FoundArticle = ApiSchemas['FoundArticles']['items'][number];

/** The articles whose titles hold the words typed, for an offence a source names without its number. */
export function useArticlesByTitle(jurisdiction: string, words: string) {
  const q = words.trim();
  return useQuery({
    queryKey: ['articles-by-title', jurisdiction, q],
    enabled: jurisdiction.length >= 2 && /\p{L}{3}/u.test(q),
    staleTime: 60 * 60 * 1000,
    queryFn: async ({ signal }) =>
      answerOf(
        await api.GET('/api/jurisdictions/{jurisdiction}/articles', {
          params: { path: { jurisdiction }, query: { q } },
          signal,
        }),
      ).items,
  });
}
