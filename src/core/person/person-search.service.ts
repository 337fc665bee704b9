import type { Session } from '../access/session.ts';
import { CASE_PAGE } from '../case/case.service.ts';
import type { ParticipantRole } from '../case/case.ts';
import { DomainError } from '../errors.ts';
import type { PersonSort, SortCursor, Stored } from '../ports.ts';

/** The orders a person list takes, first the default. */
export const PERSON_SORTS = ['id', 'name', 'changed'] as const satisfies readonly PersonSort[];

/** A list of persons as an edge asks for it. */
export interface PersonListRequest {
  limit?: number;
  after?: SortCursor;
  sort?: PersonSort;
  direction?: 'asc' | 'desc';
  name?: string;
  organisation?: string;
  role?: ParticipantRole;
}

/** A page of a sorted person list: the next page goes on after `next`. */
export interface PersonListPage {
  persons: Stored<'person'>[];
  next?: SortCursor;
}

/**
 * A page of the persons the actor may read that match every filter (a name, an organisation they are
 * affiliated with, a role they have in a case the actor may read), in the order asked: filtered and sorted by
 * the database.
 */
export async function searchPersons(session: Session, request: PersonListRequest): Promise<PersonListPage> {
  const limit = request.limit ?? CASE_PAGE.default;
  if (!Number.isInteger(limit) || limit < 1 || limit > CASE_PAGE.max) {
    const message = `limit must be a whole number from 1 to ${CASE_PAGE.max}`;
    throw new DomainError('validation.invalid', message, [
      { code: 'validation.invalid', message, field: 'limit' },
    ]);
  }
  const { limit: _limit, sort, direction, ...filters } = request;
  const found = await session.findPersons({
    ...filters,
    sort: sort ?? 'id',
    direction: direction ?? 'asc',
    limit: limit + 1,
  });
  const page = found.slice(0, limit);
  const rows = await session.list('person', { ids: page.map((f) => f.id) });
  const byId = new Map(rows.map((r) => [r.id, r]));
  const last = page.at(-1);
  return {
    persons: page.flatMap((f) => byId.get(f.id) ?? []),
    ...(found.length > limit && last !== undefined ? { next: last } : {}),
  };
}
