// The state of the case and person lists, kept in the URL so a view can be shared and reloaded: every filter,
// the sort, the order and the page. Values the URL gives that are not valid fall back to none, never an error.

/** The statuses a defendant can be in today (the API's `status` filter). */
export const STATUSES = [
  'in_custody',
  'under_house_arrest',
  'under_other_measure',
  'convicted_not_in_force',
  'serving_sentence',
  'on_probation',
  'released',
  'measure_ended',
  'at_liberty',
] as const;

/** The restraint measures a case list can be filtered by (the law data's kinds). */
export const MEASURE_KINDS = [
  'custody',
  'suspect_detention',
  'administrative_detention',
  'administrative_arrest',
  'house_arrest',
  'bail',
  'personal_surety',
  'undertaking_not_to_leave',
] as const;

/** The roles a person list can be filtered by. */
export const ROLES = [
  'defendant',
  'suspect',
  'lawyer',
  'judge',
  'prosecutor',
  'investigator',
  'expert',
  'witness',
  'victim',
  'monitor',
  'other',
] as const;

export const CASE_SORTS = ['id', 'title', 'opened', 'changed'] as const;
export const PERSON_SORTS = ['id', 'name', 'changed'] as const;

/** A page size the URL names, or the default. */
export const LIST_LIMIT = { default: 25, max: 100 } as const;

/** The case list as the URL gives it; absent keys are "any". */
export interface CaseListState {
  limit: number;
  after?: string;
  person?: string;
  jurisdiction?: string;
  article?: string;
  articleEver?: boolean;
  status?: (typeof STATUSES)[number];
  measure?: string;
  measureEver?: boolean;
  organisation?: string;
  openedFrom?: string;
  openedTo?: string;
  sort?: (typeof CASE_SORTS)[number];
  order?: 'asc' | 'desc';
}

/** The person list as the URL gives it. */
export interface PersonListState {
  limit: number;
  after?: string;
  name?: string;
  organisation?: string;
  role?: (typeof ROLES)[number];
  sort?: (typeof PERSON_SORTS)[number];
  order?: 'asc' | 'desc';
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const ARTICLE = /^[0-9A-Za-z.-]{1,20}(\([0-9A-Za-z.-]{1,10}\))?$/;

const text = (params: URLSearchParams, key: string, max = 200): string | undefined => {
  const value = params.get(key)?.trim();
  return value && value.length <= max ? value : undefined;
};
const oneOf = <T extends string>(params: URLSearchParams, key: string, values: readonly T[]) => {
  const value = params.get(key);
  return values.find((v) => v === value);
};
const matching = (params: URLSearchParams, key: string, pattern: RegExp) => {
  const value = params.get(key)?.trim();
  return value !== undefined && pattern.test(value) ? value : undefined;
};
const limitOf = (params: URLSearchParams) => {
  const given = params.get('limit');
  const n = given !== null && /^\d{1,3}$/.test(given) ? Number(given) : LIST_LIMIT.default;
  return n >= 1 && n <= LIST_LIMIT.max ? n : LIST_LIMIT.default;
};

/** Drops the keys whose value is undefined or false, so a state holds only what is set. */
function defined<T extends object>(state: T): T {
  return Object.fromEntries(
    Object.entries(state).filter(([, v]) => v !== undefined && v !== false && v !== ''),
  ) as T;
}

/** Reads the case list's state from the URL. */
export function readCaseList(params: URLSearchParams): CaseListState {
  return defined({
    limit: limitOf(params),
    after: text(params, 'after', 2000),
    person: text(params, 'person'),
    jurisdiction: text(params, 'jurisdiction', 20),
    article: matching(params, 'article', ARTICLE),
    articleEver: params.get('articleEver') === 'true',
    status: oneOf(params, 'status', STATUSES),
    measure: text(params, 'measure', 100),
    measureEver: params.get('measureEver') === 'true',
    organisation: text(params, 'organisation'),
    openedFrom: matching(params, 'openedFrom', DAY),
    openedTo: matching(params, 'openedTo', DAY),
    sort: oneOf(params, 'sort', CASE_SORTS),
    order: oneOf(params, 'order', ['asc', 'desc'] as const),
  });
}

/** Reads the person list's state from the URL. */
export function readPersonList(params: URLSearchParams): PersonListState {
  return defined({
    limit: limitOf(params),
    after: text(params, 'after', 2000),
    name: text(params, 'name'),
    organisation: text(params, 'organisation'),
    role: oneOf(params, 'role', ROLES),
    sort: oneOf(params, 'sort', PERSON_SORTS),
    order: oneOf(params, 'order', ['asc', 'desc'] as const),
  });
}

/** The query string of a list's state, in a stable order; the default page size is left out. */
export function listSearch(state: CaseListState | PersonListState): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(defined(state)).sort(([a], [b]) => a.localeCompare(b))) {
    if (key === 'limit' && value === LIST_LIMIT.default) continue;
    params.set(key, String(value));
  }
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** What the list API is asked: the state's filters and order, its page as the cursor. */
export function apiQuery(state: CaseListState | PersonListState): Record<string, string> {
  const query: Record<string, string> = {};
  for (const [key, value] of Object.entries(defined(state)))
    query[key === 'after' ? 'cursor' : key] = String(value);
  return query;
}

// What the URL holds besides the filters of a list's form: the page, its size and order, the person a case list
// was opened for (said above the list, not set in the form).
const NOT_FILTERS: readonly string[] = ['limit', 'after', 'sort', 'order', 'person'];

/** How many of the form's filters are on: what the folded filters say on a phone. */
export function filtersOn(state: CaseListState | PersonListState): number {
  return Object.keys(defined(state)).filter((key) => !NOT_FILTERS.includes(key)).length;
}

/** The same list from its first page: a new filter or order starts again. */
export function firstPage<T extends { after?: string }>(state: T): T {
  const { after: _after, ...rest } = state;
  return rest as T;
}
