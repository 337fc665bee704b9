import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { ReadScope } from '../../core/ports.ts';
import { exactOnly, planQuery, type MatchPlan } from '../../core/search/search-query.ts';
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
import { findCitations, segmentTerm } from '../../core/search/search-text.ts';
import type { Database } from '../schema.ts';
import { decodeCursor, encodeCursor, type CursorKey } from './search-cursor.ts';
import { PAGE_PREFIX, pageOfField } from './search-pages.ts';
import { searchVisible } from './search-scope.ts';
import { searchDocuments } from './search-tables.ts';
import { matchedEntries, type SearchTextEngine, type TextMatch } from './search-text-sql.ts';
import { suggestOver, similarPersonsOver } from './search-suggest.ts';

/** The rank of each kind among hits of one tier: persons first, sources last. */
const KIND_RANK = sql.raw(
  `case ${SEARCH_KINDS.map((k, i) => `when e.kind = '${k}' then ${i}`).join(' ')} else ${SEARCH_KINDS.length} end`,
);
const MATCHES: readonly SearchHit['match'][] = ['exact', 'loose', 'text', 'text'];
const FACET_FILTERS = ['jurisdiction', 'article', 'status', 'measure', 'organisation'] as const;
const FACET_VALUES = 50;

/** How far a search reads: what it counts exactly, and what one page may examine. */
export interface SearchBounds {
  /**
   * The entries a search reads to count its total and its facets. Past them, both count the records of the
   * entries read (the first in the index's order) and the page says so (`totalIsLowerBound`).
   */
  counted: number;
  /**
   * The entries one page of a broad search examines at most. A page that reaches it before it is full (the
   * reader may see few of the entries found, or few pass the filters) ends there, with a cursor to go on from.
   */
  examined: number;
}

