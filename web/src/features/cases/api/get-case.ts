import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { PresentedCaseFacts } from '../../../../../src/core/case/case-facts.presenter.ts';
import type { PresentedCase } from '../../../../../src/core/case/case.presenter.ts';
import type { Day } from '../../../../../src/core/dates/day.ts';
import { getJson } from '../../../lib/api-client.ts';

/** The case as it was known on the day (GET /api/cases/:id?asOf), or as it is known now. */
export function useCase(id: string, asOf: Day | undefined, enabled = true) {
  return useQuery({
    queryKey: ['case', id, asOf ?? 'today'],
    enabled,
    queryFn: ({ signal }) => getJson<PresentedCase>(caseUrl(id, '', asOf), signal),
    placeholderData: keepPreviousData,
  });
}

/** The facts computed for the case on the day (GET /api/cases/:id/facts?asOf), today when none is given. */
export function useCaseFacts(id: string, asOf: Day | undefined, enabled = true) {
  return useQuery({
    queryKey: ['case-facts', id, asOf ?? 'today'],
    enabled,
    queryFn: ({ signal }) => getJson<PresentedCaseFacts>(caseUrl(id, '/facts', asOf), signal),
    placeholderData: keepPreviousData,
  });
}

function caseUrl(id: string, suffix: string, asOf: Day | undefined): string {
  const path = `/api/cases/${encodeURIComponent(id)}${suffix}`;
  return asOf === undefined ? path : `${path}?asOf=${asOf}`;
}

/** The shapes the case page reads, from the core's presenters (type-only: nothing of the core is bundled for them). */
export type { PresentedCase, PresentedCaseFacts };
