import { isDay, type Day } from '../../../src/core/dates/day.ts';

/** The page of the case list a URL names: how many cases, and the case after which the page starts. */
export interface ListPage {
  limit: number;
  after?: string;
  /** Only the cases this person takes part in (the API's `person` filter). */
  person?: string;
}

/** The case list's page size when the URL names none, and the most it may name. */
export const LIST_PAGE = { default: 25, max: 100 } as const;

/** Reads the case list's page from the URL; a value out of range falls back to the default, never an error page. */
export function readListPage(params: URLSearchParams): ListPage {
  const given = params.get('limit');
  const n = given !== null && /^\d{1,3}$/.test(given) ? Number(given) : LIST_PAGE.default;
  const limit = n >= 1 && n <= LIST_PAGE.max ? n : LIST_PAGE.default;
  const after = params.get('after');
  const person = params.get('person');
  return { limit, ...(after ? { after } : {}), ...(person ? { person } : {}) };
}

/** The query string of a case list page; the default size is left out so URLs stay short. */
export function listPageSearch(page: ListPage): string {
  const params = new URLSearchParams();
  if (page.limit !== LIST_PAGE.default) params.set('limit', String(page.limit));
  if (page.after !== undefined) params.set('after', page.after);
  if (page.person !== undefined) params.set('person', page.person);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** The "as of" day a URL names, or undefined for today (a value that is not a real day is ignored). */
export function readAsOf(params: URLSearchParams): Day | undefined {
  const value = params.get('asOf');
  return value !== null && isDay(value) ? value : undefined;
}

/** The same parameters with the "as of" day set, or removed for today; the others are kept. */
export function withAsOf(params: URLSearchParams, day: Day | undefined): URLSearchParams {
  const next = new URLSearchParams(params);
  if (day === undefined) next.delete('asOf');
  else next.set('asOf', day);
  return next;
}

/** The path of a case's page. Ids hold colons ('case:kz-…'), which are kept readable. */
export function casePath(id: string, asOf?: Day): string {
  const path = `/cases/${encodeURIComponent(id).replace(/%3A/gi, ':')}`;
  return asOf === undefined ? path : `${path}?asOf=${asOf}`;
}

const VIEWED_AS_OF = 'casewatch.viewedAsOf';

/**
 * Remembers, for this tab, the day a case was last viewed as of (none for today), so that saving an edit opened
 * from the case's page comes back to the case as it was being read, not to today.
 */
export function rememberAsOf(caseId: string, day: Day | undefined): void {
  try {
    const viewed = JSON.parse(sessionStorage.getItem(VIEWED_AS_OF) ?? '{}') as Record<string, string>;
    if (day === undefined) delete viewed[caseId];
    else viewed[caseId] = day;
    sessionStorage.setItem(VIEWED_AS_OF, JSON.stringify(viewed));
  } catch {
    // Without session storage the case opens as of today, as it would anyway.
  }
}

/** The day a case was last viewed as of in this tab, if it was not today. */
export function rememberedAsOf(caseId: string): Day | undefined {
  try {
    const viewed = JSON.parse(sessionStorage.getItem(VIEWED_AS_OF) ?? '{}') as Record<string, unknown>;
    const day = viewed[caseId];
    return typeof day === 'string' && isDay(day) ? day : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The path back to a case's page from one opened from it (its matrix, its history, a document): as of the day the
 * case was being read as of in this tab, not today.
 */
export function caseViewPath(caseId: string): string {
  return casePath(caseId, rememberedAsOf(caseId));
}

/** A source of a case read beside what the case records of it. */
export function sourceBesidePath(caseId: string, sourceId: string): string {
  return `/cases/${encodeURIComponent(caseId)}/sources/${encodeURIComponent(sourceId)}`;
}
