import { sql, type RawBuilder } from 'kysely';
import type { Clause, MatchPlan } from '../../core/search/search-query.ts';
import { exactOnly } from '../../core/search/search-query.ts';

/** Clauses an entry must meet, and optionally ones it must not (what an exact match meets, for a loose tier). */
export interface TextMatch {
  clauses: readonly Clause[];
  /** A segment's term the entry carries (search-text.ts `segmentTerm`). */
  segment?: string;
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
 * The entries meeting a plan, the first `bound` of them in order (all when not given), each with `loose` 1 when
 * only a loose key met it. The exact ones are read to the same bound: they are among the plan's, so every exact
 * one before the plan's last is within it.
 */
export function matchedEntries(
  engine: SearchTextEngine,
  plan: MatchPlan,
  bound?: number,
): RawBuilder<{ entry_id: number; loose: number }> {
  const all = engine.entries({ clauses: plan.clauses }, bound);
  if (!plan.hasLoose) return sql`select entry_id, 0 as loose from (${all}) a`;
  const exact = engine.entries({ clauses: exactOnly(plan) }, bound);
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
    // FTS5 finds one rowid with a match directly; a list of them it would not: each is asked on its own.
    const query = fts5Match(match);
    return sql.join(
      ids.map(
        (id) =>
          sql`select rowid as entry_id from search_fts where search_fts match ${query} and rowid = ${id}`,
      ),
      sql` union all `,
    );
  },
};

function fts5Match(match: TextMatch): string {
  let query = fts5(match.clauses);
  if (match.segment !== undefined) query = `(${query}) AND terms : "${match.segment}"`;
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
  if (match.segment !== undefined) query = `(${query}) & '${match.segment}':A`;
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
