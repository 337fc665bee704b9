import type { Session } from '../access/session.ts';
import { addDays, isDay, type Day } from '../dates/day.ts';
import { DomainError } from '../errors.ts';
import type { PersonStatus } from '../facts/status.ts';
import type { LegalKnowledge } from '../law/legal-knowledge.ts';
import type { CaseSearch, CaseSort, Clock, SortCursor, SortedId, StatusHint } from '../ports.ts';
import type { ParticipantRole } from './case.ts';
import { caseFacts } from './case-facts.service.ts';
import { CASE_PAGE, summarise, type CaseSummary } from './case.service.ts';

/** Every status a defendant can be in today: what the list's `status` filter takes. */
export const PERSON_STATUSES = [
  'in_custody',
  'under_house_arrest',
  'under_other_measure',
  'convicted_not_in_force',
  'serving_sentence',
  'on_probation',
  'released',
  'measure_ended',
  'at_liberty',
] as const satisfies readonly PersonStatus[];

/** The orders a case list takes, first the default. */
export const CASE_SORTS = ['id', 'title', 'opened', 'changed'] as const satisfies readonly CaseSort[];

/** A list of cases as an edge asks for it: filters, an order, and where the page starts. */
export interface CaseListRequest {
  limit?: number;
  after?: SortCursor;
  sort?: CaseSort;
  direction?: 'asc' | 'desc';
  jurisdiction?: string;
  /** '272', or with its part '272(1)'. */
  article?: string;
  isArticleEver?: boolean;
  /** A defendant of the case is in this status today (computed by the facts, for the candidates SQL finds). */
  status?: PersonStatus;
  measure?: string;
  isMeasureEver?: boolean;
  organisation?: string;
  person?: string;
  role?: ParticipantRole;
  openedFrom?: string;
  openedTo?: string;
}

/** A page of a sorted case list: the next page goes on after `next`. */
export interface CaseListPage {
  cases: CaseSummary[];
  next?: SortCursor;
  /**
   * Set when the status filter examined as many cases as one request may (STATUS_BUDGET) before the page was
   * full: the page holds fewer cases, and `next` goes on after the last case examined.
   */
  isPartial?: true;
}

/** What the `status` filter needs to compute the facts of a candidate case. */
export interface CaseListDeps {
  session: Session;
  law: LegalKnowledge;
  clock: Clock;
  /** How many cases the status filter may examine for one page (STATUS_BUDGET unless said). */
  statusBudget?: number;
}

/** An article as the filter writes it: '272', '272-1', '272(1)'. */
const ARTICLE = /^([0-9A-Za-z.-]{1,20})(?:\(([0-9A-Za-z.-]{1,10})\))?$/;

const invalid = (field: string, message: string) =>
  new DomainError('validation.invalid', message, [{ code: 'validation.invalid', message, field }]);

/** Reads an article filter, or a 400 naming `article`. */
export function parseArticle(text: string): { article: string; part?: string } {
  const match = ARTICLE.exec(text.trim());
  if (match?.[1] === undefined)
    throw invalid('article', `article must be written as 272 or 272(1), not "${text}"`);
  return { article: match[1], ...(match[2] !== undefined ? { part: match[2] } : {}) };
}

/** The search the database runs for a request, checked: each bad value a 400 naming its field. */
function toSearch(request: CaseListRequest, limit: number): CaseSearch {
  for (const field of ['openedFrom', 'openedTo'] as const) {
    const day = request[field];
    if (day !== undefined && !isDay(day))
      throw invalid(field, `${field} must be a day YYYY-MM-DD, not "${day}"`);
  }
  const { status: _status, article, limit: _limit, sort, direction, ...filters } = request;
  return {
    ...filters,
    ...(article !== undefined ? { article: parseArticle(article) } : {}),
    sort: sort ?? 'id',
    direction: direction ?? 'asc',
    limit,
  };
}

/** What the database can tell of a status without the facts: a necessary condition for it today. */
function hintFor(status: PersonStatus, today: Day): StatusHint | undefined {
  switch (status) {
    case 'under_house_arrest':
      return { kind: 'live_measure', today, kinds: ['house_arrest'] };
    case 'in_custody':
    case 'under_other_measure':
      return { kind: 'live_measure', today, exceptKinds: ['house_arrest'] };
    case 'serving_sentence':
    case 'on_probation':
    case 'convicted_not_in_force':
      return { kind: 'decision' };
    case 'released':
      return { kind: 'release_or_decision' };
    case 'measure_ended':
      return { kind: 'measure' };
    case 'at_liberty':
      return undefined;
  }
}

/** How many candidates the status filter computes the facts of at a time, and at most for one page. */
const STATUS_BATCH = 25;
export const STATUS_BUDGET = 25;

/**
 * A page of the cases the actor may read that match every filter, in the order asked, after the cursor. The
 * database filters and sorts (core's ports, store/record-lists.ts); "status today" depends on the day, so it is
 * computed by the facts for the candidates the other filters (and a necessary condition of the status) leave, a
 * batch at a time in the list's order, until the page is full or STATUS_BUDGET cases were examined
 * (docs/ARCHITECTURE.md, "Lists").
 */
export async function searchCases(deps: CaseListDeps, request: CaseListRequest): Promise<CaseListPage> {
  const limit = request.limit ?? CASE_PAGE.default;
  if (!Number.isInteger(limit) || limit < 1 || limit > CASE_PAGE.max)
    throw invalid('limit', `limit must be a whole number from 1 to ${CASE_PAGE.max}`);
  const { session } = deps;
  const search = toSearch(request, limit + 1);
  const status = request.status;
  if (status === undefined) return pageOf(session, await session.findCases(search), limit);
  // The earliest today anywhere: a measure ended on this day or before has ended in every time zone.
  const hint = hintFor(status, addDays(deps.clock.now().slice(0, 10), -1));
  if (hint !== undefined) search.statusHint = hint;
  const kept: SortedId[] = [];
  let cursor = request.after;
  let examined = 0;
  const budget = deps.statusBudget ?? STATUS_BUDGET;
  for (;;) {
    const asked = Math.min(STATUS_BATCH, budget - examined);
    const batch = await session.findCases({
      ...search,
      limit: asked,
      ...(cursor !== undefined ? { after: cursor } : {}),
    });
    for (const hit of batch) {
      examined++;
      cursor = hit;
      if (await isInStatus(deps, hit.id, status)) kept.push(hit);
      if (kept.length > limit) return pageOf(session, kept, limit);
    }
    if (batch.length < asked || cursor === undefined) return pageOf(session, kept, limit);
    // The budget is spent: the page goes out as it is, and the next goes on after the last case examined.
    if (examined >= budget) return { ...(await pageOf(session, kept, limit)), next: cursor, isPartial: true };
  }
}

/** The page of the first `limit` cases found, and `next` when one more was found. */
async function pageOf(session: Session, found: readonly SortedId[], limit: number): Promise<CaseListPage> {
  const page = found.slice(0, limit);
  const rows = await session.list('case', { ids: page.map((f) => f.id) });
  const byId = new Map(rows.map((r) => [r.id, r.data]));
  const cases = page.flatMap((f) => byId.get(f.id) ?? []);
  const last = page.at(-1);
  return {
    cases: await summarise(session, cases),
    ...(found.length > limit && last !== undefined ? { next: last } : {}),
  };
}

/** Whether a defendant of the case is in the status today, as the actor may know it. */
async function isInStatus(deps: CaseListDeps, caseId: string, status: PersonStatus): Promise<boolean> {
  const facts = await caseFacts(deps, caseId);
  return facts.defendants.some((d) => d.status.status === status);
}