export const SEARCH_BOUNDS: SearchBounds = { counted: 100, examined: 2_000 };
/** Entries a broad search reads at a time from one segment. */
const CHUNK = 100;

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
        select 'matched', null, null, null, null, null, null, null, null, null, null, (select count(*) from m)`.execute(
        db,
      );
      const total = Number(parts.find((p) => p.part === 'total')?.n ?? 0);
      const isBounded = Number(parts.find((p) => p.part === 'matched')?.n ?? 0) > bounds.counted;
      const facets = facetsOf(parts.filter((p) => p.part === 'facet'));
      let rows: PageRow[];
      let next: CursorKey | undefined;
      if (isBounded) {
        ({ rows, next } = await streamedPage(plan, query, scope, limit, after));
      } else {
        const found = parts
          .filter((p): p is PartRow & PageRow => p.part === 'hit')
          .sort((x, y) => Number(x.n) - Number(y.n));
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
      if (isBounded) await countPagesFound(rows, entries, plan, scope);
      const hits = rows.map((row) => hitOf(row, entries.get(Number(row.entry_id)), plan));
      const result: SearchPage = { hits, facets, total, totalIsLowerBound: isBounded };
      if (next !== undefined) result.next = encodeCursor(next);
      return result;
    },
    suggest: (text, limit, scope, kinds) => suggestOver(db, engine, folder(), text, limit, scope, kinds),
    similarPersons: (names, scope) => similarPersonsOver(db, engine, folder(), names, scope),
  };

  /**
   * A page of a broad search, read segment by segment from the cursor: each segment's entries in order, those
   * the reader may see and the filters pass, each the first of its record in the order of hits.
   */
  async function streamedPage(
    plan: MatchPlan,
    query: SearchQuery,
    scope: ReadScope,
    limit: number,
    after: CursorKey | undefined,
  ): Promise<{ rows: PageRow[]; next?: CursorKey }> {
    const rows: PageRow[] = [];
    const seen = new Set<string>();
    let examined = 0;
    for (const segment of segmentsOf(plan, query.kinds)) {
      if (
        after !== undefined &&
        (segment.tier < after.tier || (segment.tier === after.tier && segment.rank < after.rank))
      )
        continue;
      let from =
        after !== undefined && segment.tier === after.tier && segment.rank === after.rank ? after.entry : 0;
      for (;;) {
        const wanted = Math.min(CHUNK, bounds.examined - examined);
        if (wanted <= 0) return { rows, next: { tier: segment.tier, rank: segment.rank, entry: from } };
        const { rows: candidates } = await sql<Candidate>`
          with m as (${engine.entries(segment.match, wanted, from)})
          select m.entry_id, se.record_id, sr.case_id, sr.title,
            case when ${searchVisible('se', scope)} and ${searchVisible('sr', scope)} ${recordFilters(query, scope)}
              then 1 else 0 end as ok
          from m join search_entries se on se.entry_id = m.entry_id
            left join search_records sr on sr.kind = se.kind and sr.record_id = se.record_id
          order by m.entry_id`.execute(db);
        examined += candidates.length;
        const fresh = candidates.filter(
          (c) => Number(c.ok) === 1 && !seen.has(`${segment.kind}:${c.record_id}`),
        );
        const later = await foundEarlier(segment, fresh, plan, scope);
        for (const c of candidates) {
          from = Number(c.entry_id);
          const key = `${segment.kind}:${c.record_id}`;
          if (Number(c.ok) !== 1 || seen.has(key) || later.has(from)) continue;
          seen.add(key);
          rows.push({
            kind: segment.kind,
            record_id: c.record_id,
            case_id: c.case_id,
            title: c.title ?? c.record_id,
            tier: segment.tier,
            kr: segment.rank,
            entry_id: from,
            pages: 0,
          });
          if (rows.length > limit) {
            const page = rows.slice(0, limit);
            return { rows: page, next: keyOf(page.at(-1) as PageRow) };
          }
        }
        if (candidates.length < wanted) break;
      }
    }
    return { rows };
  }

  /**
   * Of candidates of one segment, the entries whose record has an entry before them in the order of hits (a
   * better tier, or the same tier and an earlier entry) that the reader may see: the record is found there.
   */
  async function foundEarlier(
    segment: Segment,
    candidates: readonly Candidate[],
    plan: MatchPlan,
    scope: ReadScope,
  ): Promise<Set<number>> {
    const later = new Set<number>();
    if (candidates.length === 0) return later;
    const others = await db
      .selectFrom('search_entries as se')
      .select(['se.entry_id', 'se.record_id', 'se.is_name'])
      .where('se.kind', '=', segment.kind)
      .where(
        'se.record_id',
        'in',
        candidates.map((c) => c.record_id),
      )
      .where(searchVisible('se', scope))
      .where(mayMeet(plan))
      .execute();
    // An entry can come before a candidate when its best tier (a name's 0, other text's 2) is better, or the same
    // and it is the earlier entry.
    const possible = (other: { entry_id: number; is_name: number }, c: Candidate) => {
      const best = Number(other.is_name) === 1 ? 0 : 2;
      const id = Number(other.entry_id);
      return (
        id !== Number(c.entry_id) &&
        (best < segment.tier || (best === segment.tier && id < Number(c.entry_id)))
      );
    };
    const asked = new Set<number>();
    for (const c of candidates)
      for (const o of others)
        if (o.record_id === c.record_id && possible(o, c)) asked.add(Number(o.entry_id));
    if (asked.size === 0) return later;
    const tiers = await tiersOf([...asked], plan);
    for (const c of candidates) {
      for (const o of others) {
        if (o.record_id !== c.record_id || !asked.has(Number(o.entry_id))) continue;
        const loose = tiers.get(Number(o.entry_id));
        if (loose === undefined) continue;
        const tier = (Number(o.is_name) === 1 ? 0 : 2) + loose;
        if (tier < segment.tier || (tier === segment.tier && Number(o.entry_id) < Number(c.entry_id)))
          later.add(Number(c.entry_id));
      }
    }
    return later;
  }

  /** Of some entries, those meeting the plan: 0 for each met exactly, 1 for each met only loosely. */
  async function tiersOf(ids: readonly number[], plan: MatchPlan): Promise<Map<number, number>> {
    const found = new Map<number, number>();
    for (let i = 0; i < ids.length; i += PROBES_AT_ONCE) {
      const chunk = ids.slice(i, i + PROBES_AT_ONCE);
      const exact = await sql<{
        entry_id: number;
      }>`${engine.among({ clauses: exactOnly(plan) }, chunk)}`.execute(db);
      for (const row of exact.rows) found.set(Number(row.entry_id), 0);
      if (!plan.hasLoose) continue;
      const rest = chunk.filter((id) => !found.has(id));
      if (rest.length === 0) continue;
      const loose = await sql<{ entry_id: number }>`${engine.among({ clauses: plan.clauses }, rest)}`.execute(
        db,
      );
      for (const row of loose.rows) found.set(Number(row.entry_id), 1);
    }
    return found;
  }

  /** For a page's document hits found in a page's text, how many of the document's pages the query finds. */
  async function countPagesFound(
    rows: PageRow[],
    entries: ReadonlyMap<number, EntryRow>,
    plan: MatchPlan,
    scope: ReadScope,
  ): Promise<void> {
    // Every document found by a page, with all their pages read in one query and looked up in one more.
    const found = rows.filter(
      (row) => pageOfField(entries.get(Number(row.entry_id))?.field ?? '') !== undefined,
    );
    if (found.length === 0) return;
    const pages = await db
      .selectFrom('search_entries as se')
      .select(['se.entry_id', 'se.record_id'])
      .where('se.kind', '=', 'source')
      .where(
        'se.record_id',
        'in',
        found.map((row) => row.record_id),
      )
      .where('se.field', 'like', `${PAGE_PREFIX}%`)
      .where(searchVisible('se', scope))
      .where(mayMeet(plan))
      .execute();
    const met = await tiersOf(
      pages.map((p) => Number(p.entry_id)),
      plan,
    );
    for (const row of found)
      row.pages = pages.filter((p) => p.record_id === row.record_id && met.has(Number(p.entry_id))).length;
  }

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

interface PageRow {
  kind: string;
  record_id: string;
  case_id: string | null;
  title: string;
  tier: number;
  kr: number;
  entry_id: number;
  /** The record's document pages among the entries found. */
  pages: number;
}
/** A row of the search's one statement: a hit of the page (n its order), a facet's value (n its count), or the total. */
interface PartRow {
  part: 'hit' | 'facet' | 'total' | 'matched';
  facet: string | null;
  value: string | null;
  n: number | string | null;
}
interface EntryRow {
  field: string;
  text: string;
}

/** The common table expressions ending in `r`: one row per record found, with its best entry and tier. */
function rankedHits(
  engine: SearchTextEngine,
  plan: MatchPlan,
  query: SearchQuery,
  scope: ReadScope,
  bound: number,
): RawBuilder<unknown> {
  // Kinds asked for narrow the full-text match itself (by their segments), so the bound counts their entries.
  const segments =
    query.kinds !== undefined && query.kinds.length > 0
      ? query.kinds.flatMap((k) => [segmentTerm(k, true), segmentTerm(k, false)])
      : undefined;
  const tier = sql`(case when se.is_name = 1 then 0 else 2 end) + m.loose`;
  return sql`with m as (${matchedEntries(engine, plan, bound, segments)}),
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

