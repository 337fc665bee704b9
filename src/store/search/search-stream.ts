import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { ReadScope } from '../../core/ports.ts';
import { exactOnly, type Clause, type MatchPlan } from '../../core/search/search-query.ts';
import { SEARCH_KINDS, type SearchKind, type SearchQuery } from '../../core/search/search.ts';
import { findCitations } from '../../core/search/search-text.ts';
import type { Database } from '../schema.ts';
import type { CursorKey } from './search-cursor.ts';
import { PAGE_PREFIX, pageOfField } from './search-pages.ts';
import { searchVisible } from './search-scope.ts';
import { segmentRange } from './search-segments.ts';
import type { SearchTextEngine, TextMatch } from './search-text-sql.ts';

// A broad search's page (search-index.ts): read segment by segment in the order of hits, each candidate checked
// against its record's other entries, so that the page stops at its end however much the query finds.

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

export interface PageRow {
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
export interface EntryRow {
  field: string;
  text: string;
}

const FACET_FILTERS = ['jurisdiction', 'article', 'status', 'measure', 'organisation'] as const;

/** The conditions a record found (`sr`) meets for the query's filters: facets and dates, each `and …`. */
export function recordFilters(query: SearchQuery, scope: ReadScope): RawBuilder<unknown> {
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

/** The value a filter asks for as the facet keeps it: an article by its number, whatever the form. */
function facetValue(name: (typeof FACET_FILTERS)[number], value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (name !== 'article') return value;
  const cited = findCitations(value).citations[0]?.article;
  return cited ?? value.match(/\d{1,4}(?:-\d{1,2})?/)?.[0] ?? value;
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
      const ranges = [segmentRange(kind, tier < 2)];
      const match: TextMatch = isLoose
        ? { clauses: plan.clauses, ranges, without: exact }
        : { clauses: exact, ranges };
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
 * Whether an entry (`se`) meets some clauses, read from its own row: each clause's token (or the start of one, for a
 * prefix) among its words or terms, or its phrase's words in a row among its words. The columns hold their tokens
 * as the engines do (letters and digits, lower case, marks off, one space between), so this is the engines' own
 * match, decided without them: an engine looks an entry up by its id no faster than it reads every entry of each
 * of the query's words (about 0.45 ms for a long phrase).
 */
function meets(clauses: readonly Clause[]): RawBuilder<boolean> {
  // The tokens are letters and digits only, and a phrase is its words with spaces: none is a LIKE wildcard.
  const padded = (column: 'words' | 'terms') => sql`(' ' || ${sql.ref(`se.${column}`)} || ' ')`;
  const has = (column: 'words' | 'terms', text: string, isPrefix = false) =>
    sql`${padded(column)} like ${`% ${text}${isPrefix ? '' : ' '}%`}`;
  const each = clauses.map((c) =>
    'phrase' in c
      ? has('words', c.phrase.join(' '))
      : sql`(${sql.join(
          c.alternatives.map((a) => has(a.column, a.token, a.isPrefix === true)),
          sql` or `,
        )})`,
  );
  return sql<boolean>`(${sql.join(each, sql` and `)})`;
}

/** 0 for an entry (`se`) that meets the plan exactly, 1 for one that meets it only loosely. */
const looseness = (plan: MatchPlan): RawBuilder<number> =>
  plan.hasLoose ? sql<number>`case when ${meets(exactOnly(plan))} then 0 else 1 end` : sql<number>`0`;

/** The position of a hit in the order of hits: where the next page starts after it. */
export const keyOf = (row: PageRow): CursorKey => ({
  tier: Number(row.tier),
  rank: Number(row.kr),
  entry: Number(row.entry_id),
});

/** An entry the search's first statement read, the first entries found in the index's order. */
export interface FirstFound {
  entry: number;
  /** 1 when it met the query only loosely. */
  loose: number;
}

/**
 * Whether a segment surely holds nothing the query meets: every entry found up to the last one read came first,
 * and the index's order is the segments' one after the other, so a segment wholly before it holds only those.
 */
function isKnownEmpty(segment: Segment, first: readonly FirstFound[]): boolean {
  const last = first.at(-1)?.entry;
  const range = segment.match.ranges?.[0];
  if (last === undefined || range === undefined || range.to - 1 > last) return false;
  const loose = segment.tier % 2;
  return !first.some((f) => f.entry >= range.from && f.entry < range.to && f.loose === loose);
}

/**
 * Whether the records the search's first statement ranked are the page up to a hit of theirs (`last`): when every
 * segment before that hit's in the order of hits lies wholly among the entries it read (the first in the index's
 * order, so those segments hold no others), and the hit's own segment is read up to it, every hit up to it is one
 * of theirs, with the best entry of its record. A page of phrases in documents' pages, or of one kind's text, is
 * then the first statement's, with no segment read again.
 */
export function isRankedByFirst(
  plan: MatchPlan,
  kinds: readonly SearchKind[] | undefined,
  first: readonly FirstFound[],
  last: CursorKey,
): boolean {
  const read = first.at(-1)?.entry;
  if (read === undefined || last.entry > read) return false;
  for (const segment of segmentsOf(plan, kinds)) {
    if (segment.tier === last.tier && segment.rank === last.rank) return true;
    const range = segment.match.ranges?.[0];
    if (range === undefined || range.to - 1 > read) return false;
  }
  return false;
}

/**
 * A page of a broad search, read segment by segment from the cursor: each segment's entries in order, those
 * the reader may see and the filters pass, each the first of its record in the order of hits.
 */
export async function streamedPage(
  db: Kysely<Database>,
  engine: SearchTextEngine,
  bounds: SearchBounds,
  plan: MatchPlan,
  query: SearchQuery,
  scope: ReadScope,
  limit: number,
  after: CursorKey | undefined,
  first: readonly FirstFound[],
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
    if (isKnownEmpty(segment, first)) continue;
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
      const later = await foundEarlier(db, segment, fresh, plan, scope);
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
  db: Kysely<Database>,
  segment: Segment,
  candidates: readonly Candidate[],
  plan: MatchPlan,
  scope: ReadScope,
): Promise<Set<number>> {
  const later = new Set<number>();
  if (candidates.length === 0) return later;
  // The records' other entries that meet the plan, each with its tier.
  const others = await db
    .selectFrom('search_entries as se')
    .select(['se.entry_id', 'se.record_id', 'se.is_name', looseness(plan).as('loose')])
    .where('se.kind', '=', segment.kind)
    .where(
      'se.record_id',
      'in',
      candidates.map((c) => c.record_id),
    )
    .where(searchVisible('se', scope))
    .where(meets(plan.clauses))
    .execute();
  for (const c of candidates) {
    for (const o of others) {
      const id = Number(o.entry_id);
      if (o.record_id !== c.record_id || id === Number(c.entry_id)) continue;
      const tier = (Number(o.is_name) === 1 ? 0 : 2) + Number(o.loose);
      if (tier < segment.tier || (tier === segment.tier && id < Number(c.entry_id)))
        later.add(Number(c.entry_id));
    }
  }
  return later;
}

/** For a page's document hits found in a page's text, how many of the document's pages the query finds. */
export async function countPagesFound(
  db: Kysely<Database>,
  rows: PageRow[],
  entries: ReadonlyMap<number, EntryRow>,
  plan: MatchPlan,
  scope: ReadScope,
): Promise<void> {
  // Every document found by a page, with the pages the query finds counted in one query.
  const found = rows.filter(
    (row) => pageOfField(entries.get(Number(row.entry_id))?.field ?? '') !== undefined,
  );
  if (found.length === 0) return;
  const counted = await db
    .selectFrom('search_entries as se')
    .select(['se.record_id', (eb) => eb.fn.countAll<number | string>().as('n')])
    .where('se.kind', '=', 'source')
    .where(
      'se.record_id',
      'in',
      found.map((row) => row.record_id),
    )
    .where('se.field', 'like', `${PAGE_PREFIX}%`)
    .where(searchVisible('se', scope))
    .where(meets(plan.clauses))
    .groupBy('se.record_id')
    .execute();
  for (const row of found) row.pages = Number(counted.find((c) => c.record_id === row.record_id)?.n ?? 0);
}
