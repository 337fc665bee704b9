import { z } from 'zod';
import { ParticipantRoleSchema } from '../core/case/case.ts';
import { CASE_SORTS, PERSON_STATUSES, type CaseListRequest } from '../core/case/case-search.service.ts';
import { IdSchema } from '../core/common/schemas.ts';
import type { SortCursor } from '../core/ports.ts';
import { PERSON_SORTS, type PersonListRequest } from '../core/person/person-search.service.ts';
import { invalid } from './route-kit.ts';

// The query strings of the case and person lists: each filter and order checked by its schema (a bad value is
// a 400 naming the parameter), then handed to the core's list services, which filter in the database.

const Day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'expected a day YYYY-MM-DD' })
  .optional();
const Flag = z.enum(['true', 'false']).optional();
const Text = z.string().min(1).max(200).optional();
const Order = z.enum(['asc', 'desc']).optional().describe('The direction of the sort (asc unless said).');
const Page = {
  limit: z.string().optional().describe('1 to 1000 a page (100 unless said).'),
  cursor: z.string().optional().describe('The `next` of the previous page, with the same sort and order.'),
};

/** The case list's query: filters, order and page. */
export const CaseListQuerySchema = z.object({
  ...Page,
  person: IdSchema.optional().describe('Only the cases this person takes part in.'),
  role: ParticipantRoleSchema.optional().describe('With `person`: only where the person has this role.'),
  jurisdiction: Text.describe('Only the cases of this jurisdiction (kz).'),
  article: Text.describe('A charge under this article, written 272 or 272(1).'),
  articleEver: Flag.describe('true: also charges since reclassified, merged, split or dropped.'),
  status: z
    .enum(PERSON_STATUSES)
    .optional()
    .describe('A defendant is in this status today, as the facts compute it.'),
  measure: Text.describe('A restraint measure of this kind (custody, house_arrest).'),
  measureEver: Flag.describe('true: also measures since ended or changed.'),
  organisation: IdSchema.optional().describe(
    'A participant is affiliated with it, or it acts as an authority in the case.',
  ),
  openedFrom: Day.describe('Opened (or first charged) on or after this day.'),
  openedTo: Day.describe('Opened (or first charged) on or before this day.'),
  sort: z.enum(CASE_SORTS).optional().describe('The order: id (default), title, opened, changed.'),
  order: Order,
});

/** The person list's query: filters, order and page. */
export const PersonListQuerySchema = z.object({
  ...Page,
  name: Text.describe('Only those one of whose names contains it.'),
  organisation: IdSchema.optional().describe('Only those affiliated with this organisation.'),
  role: ParticipantRoleSchema.optional().describe('Only those with this role in a case.'),
  sort: z.enum(PERSON_SORTS).optional().describe('The order: id (default), name, changed.'),
  order: Order,
});

/** An opaque cursor for the page after this record in this order. */
export function encodeSortCursor(after: SortCursor, sort: string, order: string): string {
  return Buffer.from(JSON.stringify({ after: after.id, key: after.key, sort, order }), 'utf8').toString(
    'base64url',
  );
}

/**
 * Where a page goes on, from the cursor the previous page gave; a cursor made for another order is a 400 naming
 * `cursor`. A cursor of the id order without a key (as pages by id gave before) goes on by id.
 */
export function decodeSortCursor(
  cursor: string | undefined,
  sort: string,
  order: string,
): SortCursor | undefined {
  if (cursor === undefined) return undefined;
  let value: { after?: unknown; key?: unknown; sort?: unknown; order?: unknown } | undefined;
  try {
    value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as typeof value;
  } catch {
    value = undefined;
  }
  if (typeof value !== 'object' || value === null || typeof value.after !== 'string')
    throw invalid('cursor', 'cursor must be the `next` of a previous page, as it was given');
  if ((value.sort ?? 'id') !== sort || (value.order ?? 'asc') !== order)
    throw invalid('cursor', 'this cursor goes on in another order; start again from the first page');
  const key = typeof value.key === 'string' ? value.key : value.after;
  return { id: value.after, key };
}

const flag = (value: 'true' | 'false' | undefined) => value === 'true';

/** The core's request for a case list query. */
export function caseListRequest(query: z.infer<typeof CaseListQuerySchema>): CaseListRequest {
  const { limit, cursor, sort = 'id', order = 'asc', articleEver, measureEver, ...filters } = query;
  if (filters.role !== undefined && filters.person === undefined)
    throw invalid('role', 'role filters the cases of a person: give `person` too');
  const after = decodeSortCursor(cursor, sort, order);
  return {
    ...filters,
    ...(limit !== undefined ? { limit: /^\d{1,9}$/.test(limit) ? Number(limit) : Number.NaN } : {}),
    sort,
    direction: order,
    ...(after !== undefined ? { after } : {}),
    ...(flag(articleEver) ? { isArticleEver: true } : {}),
    ...(flag(measureEver) ? { isMeasureEver: true } : {}),
  };
}

/** The core's request for a person list query. */
export function personListRequest(query: z.infer<typeof PersonListQuerySchema>): PersonListRequest {
  const { limit, cursor, sort = 'id', order = 'asc', ...filters } = query;
  const after = decodeSortCursor(cursor, sort, order);
  return {
    ...filters,
    ...(limit !== undefined ? { limit: /^\d{1,9}$/.test(limit) ? Number(limit) : Number.NaN } : {}),
    sort,
    direction: order,
    ...(after !== undefined ? { after } : {}),
  };
}
