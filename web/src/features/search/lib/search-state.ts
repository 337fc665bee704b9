/** The facets a search can be narrowed by; `kind` takes several values, the others one. */
export const FACETS = [
  'kind',
  'jurisdiction',
  'article',
  'status',
  'measure',
  'organisation',
  'year',
] as const;
export type Facet = (typeof FACETS)[number];

/** A search as its URL names it (/search?q=…&kind=person&kind=case&year=2022&cursor=…). */
export interface SearchState {
  q: string;
  /** The values checked in each facet; absent facets are not filtered. */
  filters: Partial<Record<Facet, string[]>>;
  cursor?: string;
}

const YEAR = /^\d{4}$/;

/** Reads a search from the URL; values that cannot be asked (a year that is not one) are left out. */
export function readSearchState(params: URLSearchParams): SearchState {
  const filters: SearchState['filters'] = {};
  for (const facet of FACETS) {
    const values = [...new Set(params.getAll(facet).filter((v) => v !== ''))];
    const kept = facet === 'year' ? values.filter((v) => YEAR.test(v)) : values;
    // Only `kind` takes several values: of the others the last one named counts.
    const chosen = facet === 'kind' ? kept : kept.slice(-1);
    if (chosen.length > 0) filters[facet] = chosen;
  }
  const cursor = params.get('cursor');
  return { q: (params.get('q') ?? '').trim(), filters, ...(cursor ? { cursor } : {}) };
}

/** The URL's query string of a search (without `?`). */
export function searchStateParams(state: SearchState): URLSearchParams {
  const params = new URLSearchParams({ q: state.q });
  for (const facet of FACETS) for (const value of state.filters[facet] ?? []) params.append(facet, value);
  if (state.cursor !== undefined) params.set('cursor', state.cursor);
  return params;
}

/** The path of the results page of a search. */
export function searchPath(state: SearchState): string {
  return `/search?${searchStateParams(state).toString()}`;
}

/**
 * The same search with a facet's value checked or unchecked, from its first page. Checking another value of a
 * one-value facet replaces the one checked.
 */
export function toggleFilter(state: SearchState, facet: Facet, value: string): SearchState {
  const current = state.filters[facet] ?? [];
  const next = current.includes(value)
    ? current.filter((v) => v !== value)
    : facet === 'kind'
      ? [...current, value]
      : [value];
  const filters = { ...state.filters, [facet]: next };
  if (next.length === 0) delete filters[facet];
  return { q: state.q, filters };
}

/** The API's query of a search: the year becomes the range of its days. */
export function apiQuery(state: SearchState): Record<string, string | string[]> {
  const { kind, year, ...single } = state.filters;
  const query: Record<string, string | string[]> = { q: state.q };
  if (kind !== undefined) query.kind = kind;
  for (const [facet, values] of Object.entries(single)) {
    const value = values[0];
    if (value !== undefined) query[facet] = value;
  }
  const y = year?.[0];
  if (y !== undefined) {
    query.from = `${y}-01-01`;
    query.to = `${y}-12-31`;
  }
  if (state.cursor !== undefined) query.cursor = state.cursor;
  return query;
}
