import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { ReadScope } from '../../core/ports.ts';
import { planQuery, type MatchPlan } from '../../core/search/search-query.ts';
import {
  DEFAULT_SEARCH_LIMIT,
  FACET_NAMES,
  SEARCH_KINDS,
  type FacetCount,
  type FacetName,
  type SearchHit,
  type SearchIndex,
  type SearchKind,
  type SearchPage,
  type SearchQuery,
} from '../../core/search/search.ts';
import { snippetOf } from '../../core/search/snippet.ts';
import { rangesOf } from './search-segments.ts';
import type { Database } from '../schema.ts';
import { decodeCursor, encodeCursor, type CursorKey } from './search-cursor.ts';
import { PAGE_PREFIX, pageOfField } from './search-pages.ts';
import { searchVisible } from './search-scope.ts';
import { searchDocuments } from './search-tables.ts';
import { matchedEntries, type SearchTextEngine } from './search-text-sql.ts';
import {
  countPagesFound,
  isRankedByFirst,
  keyOf,
  recordFilters,
  SEARCH_BOUNDS,
  streamedPage,
  type EntryRow,
  type PageRow,
  type SearchBounds,
} from './search-stream.ts';
import { suggestOver, similarPersonsOver } from './search-suggest.ts';

/** The rank of each kind among hits of one tier: persons first, sources last. */
const KIND_RANK = sql.raw(
  `case ${SEARCH_KINDS.map((k, i) => `when e.kind = '${k}' then ${i}`).join(' ')} else ${SEARCH_KINDS.length} end`,
);
const MATCHES: readonly SearchHit['match'][] = ['exact', 'loose', 'text', 'text'];
const FACET_VALUES = 50;

/**
 * The search index over the search tables, the same SQL on both databases but for the full-text engine's
 * match. The hits come in one order: by tier (a name exactly, a name loosely, other text exactly, loosely), then
 * by kind, then by the record's best entry. A search that finds up to `counted` entries is ranked, counted and
 * given its facets by one statement. A broader one reads its page segment by segment (one kind's names or text,
 * in the entries' order), each candidate checked against the record's other entries so that a record comes
 * once, where its best entry puts it; its total and facets count what the first entries found.
 */
export function createSearchIndex(
  db: Kysely<Database>,
  engine: SearchTextEngine,
  bounds: SearchBounds = SEARCH_BOUNDS,
): SearchIndex {
  const folder = () => searchDocuments().folder;
  const folding = { fold: (word: string) => searchDocuments().foldOnce(word) };
  return {
    async search(query, scope) {
      const plan = planQuery(folder(), query.text);
      if (plan.clauses.length === 0) return emptyPage();
      const limit = query.limit ?? DEFAULT_SEARCH_LIMIT;
      const after = query.cursor === undefined ? undefined : decodeCursor(query.cursor);
      const ranked = rankedHits(engine, plan, query, scope, bounds.counted + 1);
      // One statement: the records found (r) are gathered once for the page, the count and the facets.
      const { rows: parts } = await sql<PartRow>`${ranked}, ${facetCounting(scope)},
        page as (
          select r.kind, r.record_id, r.case_id, r.title, r.tier, r.kr, r.entry_id, r.pages,
            row_number() over (order by r.tier, r.kr, r.entry_id) as ord
          from r
          ${after === undefined ? sql`` : sql`where (r.tier > ${after.tier} or (r.tier = ${after.tier} and (r.kr > ${after.rank} or (r.kr = ${after.rank} and r.entry_id > ${after.entry}))))`}
          order by r.tier, r.kr, r.entry_id limit ${limit + 1}
        )
        select 'hit' as part, kind, record_id, case_id, title, tier, kr, entry_id, pages,
            null as facet, null as value, ord as n
          from page
        union all
        select 'facet', null, null, null, null, null, null, null, null, facet, value, n from facet_counts
        union all
        select 'total', null, null, null, null, null, null, null, null, null, null, (select count(*) from r)
        union all
        select 'matched', null, null, null, null, null, null, null, null, null, null, (select count(*) from m)
        union all
        select 'entry', null, null, null, null, null, null, entry_id, null, null, null, loose from m`.execute(
        db,
      );
      const total = Number(parts.find((p) => p.part === 'total')?.n ?? 0);
      const isBounded = Number(parts.find((p) => p.part === 'matched')?.n ?? 0) > bounds.counted;
      const facets = facetsOf(parts.filter((p) => p.part === 'facet'));
      let rows: PageRow[];
      let next: CursorKey | undefined;
      const found = parts
        .filter((p): p is PartRow & PageRow => p.part === 'hit')
        .sort((x, y) => Number(x.n) - Number(y.n));
      const beyond = found[limit];
      const first = parts
        .filter((p) => p.part === 'entry')
        .map((p) => ({ entry: Number(p.entry_id), loose: Number(p.n) }))
        .sort((a, b) => a.entry - b.entry);
      if (isBounded && (beyond === undefined || !isRankedByFirst(plan, query.kinds, first, keyOf(beyond)))) {
        ({ rows, next } = await streamedPage(db, engine, bounds, plan, query, scope, limit, after, first));
      } else {
        rows = found.slice(0, limit);
        const last = rows.at(-1);
        if (found.length > limit && last !== undefined) next = keyOf(last);
      }
      const entries =
        rows.length === 0
          ? new Map<number, EntryRow>()
          : await db
              .selectFrom('search_entries')
              .select(['entry_id', 'field', 'text'])
              .where(
                'entry_id',
                'in',
                rows.map((r) => Number(r.entry_id)),
              )
              .execute()
              .then((es) => new Map(es.map((e) => [Number(e.entry_id), e])));
      if (isBounded) await countPagesFound(db, rows, entries, plan, scope);
      const hits = rows.map((row) => hitOf(row, entries.get(Number(row.entry_id)), plan));
      const result: SearchPage = { hits, facets, total, totalIsLowerBound: isBounded };
      if (next !== undefined) result.next = encodeCursor(next);
      return result;
    },
    suggest: (text, limit, scope, kinds) => suggestOver(db, engine, folder(), text, limit, scope, kinds),
    similarPersons: (names, scope) => similarPersonsOver(db, engine, folder(), names, scope),
  };

  function hitOf(row: PageRow, entry: EntryRow | undefined, plan: MatchPlan): SearchHit {
    const tier = Number(row.tier);
    const page = pageOfField(entry?.field ?? '');
    const hit: SearchHit = {
      kind: row.kind as SearchKind,
      id: row.record_id,
      title: row.title,
      snippet: snippetOf(folding, entry?.text ?? '', plan.marks),
      field: page !== undefined ? 'page' : (entry?.field ?? ''),
      match: MATCHES[tier] ?? 'text',
      score: 4 - tier,
    };
    if (page !== undefined) {
      hit.page = page;
      hit.pagesFound = Math.max(1, Number(row.pages));
    }
    if (row.case_id !== null && row.kind !== 'case') hit.caseId = row.case_id;
    return hit;
  }
}

