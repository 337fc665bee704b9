import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useIntl } from 'react-intl';
import { answerOf } from '../../../lib/api-answer.ts';
import { api, type ApiSchemas } from '../../../lib/api.ts';
import { apiQuery, type SearchState } from '../lib/search-state.ts';

export type SearchPage = ApiSchemas['SearchPage'];
export type SearchHit = ApiSchemas['SearchHit'];
export type Suggestion = ApiSchemas['Suggestions']['suggestions'][number];
export type SimilarPerson = ApiSchemas['SimilarPersons']['persons'][number];

/** A page of results of a search (GET /api/search); the page shown stays while the next one loads. */
export function useSearch(state: SearchState) {
  const query = apiQuery(state) as { q: string };
  return useQuery({
    queryKey: ['search', query],
    enabled: state.q !== '',
    placeholderData: keepPreviousData,
    queryFn: async ({ signal }) => answerOf(await api.GET('/api/search', { params: { query }, signal })),
  });
}

/**
 * Records whose name or title begins with the text (GET /api/search/suggest), once there is text; persons and
 * organisations named in the reader's language.
 */
export function useSuggestions(text: string) {
  const lang = useIntl().locale.slice(0, 2);
  return useQuery({
    queryKey: ['search-suggest', text, lang],
    enabled: text !== '',
    placeholderData: keepPreviousData,
    staleTime: 30_000,
    queryFn: async ({ signal }) =>
      answerOf(await api.GET('/api/search/suggest', { params: { query: { q: text, lang } }, signal }))
        .suggestions,
  });
}

/** Recorded persons who may be the person whose names these are (POST /api/persons/similar). */
export function useSimilarPersons(names: readonly string[]) {
  return useQuery({
    queryKey: ['similar-persons', names],
    enabled: names.length > 0,
    placeholderData: keepPreviousData,
    staleTime: 30_000,
    queryFn: async ({ signal }) =>
      answerOf(await api.POST('/api/persons/similar', { body: { names: [...names] }, signal })).persons,
  });
}

/** An organisation's preferred name (GET /api/organisations/:id), for the organisation facet; its id until then. */
export function useOrganisationName(id: string): string {
  const { data } = useQuery({
    queryKey: ['organisation', id, 'name'],
    // A value that is not an id (a name already) is shown as it is.
    enabled: /^[a-z0-9][a-z0-9._-]*:[a-z0-9._:-]+$/.test(id),
    retry: false,
    staleTime: 60_000,
    queryFn: async ({ signal }) =>
      answerOf(await api.GET('/api/organisations/{id}', { params: { path: { id } }, signal })),
  });
  const names = data?.record.names ?? [];
  return (names.find((n) => n.isPreferred === true) ?? names[0])?.value ?? id;
}
