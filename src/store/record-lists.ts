import { sql, type Kysely, type RawBuilder } from 'kysely';
import { containsPattern, foldName } from '../core/common/name-fold.ts';
import type { CaseSearch, PersonSearch, ReadScope, SortedId, SortedPage, StatusHint } from '../core/ports.ts';
import type { Database } from './schema.ts';
import type { StoreDialect } from './store-dialect.ts';
import { inScope } from './read-scope.ts';

/** The dialect's table of a JSON array's elements (sqlite.ts: json_each; postgres.ts: jsonb_array_elements). */
export type JsonElements = StoreDialect['jsonElements'];

type Condition = RawBuilder<unknown>;

/** Steps after which a charge is no longer the case's current charge: handed on to others, or dropped. */
const SUPERSEDING_STEPS = ['reclassified', 'merged', 'split', 'dropped'];
/** Steps after which a measure is no longer in effect as recorded. */
const ENDING_STEPS = ['ended', 'changed'];

const scoped = (kind: Parameters<typeof inScope>[0], alias: string, scope: ReadScope | undefined) =>
  scope === undefined ? sql`1 = 1` : inScope(kind, scope, alias);
const list = (values: readonly string[]) => sql.join(values.map((v) => sql.lit(v)));

/**
 * A partial date as a sort key: without the brackets of a range or the mark of an approximate or uncertain
 * date, so '2022-11~' sorts with '2022-11', and a year before its months and days.
 */
const dateKey = (date: Condition): Condition => sql`rtrim(ltrim(${date}, '['), '~?%')`;

/** The case's opening day, or else the earliest first step of its charges the reader may read; '' if none. */
function openedKey(scope: ReadScope | undefined): Condition {
  const firstStep = sql`(select min(${dateKey(sql`ch.data -> 'lifecycle' -> 0 ->> 'date'`)}) from charges ch
    where ch.case_id = c.id and ${scoped('charge', 'ch', scope)})`;
  return sql`coalesce(${dateKey(sql`c.data ->> 'openedOn'`)}, ${firstStep}, '')`;
}

/** Keyset paging: rows after the cursor in the sort's direction, ties broken by id. */
function afterCursor(key: Condition, idColumn: Condition, page: SortedPage<string>): Condition {
  if (page.after === undefined) return sql`1 = 1`;
  const { key: k, id } = page.after;
  return page.direction === 'asc'
    ? sql`(${key} > ${k} or (${key} = ${k} and ${idColumn} > ${id}))`
    : sql`(${key} < ${k} or (${key} = ${k} and ${idColumn} < ${id}))`;
}

/** The ids and sort keys of one page, in order, from a table aliased `alias` under the conditions. */
async function sortedPage(
  db: Kysely<Database>,
  from: Condition,
  alias: string,
  key: Condition,
  conditions: Condition[],
  page: SortedPage<string> & { isKeyCostly?: boolean },
): Promise<SortedId[]> {
  const id = sql.ref(`${alias}.id`);
  const direction = sql.raw(page.direction === 'asc' ? 'asc' : 'desc');
  const order = sql`order by sort_key ${direction}, id ${direction} limit ${page.limit}`;
  let rows: { id: string; sort_key: string }[];
  if (page.isKeyCostly === true) {
    // A key from a subquery is computed once a row, in a materialised step, not again for the cursor.
    const where = sql.join(conditions, sql` and `);
    const after = afterCursor(sql`sort_key`, sql`id`, page);
    ({ rows } = await sql<{ id: string; sort_key: string }>`
      with found as materialized (select ${id} as id, ${key} as sort_key from ${from} where ${where})
      select id, sort_key from found where ${after} ${order}`.execute(db));
  } else {
    const where = sql.join([...conditions, afterCursor(key, id, page)], sql` and `);
    ({ rows } = await sql<{ id: string; sort_key: string }>`
      select ${id} as id, ${key} as sort_key from ${from} where ${where} ${order}`.execute(db));
  }
  return rows.map((r) => ({ id: r.id, key: String(r.sort_key) }));
}

