import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { Clause, MatchPlan } from '../../core/search/search-query.ts';
import { exactOnly } from '../../core/search/search-query.ts';
import type { Database } from '../schema.ts';
import type { EntryRange } from './search-segments.ts';

/** Clauses an entry must meet, and optionally ones it must not (what an exact match meets, for a loose tier). */
export interface TextMatch {
  clauses: readonly Clause[];
  /** The segments' ranges of entry ids the entry is in, one of them (search-segments.ts); any entry if not given. */
  ranges?: readonly EntryRange[];
  /** An entry meeting all of these is left out. */
  without?: readonly Clause[];
}

/**
 * The full-text part of a provider: which entries meet some clauses, in the entries' order (their ids), read as
 * far as asked. Everything else (scope, ranking, facets, paging) is the same SQL on both databases
 * (search-index.ts).
 */
export interface SearchTextEngine {
  /** The entries meeting a match; with a limit, the first of them in order (after an entry when given). */
  entries(match: TextMatch, limit?: number, after?: number): RawBuilder<{ entry_id: number }>;
  /**
   * Ids for new entries of one segment, inside the writing transaction: each greater than any the segment was
   * given before it (so a segment's entries come in the order they were written), none given twice.
   */
  nextIds(db: Kysely<Database>, range: EntryRange, count: number): Promise<number[]>;
}

/** The ranges a read covers: those of the match, each from past `after`; undefined when the match has none. */
function rangesFrom(match: TextMatch, after: number | undefined): EntryRange[] | undefined {
  if (match.ranges === undefined) return undefined;
  return match.ranges
    .map((r) => ({ from: after === undefined ? r.from : Math.max(r.from, after + 1), to: r.to }))
    .filter((r) => r.from < r.to);
}

/** Ids counted on from a segment's last one; the segment's range is far from ever filling. */
function idsAfter(last: number, range: EntryRange, count: number): number[] {
  const ids = Array.from({ length: count }, (_, i) => last + 1 + i);
  if ((ids.at(-1) ?? range.from) >= range.to) throw new Error('search: a segment has no ids left');
  return ids;
}

/**
 * The entries meeting a plan, the first `bound` of them in order (all when not given), of some segments' ranges
 * only when given, each with `loose` 1 when only a loose key met it. The exact ones are read to the same bound:
 * they are among the plan's, so every exact one before the plan's last is within it.
 */
export function matchedEntries(
  engine: SearchTextEngine,
  plan: MatchPlan,
  bound?: number,
  ranges?: readonly EntryRange[],
): RawBuilder<{ entry_id: number; loose: number }> {
  const within = ranges === undefined ? {} : { ranges };
  const all = engine.entries({ clauses: plan.clauses, ...within }, bound);
  if (!plan.hasLoose) return sql`select entry_id, 0 as loose from (${all}) a`;
  const exact = engine.entries({ clauses: exactOnly(plan), ...within }, bound);
  return sql`select entry_id, case when entry_id in (select entry_id from (${exact}) x) then 0 else 1 end as loose
    from (${all}) a`;
}

