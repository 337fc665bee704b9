import { useQuery } from '@tanstack/react-query';
import type { CasePage } from '../../../../../src/core/case/case.service.ts';
import type { Organisation } from '../../../../../src/core/organisation/organisation.ts';
import type { Person } from '../../../../../src/core/person/person.ts';
import { getJson } from '../../../lib/api-client.ts';

/** A stored record as the API sends it (src/api/wire.ts): its version and the record itself. */
export interface WireOf<T> {
  id: string;
  version: number;
  updatedAt: string;
  record: T;
}

/** The person (GET /api/persons/:id), as the reader may see them. */
export function usePerson(id: string) {
  return useQuery({
    queryKey: ['person', id],
    queryFn: ({ signal }) => getJson<WireOf<Person>>(`/api/persons/${encodeURIComponent(id)}`, signal),
  });
}

/** The organisation (GET /api/organisations/:id). */
export function useOrganisation(id: string) {
  return useQuery({
    queryKey: ['organisation', id],
    queryFn: ({ signal }) =>
      getJson<WireOf<Organisation>>(`/api/organisations/${encodeURIComponent(id)}`, signal),
  });
}

/** The cases a person takes part in (GET /api/cases?person=ID), the first page of them. */
export function usePersonCases(id: string) {
  return useQuery({
    queryKey: ['cases', 'person', id],
    queryFn: ({ signal }) =>
      getJson<CasePage>(`/api/cases?${new URLSearchParams({ person: id, limit: '100' }).toString()}`, signal),
  });
}

/** The persons tied to an organisation (GET /api/persons?organisation=ID), the first page of them. */
export function useOrganisationPersons(id: string) {
  return useQuery({
    queryKey: ['persons', 'organisation', id],
    queryFn: ({ signal }) =>
      getJson<{ items: WireOf<Person>[] }>(
        `/api/persons?${new URLSearchParams({ organisation: id, limit: '100' }).toString()}`,
        signal,
      ),
  });
}

export type { Organisation, Person };
