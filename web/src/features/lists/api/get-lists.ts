import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { paths } from '../../../lib/api-schema.d.ts';
import type { CaseSummary } from '../../../../../src/core/case/case.service.ts';
import type { Person } from '../../../../../src/core/person/person.ts';
import { getJson } from '../../../lib/api-client.ts';
import { apiQuery, type CaseListState, type PersonListState } from '../lib/list-state.ts';

/** A page of cases as GET /api/cases gives it; `partial` when the status filter stopped before the page was full. */
export interface CaseListAnswer {
  cases: CaseSummary[];
  next?: string;
  partial?: boolean;
}

/** A page of persons as GET /api/persons gives it. */
export interface PersonListAnswer {
  items: { id: string; version: number; record: Person }[];
  next?: string;
}

const url = (path: string, state: CaseListState | PersonListState) =>
  `${path}?${new URLSearchParams(apiQuery(state)).toString()}`;

/** The page of cases the list's state asks for. */
export function useCaseList(state: CaseListState) {
  const path = url('/api/cases', state);
  return useQuery({
    queryKey: ['case-list', path],
    queryFn: ({ signal }) => getJson<CaseListAnswer>(path, signal),
    placeholderData: keepPreviousData,
  });
}

/** The page of persons the list's state asks for. */
export function usePersonList(state: PersonListState) {
  const path = url('/api/persons', state);
  return useQuery({
    queryKey: ['person-list', path],
    queryFn: ({ signal }) => getJson<PersonListAnswer>(path, signal),
    placeholderData: keepPreviousData,
  });
}

/** A jurisdiction a list can be filtered by, as GET /api/jurisdictions gives it. */
export type JurisdictionChoice =
  paths['/api/jurisdictions']['get']['responses'][200]['content']['application/json']['items'][number];

/** The jurisdictions of the law data and of the cases the user may read: the list's jurisdiction filter. */
export function useJurisdictions() {
  return useQuery({
    queryKey: ['jurisdictions'],
    queryFn: ({ signal }) =>
      getJson<{ items: JurisdictionChoice[] }>('/api/jurisdictions', signal).then((a) => a.items),
    staleTime: 5 * 60_000,
  });
}
