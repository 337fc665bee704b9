import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { answerOf } from '../../../lib/api-answer.ts';
import type { ListPage } from '../../../lib/url-state.ts';

/** A page of the published cases, as GET /api/cases gives it. */
export function useCases(page: ListPage) {
  return useQuery({
    queryKey: ['cases', page.limit, page.after ?? null, page.person ?? null],
    queryFn: async ({ signal }) =>
      answerOf(
        await api.GET('/api/cases', {
          // The page's `after` is the opaque cursor the API gave as `next`.
          params: {
            query: {
              limit: String(page.limit),
              ...(page.after !== undefined ? { cursor: page.after } : {}),
              ...(page.person !== undefined ? { person: page.person } : {}),
            },
          },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
  });
}
