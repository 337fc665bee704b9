import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { CasePage } from '../../../../../src/core/case/case.service.ts';
import { getJson } from '../../../lib/api-client.ts';
import type { ListPage } from '../../../lib/url-state.ts';

/** A page of the published cases, as GET /api/cases gives it. */
export function useCases(page: ListPage) {
  return useQuery({
    queryKey: ['cases', page.limit, page.after ?? null, page.person ?? null],
    queryFn: ({ signal }) => {
      const params = new URLSearchParams({ limit: String(page.limit) });
      // The page's `after` is the opaque cursor the API gave as `next`.
      if (page.after !== undefined) params.set('cursor', page.after);
      if (page.person !== undefined) params.set('person', page.person);
      return getJson<CasePage>(`/api/cases?${params.toString()}`, signal);
    },
    placeholderData: keepPreviousData,
  });
}