/**
 * A row of the search's one statement: a hit of the page (n its order), a facet's value (n its count), the total,
 * how many entries were read, or one of them (n 1 when it met the query only loosely).
 */
interface PartRow {
  part: 'hit' | 'facet' | 'total' | 'matched' | 'entry';
  entry_id?: number | string | null;
  facet: string | null;
  value: string | null;
  n: number | string | null;
}
/** The common table expressions ending in `r`: one row per record found, with its best entry and tier. */
function rankedHits(
  engine: SearchTextEngine,
  plan: MatchPlan,
  query: SearchQuery,
  scope: ReadScope,
  bound: number,
): RawBuilder<unknown> {
  // Kinds asked for narrow the full-text match itself (to their segments' ranges), so the bound counts their
  // entries.
  const ranges =
    query.kinds !== undefined && query.kinds.length > 0 ? rangesOf(query.kinds, false) : undefined;
  const tier = sql`(case when se.is_name = 1 then 0 else 2 end) + m.loose`;
  // Materialized: the statement reads m three times (the hits, the count, the entries), the full-text match once.
  return sql`with m as materialized (${matchedEntries(engine, plan, bound, ranges)}),
    e as (
      select se.kind, se.record_id, se.entry_id, ${tier} as tier,
        row_number() over (partition by se.kind, se.record_id order by ${tier}, se.entry_id) as rn,
        count(case when se.field like ${`${PAGE_PREFIX}%`} then 1 end) over (partition by se.kind, se.record_id) as pages
      from m join search_entries se on se.entry_id = m.entry_id
      where ${searchVisible('se', scope)}
    ),
    r as materialized (
      select e.kind, e.record_id, e.entry_id, e.tier, ${KIND_RANK} as kr, sr.case_id, sr.title, e.pages
      from e join search_records sr on sr.kind = e.kind and sr.record_id = e.record_id
      where e.rn = 1 and ${searchVisible('sr', scope)} ${recordFilters(query, scope)}
    )`;
}

/**
 * The counts of each facet's values over every record found (`facet_counts`): a record counts for a value it gives,
 * or that a record of its case gives, when the reader may see the record giving it. A case's values are taken
 * once each and weighed by the records found in the case, not joined to every record found: a case gives each
 * value through many records (its charges, measures and hearings).
 */
function facetCounting(scope: ReadScope): RawBuilder<unknown> {
  return sql`found_cases as (select r.case_id, count(*) as n from r where r.case_id is not null group by r.case_id),
    case_values as (
      select distinct f.case_id, f.facet, f.value from found_cases c join search_facets f on f.case_id = c.case_id
        where ${searchVisible('f', scope)}
    ),
    own_values as (
      select distinct r.kind, r.record_id, f.facet, f.value from r join search_facets f
        on f.kind = r.kind and f.record_id = r.record_id
        where r.case_id is null and ${searchVisible('f', scope)}
    ),
    counted as (
      select v.facet, v.value, c.n from case_values v join found_cases c on c.case_id = v.case_id
      union all
      select facet, value, 1 as n from own_values
      union all
      select 'kind' as facet, r.kind as value, 1 as n from r
    ),
    facet_counts as (select facet, value, sum(n) as n from counted group by facet, value)`;
}

/** The facets of a page from their counted values: the most frequent first, then by value. */
function facetsOf(rows: readonly PartRow[]): SearchPage['facets'] {
  const facets = Object.fromEntries(FACET_NAMES.map((f) => [f, [] as FacetCount[]])) as Record<
    FacetName,
    FacetCount[]
  >;
  const counted = rows
    .map((r) => ({ facet: r.facet ?? '', value: r.value ?? '', count: Number(r.n) }))
    .sort((x, y) => y.count - x.count || (x.value < y.value ? -1 : x.value > y.value ? 1 : 0));
  for (const row of counted) {
    const list = facets[row.facet as FacetName] as FacetCount[] | undefined;
    if (list !== undefined && list.length < FACET_VALUES) list.push({ value: row.value, count: row.count });
  }
  return facets;
}

function emptyPage(): SearchPage {
  const facets = Object.fromEntries(FACET_NAMES.map((f) => [f, []])) as unknown as SearchPage['facets'];
  return { hits: [], facets, total: 0, totalIsLowerBound: false };
}
