import { sql, type RawBuilder } from 'kysely';
import type { Clause, MatchPlan } from '../../core/search/search-query.ts';
import { exactOnly } from '../../core/search/search-query.ts';

/** Clauses an entry must meet, and optionally ones it must not (what an exact match meets, for a loose tier). */
export interface TextMatch {
  clauses: readonly Clause[];
  /** Segments' terms, one of which the entry carries (search-text.ts `segmentTerm`). */
  segments?: readonly string[];
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
  /** Of these entries (a few hundred at most), those meeting a match: each looked up by its id. */
  among(match: TextMatch, ids: readonly number[]): RawBuilder<{ entry_id: number }>;
}

/**
 * The entries meeting a plan, the first `bound` of them in order (all when not given), of some segments only when
 * given, each with `loose` 1 when only a loose key met it. The exact ones are read to the same bound: they are among the plan's, so every exact
 * one before the plan's last is within it.
 */
export function matchedEntries(
  engine: SearchTextEngine,
  plan: MatchPlan,
  bound?: number,
  segments?: readonly string[],
): RawBuilder<{ entry_id: number; loose: number }> {
  const within = segments === undefined ? {} : { segments };
  const all = engine.entries({ clauses: plan.clauses, ...within }, bound);
  if (!plan.hasLoose) return sql`select entry_id, 0 as loose from (${all}) a`;
  const exact = engine.entries({ clauses: exactOnly(plan), ...within }, bound);
  return sql`select entry_id, case when entry_id in (select entry_id from (${exact}) x) then 0 else 1 end as loose
    from (${all}) a`;
}

/** FTS5 over the `search_fts` table (its columns `words` and `terms`), kept by triggers on search_entries. */
export const FTS5_ENGINE: SearchTextEngine = {
  entries(match, limit, after) {
    return sql`select rowid as entry_id from search_fts where search_fts match ${fts5Match(match)}
      ${after === undefined ? sql`` : sql`and rowid > ${after}`}
      ${limit === undefined ? sql`` : sql`order by rowid limit ${limit}`}`;
  },
  among(match, ids) {
    // FTS5 looks one rowid up directly, but reads the whole match to test a list of them: each is asked on its
    // own. The rowid is written as an integer literal: bound as a JavaScript number it arrives as a real, and
    // FTS5 then ignores the equality and gives every entry that meets the match.
    const query = fts5Match(match);
    return sql.join(
      ids.map(
        (id) =>
          sql`select rowid as entry_id from search_fts where search_fts match ${query} and rowid = ${sql.lit(wholeId(id))}`,
      ),
      sql` union all `,
    );
  },
};

/** An entry's id, checked to be a whole number before it is written into a statement. */
function wholeId(id: number): number {
  if (!Number.isSafeInteger(id)) throw new Error(`an entry id is a whole number, not ${String(id)}`);
  return id;
}

function fts5Match(match: TextMatch): string {
  let query = fts5(match.clauses);
  if (match.segments !== undefined)
    query = `(${query}) AND (${match.segments.map((t) => `terms : "${t}"`).join(' OR ')})`;
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
    return sql`select entry_id from search_entries where doc @@ ${tsqueryMatch(match)}::tsquery
      ${after === undefined ? sql`` : sql`and entry_id > ${after}`}
      ${limit === undefined ? sql`` : sql`order by entry_id limit ${limit}`}`;
  },
  among(match, ids) {
    return sql`select entry_id from search_entries where entry_id in (${sql.join(ids)})
      and doc @@ ${tsqueryMatch(match)}::tsquery`;
  },
};

function tsqueryMatch(match: TextMatch): string {
  let query = tsquery(match.clauses);
  if (match.segments !== undefined)
    query = `(${query}) & (${match.segments.map((t) => `'${t}':A`).join(' | ')})`;
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
