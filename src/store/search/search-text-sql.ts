import { sql, type RawBuilder } from 'kysely';
import type { Clause, MatchPlan } from '../../core/search/search-query.ts';
import { exactOnly } from '../../core/search/search-query.ts';

/**
 * The full-text part of a provider: the entries that meet a plan's clauses, each with `loose` 1 when only a
 * loose key met it (0 when it met the plan exactly). Everything else (scope, ranking, facets, paging) is the
 * same SQL on both databases (search-index.ts).
 */
export interface SearchTextEngine {
  matched(plan: MatchPlan): RawBuilder<{ entry_id: number; loose: number }>;
}

/** FTS5 over the `search_fts` table (its columns `words` and `terms`), kept by triggers on search_entries. */
export const FTS5_ENGINE: SearchTextEngine = {
  matched(plan) {
    const query = fts5(plan.clauses);
    const loose = plan.hasLoose
      ? sql`case when rowid in (select rowid from search_fts where search_fts match ${fts5(exactOnly(plan))}) then 0 else 1 end`
      : sql`0`;
    return sql`select rowid as entry_id, ${loose} as loose from search_fts where search_fts match ${query}`;
  },
};

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
  matched(plan) {
    const query = tsquery(plan.clauses);
    const loose = plan.hasLoose
      ? sql`case when doc @@ ${tsquery(exactOnly(plan))}::tsquery then 0 else 1 end`
      : sql`0`;
    return sql`select entry_id, ${loose} as loose from search_entries where doc @@ ${query}::tsquery`;
  },
};

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
