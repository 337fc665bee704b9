import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { ReadScope } from '../../core/ports.ts';
import { exactOnly, type MatchPlan } from '../../core/search/search-query.ts';
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
export const keyOf = (row: PageRow): CursorKey => ({
  tier: Number(row.tier),
  rank: Number(row.kr),
  entry: Number(row.entry_id),
});

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
      const later = await foundEarlier(db, engine, segment, fresh, plan, scope);
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
  engine: SearchTextEngine,
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
      id !== Number(c.entry_id) && (best < segment.tier || (best === segment.tier && id < Number(c.entry_id)))
    );
  };
  const asked = new Set<number>();
  for (const c of candidates)
    for (const o of others) if (o.record_id === c.record_id && possible(o, c)) asked.add(Number(o.entry_id));
  if (asked.size === 0) return later;
  const tiers = await tiersOf(db, engine, [...asked], plan);
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
async function tiersOf(
  db: Kysely<Database>,
  engine: SearchTextEngine,
  ids: readonly number[],
  plan: MatchPlan,
): Promise<Map<number, number>> {
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
export async function countPagesFound(
  db: Kysely<Database>,
  engine: SearchTextEngine,
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
    db,
    engine,
    pages.map((p) => Number(p.entry_id)),
    plan,
  );
  for (const row of found)
    row.pages = pages.filter((p) => p.record_id === row.record_id && met.has(Number(p.entry_id))).length;
}