/** FTS5 over the `search_fts` table (its columns `words` and `terms`), kept by triggers on search_entries. */
export const FTS5_ENGINE: SearchTextEngine = {
  entries(match, limit, after) {
    const query = fts5Match(match);
    const ordered = limit === undefined ? sql`` : sql`order by rowid limit ${limit}`;
    const ranges = rangesFrom(match, after);
    // Bounds of the rowid are written as integer literals: bound as a JavaScript number, a bound arrives as a real,
    // and FTS5 then reads every entry that meets the match (an equality on the rowid was measured: 2 s for 100).
    if (ranges === undefined)
      return sql`select rowid as entry_id from search_fts where search_fts match ${query}
        ${after === undefined ? sql`` : sql`and rowid > ${sql.lit(wholeId(after))}`} ${ordered}`;
    if (ranges.length === 0) return sql`select rowid as entry_id from search_fts where 0`;
    // FTS5 reads one range of rowids directly: each range is its own read, and their union is in order.
    const reads = ranges.map(
      (
        r,
      ) => sql`select entry_id from (select rowid as entry_id from search_fts where search_fts match ${query}
        and rowid >= ${sql.lit(wholeId(r.from))} and rowid < ${sql.lit(wholeId(r.to))} ${ordered})`,
    );
    if (reads.length === 1) return reads[0] as RawBuilder<{ entry_id: number }>;
    return sql`select entry_id from (${sql.join(reads, sql` union all `)})
      ${limit === undefined ? sql`` : sql`order by entry_id limit ${limit}`}`;
  },
  async nextIds(db, range, count) {
    // One writer at a time on SQLite: the segment's greatest id, read by the rowid's own order, is the last given.
    const { rows } = await sql<{ last: number | null }>`select max(entry_id) as last from search_entries
      where entry_id >= ${sql.lit(wholeId(range.from))} and entry_id < ${sql.lit(wholeId(range.to))}`.execute(
      db,
    );
    return idsAfter(Number(rows[0]?.last ?? range.from - 1), range, count);
  },
};

/** An entry's id, checked to be a whole number before it is written into a statement. */
function wholeId(id: number): number {
  if (!Number.isSafeInteger(id)) throw new Error(`an entry id is a whole number, not ${String(id)}`);
  return id;
}

function fts5Match(match: TextMatch): string {
  let query = fts5(match.clauses);
  if (match.without !== undefined) query = `(${query}) NOT (${fts5(match.without)})`;
  return query;
}

function fts5(clauses: readonly Clause[]): string {
  return clauses
    .map((c) =>
      'phrase' in c
        ? `words : "${c.phrase.join(' ')}"`
        : `(${c.alternatives.map((a) => `${a.column} : "${a.token}"${a.isPrefix === true ? ' *' : ''}`).join(' OR ')})`,
    )
    .join(' AND ');
}

/** PostgreSQL full-text over `search_entries.doc`: the words weighted D, the terms A, matched as such. */
export const TSQUERY_ENGINE: SearchTextEngine = {
  entries(match, limit, after) {
    const ranges = rangesFrom(match, after);
    const within =
      ranges === undefined
        ? after === undefined
          ? sql``
          : sql`and entry_id > ${after}`
        : ranges.length === 0
          ? sql`and false`
          : sql`and (${sql.join(
              ranges.map((r) => sql`entry_id >= ${r.from} and entry_id < ${r.to}`),
              sql` or `,
            )})`;
    return sql`select entry_id from search_entries where doc @@ ${tsqueryMatch(match)}::tsquery ${within}
      ${limit === undefined ? sql`` : sql`order by entry_id limit ${limit}`}`;
  },
  async nextIds(db, range, count) {
    // Writers run side by side on PostgreSQL: the ids come from the entries' sequence (made with the table by
    // 0004), which never gives one twice, placed in the segment's range.
    const { rows } = await sql<{ n: string }>`select nextval('search_entries_entry_id_seq') as n
      from generate_series(1, ${count})`.execute(db);
    const ids = rows.map((r) => range.from + Number(r.n));
    if (ids.some((id) => id >= range.to)) throw new Error('search: a segment has no ids left');
    return ids;
  },
};

function tsqueryMatch(match: TextMatch): string {
  let query = tsquery(match.clauses);
  if (match.without !== undefined) query = `(${query}) & !(${tsquery(match.without)})`;
  return query;
}

function tsquery(clauses: readonly Clause[]): string {
  const lexeme = (token: string, weight: string, isPrefix = false) =>
    `'${token.replace(/'/g, "''")}':${isPrefix ? '*' : ''}${weight}`;
  return clauses
    .map((c) =>
      'phrase' in c
        ? `(${c.phrase.map((w) => lexeme(w, 'D')).join(' <-> ')})`
        : `(${c.alternatives.map((a) => lexeme(a.token, a.column === 'words' ? 'D' : 'A', a.isPrefix)).join(' | ')})`,
    )
    .join(' & ');
}