/** The conditions a record found (`sr`) meets for the query's filters: facets and dates, each `and …`. */
function recordFilters(query: SearchQuery, scope: ReadScope): RawBuilder<unknown> {
  const filters: RawBuilder<unknown>[] = [];
  for (const name of FACET_FILTERS) {
    const wanted = facetValue(name, query[name]);
    if (wanted === undefined) continue;
    // Two lookups, each by its own index: one condition joined by `or` scans every row of the value per record.
    // A record without a case gives its own values (its facet rows have no case either): asked by the record, as
    // "no case" in the facet's rows would lead the planner to read every such row.
    filters.push(sql`and (exists (select 1 from search_facets f where f.case_id = sr.case_id
        and f.facet = ${name} and f.value = ${wanted} and ${searchVisible('f', scope)})
      or sr.case_id is null and exists (select 1 from search_facets f where f.kind = sr.kind
        and f.record_id = sr.record_id and f.facet = ${name} and f.value = ${wanted} and ${searchVisible('f', scope)}))`);
  }
  if (query.from !== undefined)
    filters.push(sql`and sr.day is not null and sr.day >= substr(${query.from}, 1, length(sr.day))`);
  if (query.to !== undefined) filters.push(sql`and sr.day is not null and sr.day <= ${query.to}`);
  return sql.join(filters, sql` `);
}