/** A condition that the organisation exists and the reader may read it: a hidden one matches nothing. */
const readableOrganisation = (organisation: string, scope: ReadScope | undefined): Condition =>
  sql`exists (select 1 from organisations o where o.id = ${organisation} and ${scoped('organisation', 'o', scope)})`;

/** The person (alias `alias`) is affiliated with the organisation. */
const affiliated = (elements: JsonElements, alias: string, organisation: string): Condition =>
  sql`exists (select 1 from ${elements(sql`${sql.ref(`${alias}.data`)} -> 'affiliations'`, 'af')}
    where af.value ->> 'organisation' = ${organisation})`;

/** The necessary condition of a status hint, within the reader's scope. */
function hinted(elements: JsonElements, hint: StatusHint, scope: ReadScope | undefined): Condition {
  const measureIn = (extra: Condition) =>
    sql`exists (select 1 from measures m where m.case_id = c.id and ${scoped('measure', 'm', scope)} ${extra})`;
  const decision = sql`exists (select 1 from decisions d where d.case_id = c.id and ${scoped('decision', 'd', scope)})`;
  switch (hint.kind) {
    case 'measure':
      return measureIn(sql``);
    case 'decision':
      return decision;
    case 'release_or_decision':
      return sql`(${decision} or exists (select 1 from ${elements(sql`c.data -> 'releases'`, 'rl')}))`;
    case 'live_measure': {
      const kinds =
        hint.kinds !== undefined ? sql`and m.data ->> 'kind' in (${sql.join(hint.kinds)})` : sql``;
      const except =
        hint.exceptKinds !== undefined
          ? sql`and m.data ->> 'kind' not in (${sql.join(hint.exceptKinds)})`
          : sql``;
      // Certainly ended: an end step on a whole day (no approximation, no range) on or before today.
      return measureIn(sql`${kinds} ${except} and not exists (select 1 from ${elements(sql`m.data -> 'steps'`, 'st')}
        where st.value ->> 'kind' in (${list(ENDING_STEPS)}) and length(st.value ->> 'date') = 10
        and st.value ->> 'date' <= ${hint.today})`);
    }
  }
}

/** The conditions of a case search, each a subquery within the reader's scope. */
function caseConditions(elements: JsonElements, s: CaseSearch, scope: ReadScope | undefined): Condition[] {
  const where: Condition[] = [scoped('case', 'c', scope)];
  if (s.jurisdiction !== undefined) where.push(sql`c.data ->> 'jurisdiction' = ${s.jurisdiction}`);
  if (s.article !== undefined) {
    const part =
      s.article.part !== undefined ? sql`and ch.data -> 'article' ->> 'part' = ${s.article.part}` : sql``;
    const current = s.isArticleEver
      ? sql``
      : sql`and not exists (select 1 from ${elements(sql`ch.data -> 'lifecycle'`, 'st')}
          where st.value ->> 'kind' in (${list(SUPERSEDING_STEPS)}))`;
    where.push(sql`exists (select 1 from charges ch where ch.case_id = c.id and ${scoped('charge', 'ch', scope)}
      and ch.data -> 'article' ->> 'article' = ${s.article.article} ${part} ${current})`);
  }
  if (s.measure !== undefined) {
    const current = s.isMeasureEver
      ? sql``
      : sql`and not exists (select 1 from ${elements(sql`m.data -> 'steps'`, 'st')}
          where st.value ->> 'kind' in (${list(ENDING_STEPS)}))`;
    where.push(sql`exists (select 1 from measures m where m.case_id = c.id and ${scoped('measure', 'm', scope)}
      and m.data ->> 'kind' = ${s.measure} ${current})`);
  }
  if (s.organisation !== undefined) {
    const o = s.organisation;
    // The affiliated persons are found once (an uncorrelated subquery), not again for every case.
    where.push(readableOrganisation(o, scope));
    where.push(sql`(exists (select 1 from ${elements(sql`c.data -> 'authorities'`, 'au')}
        where au.value ->> 'organisation' = ${o})
      or exists (select 1 from case_participants cp where cp.case_id = c.id and cp.person_id in (
        select p.id from persons p where ${scoped('person', 'p', scope)} and ${affiliated(elements, 'p', o)})))`);
  }
  if (s.person !== undefined) {
    const role = s.role !== undefined ? sql`and cp.role = ${s.role}` : sql``;
    where.push(sql`exists (select 1 from case_participants cp join persons p on p.id = cp.person_id
      where cp.case_id = c.id and cp.person_id = ${s.person} ${role} and ${scoped('person', 'p', scope)})`);
  }
  if (s.statusHint !== undefined) where.push(hinted(elements, s.statusHint, scope));
  const opened = openedKey(scope);
  // A partial date is in the range when it can fall in it: '2022-11' is on or after 2022-11-15.
  if (s.openedFrom !== undefined) where.push(sql`${opened} <> '' and ${opened} || 'z' >= ${s.openedFrom}`);
  if (s.openedTo !== undefined) where.push(sql`${opened} <> '' and ${opened} <= ${s.openedTo}`);
  return where;
}