/** One kind's names or other text, met at one tier: a stretch of the order of hits. */
interface Segment {
  tier: number;
  rank: number;
  kind: SearchKind;
  match: TextMatch;
}

/**
 * The segments of a query in the order of hits: names met exactly, names met only loosely, other text met
 * exactly, then only loosely; within each tier the kinds in their rank (of those asked for).
 */
function segmentsOf(plan: MatchPlan, kinds: readonly SearchKind[] | undefined): Segment[] {
  const exact = exactOnly(plan);
  const segments: Segment[] = [];
  for (const tier of [0, 1, 2, 3]) {
    const isLoose = tier % 2 === 1;
    if (isLoose && !plan.hasLoose) continue;
    SEARCH_KINDS.forEach((kind, rank) => {
      if (kinds !== undefined && kinds.length > 0 && !kinds.includes(kind)) return;
      const segment = segmentTerm(kind, tier < 2);
      const match: TextMatch = isLoose
        ? { clauses: plan.clauses, segments: [segment], without: exact }
        : { clauses: exact, segments: [segment] };
      segments.push({ tier, rank, kind, match });
    });
  }
  return segments;
}

/** An entry of a segment read for a broad search's page: its record, and whether the reader may have it. */
interface Candidate {
  entry_id: number;
  record_id: string;
  case_id: string | null;
  title: string | null;
  /** 1 when the reader may see the entry and its record, and the record passes the query's filters. */
  ok: number;
}

/**
 * What an entry (`se`) that meets the plan must hold, read from its own row: each clause's token or phrase
 * within its words or terms. It is not the match (a token may be part of a longer one), but an entry without it
 * cannot match, and is not looked up in the engine: a look-up of a long phrase costs the engine a read of every
 * word's list.
 */
function mayMeet(plan: MatchPlan): RawBuilder<boolean> {
  // The tokens are letters and digits only, and a phrase is its words with spaces: none is a LIKE wildcard.
  const within = (column: 'words' | 'terms', text: string) =>
    sql`${sql.ref(`se.${column}`)} like ${`%${text}%`}`;
  const clauses = plan.clauses.map((c) =>
    'phrase' in c
      ? within('words', c.phrase.join(' '))
      : sql`(${sql.join(
          c.alternatives.map((a) => within(a.column, a.token)),
          sql` or `,
        )})`,
  );
  return sql<boolean>`(${sql.join(clauses, sql` and `)})`;
}

/** Entries looked up by id in one statement, each on its own. */
const PROBES_AT_ONCE = 100;

/** The position of a hit in the order of hits: where the next page starts after it. */
const keyOf = (row: PageRow): CursorKey => ({
  tier: Number(row.tier),
  rank: Number(row.kr),
  entry: Number(row.entry_id),
});

/** The value a filter asks for as the facet keeps it: an article by its number, whatever the form. */
function facetValue(name: (typeof FACET_FILTERS)[number], value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (name !== 'article') return value;
  const cited = findCitations(value).citations[0]?.article;
  return cited ?? value.match(/\d{1,4}(?:-\d{1,2})?/)?.[0] ?? value;
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