/** A page of the cases that match the search, in its order. */
export function findCases(
  db: Kysely<Database>,
  elements: JsonElements,
  search: CaseSearch,
  scope?: ReadScope,
): Promise<SortedId[]> {
  const key: Record<CaseSearch['sort'], Condition> = {
    id: sql`c.id`,
    title: sql`coalesce(c.data ->> 'title', '')`,
    opened: openedKey(scope),
    changed: sql`c.updated_at`,
  };
  return sortedPage(db, sql`cases c`, 'c', key[search.sort], caseConditions(elements, search, scope), search);
}

/** The jurisdictions of the cases in the scope, with their counts, by code. */
export async function jurisdictionCounts(
  db: Kysely<Database>,
  scope?: ReadScope,
): Promise<{ code: string; cases: number }[]> {
  const where = scope === undefined ? sql`` : sql`where ${scoped('case', 'c', scope)}`;
  const { rows } = await sql<{ code: string; cases: number | string }>`
    select c.data ->> 'jurisdiction' as code, count(*) as cases from cases c ${where}
    group by c.data ->> 'jurisdiction' order by 1`.execute(db);
  return rows.filter((r) => r.code !== null).map((r) => ({ code: r.code, cases: Number(r.cases) }));
}

/** A page of the persons that match the search, in its order. */
export function findPersons(
  db: Kysely<Database>,
  elements: JsonElements,
  search: PersonSearch,
  scope?: ReadScope,
): Promise<SortedId[]> {
  const where: Condition[] = [scoped('person', 'p', scope)];
  if (search.name !== undefined) {
    const folded = foldName(search.name.trim());
    where.push(
      folded === ''
        ? sql`1 = 0`
        : sql`exists (select 1 from person_names n where n.person_id = p.id
            and n.folded like ${containsPattern(folded)} escape '\\')`,
    );
  }
  if (search.organisation !== undefined) {
    where.push(readableOrganisation(search.organisation, scope));
    where.push(affiliated(elements, 'p', search.organisation));
  }
  if (search.role !== undefined)
    where.push(sql`exists (select 1 from case_participants cp join cases c on c.id = cp.case_id
      where cp.person_id = p.id and cp.role = ${search.role} and ${scoped('case', 'c', scope)})`);
  const key: Record<PersonSearch['sort'], Condition> = {
    id: sql`p.id`,
    name: sql`coalesce(p.data -> 'names' -> 0 ->> 'value', '')`,
    changed: sql`p.updated_at`,
  };
  return sortedPage(db, sql`persons p`, 'p', key[search.sort], where, search);
}
