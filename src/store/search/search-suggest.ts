import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { NameFolder } from '../../core/names/name-folding.ts';
import type { ReadScope } from '../../core/ports.ts';
import type { Clause, MatchPlan } from '../../core/search/search-query.ts';
import { exactOnly, planQuery } from '../../core/search/search-query.ts';
import {
  SEARCH_KINDS,
  type SearchKind,
  type SimilarPerson,
  type Suggestion,
} from '../../core/search/search.ts';
import { exactTerm, normalWords } from '../../core/search/search-text.ts';
import type { Database } from '../schema.ts';
import { searchVisible } from './search-scope.ts';
import { rangesOf, segmentRange } from './search-segments.ts';
import { matchedEntries, type SearchTextEngine } from './search-text-sql.ts';

/** Name entries a suggestion or a look for the same person reads at most, in the index's order. */
const NAMES_READ = 500;

/**
 * Suggestions as the reader types: records whose name or title has each word typed, the last one as the start
 * of a word (by its letters, or by its name key: "Мам" suggests "Mamay"); of the given kinds only, when given.
 */
export async function suggestOver(
  db: Kysely<Database>,
  engine: SearchTextEngine,
  folder: NameFolder,
  text: string,
  limit: number,
  scope: ReadScope,
  kinds?: readonly SearchKind[],
): Promise<Suggestion[]> {
  const words = normalWords(text);
  if (words.length === 0) return [];
  const clauses: Clause[] = words.map((word, i) => {
    const isPrefix = i === words.length - 1;
    const keys = folder
      .foldWord(word)
      .map(exactTerm)
      .filter((t) => t.length > 2);
    return {
      alternatives: [
        { column: 'words', token: word, isPrefix },
        ...keys.map((token) => ({ column: 'terms' as const, token, isPrefix })),
      ],
    };
  });
  const plan: MatchPlan = { clauses, hasLoose: false, marks: { words: new Set(), terms: new Set() } };
  // Names only (of the kinds asked for), the first of them in the index's order: a letter or two typed finds
  // names by the hundred thousand, and the shortest of the first ones are suggested.
  const names = rangesOf(kinds === undefined || kinds.length === 0 ? SEARCH_KINDS : kinds, true);
  const { rows } = await sql<{ kind: string; record_id: string; title: string }>`
    with m as (${matchedEntries(engine, plan, NAMES_READ, names)})
    select sr.kind, sr.record_id, min(sr.title) as title
    from m join search_entries se on se.entry_id = m.entry_id
      join search_records sr on sr.kind = se.kind and sr.record_id = se.record_id
    where ${searchVisible('se', scope)} and ${searchVisible('sr', scope)}
    group by sr.kind, sr.record_id
    order by length(min(sr.title)), min(sr.title), sr.record_id
    limit ${limit}`.execute(db);
  return rows.map((r) => ({ kind: r.kind as SearchKind, id: r.record_id, label: r.title }));
}

/** Persons the reader may see one of whose names folds like one of these (exact or by loose keys only). */
export async function similarPersonsOver(
  db: Kysely<Database>,
  engine: SearchTextEngine,
  folder: NameFolder,
  names: readonly string[],
  scope: ReadScope,
): Promise<SimilarPerson[]> {
  const best = new Map<string, number>();
  for (const name of names) {
    const plan = planQuery(folder, name);
    if (plan.clauses.length === 0) continue;
    const { rows } = await sql<{ record_id: string; loose: number }>`
      with m as (${sameNameEntries(engine, plan)})
      select se.record_id, min(m.loose) as loose
      from m join search_entries se on se.entry_id = m.entry_id
      where se.kind = 'person' and se.field = 'names' and ${searchVisible('se', scope)}
      group by se.record_id
      limit 100`.execute(db);
    for (const row of rows)
      best.set(row.record_id, Math.min(best.get(row.record_id) ?? 1, Number(row.loose)));
  }
  if (best.size === 0) return [];
  const ids = [...best.keys()];
  const written = await db
    .selectFrom('search_entries as se')
    .select(['se.record_id', 'se.text'])
    .where('se.kind', '=', 'person')
    .where('se.field', '=', 'names')
    .where('se.record_id', 'in', ids)
    .where(searchVisible('se', scope))
    .orderBy('se.entry_id')
    .execute();
  const namesOf = new Map<string, string[]>();
  for (const row of written) namesOf.set(row.record_id, [...(namesOf.get(row.record_id) ?? []), row.text]);
  return ids
    .map((id): SimilarPerson => ({
      id,
      names: namesOf.get(id) ?? [],
      match: best.get(id) === 0 ? 'exact' : 'loose',
    }))
    .sort((a, b) => (a.match === b.match ? a.id.localeCompare(b.id) : a.match === 'exact' ? -1 : 1));
}

/**
 * Persons' name entries meeting a name: the first exact ones, then the first met only loosely, each read to the
 * bound on its own, so a common name's loose matches never hide a person of the very same name.
 */
function sameNameEntries(
  engine: SearchTextEngine,
  plan: MatchPlan,
): RawBuilder<{ entry_id: number; loose: number }> {
  const ranges = [segmentRange('person', true)];
  const exact = exactOnly(plan);
  const same = engine.entries({ clauses: exact, ranges }, NAMES_READ);
  if (!plan.hasLoose) return sql`select entry_id, 0 as loose from (${same}) x`;
  const alike = engine.entries({ clauses: plan.clauses, ranges, without: exact }, NAMES_READ);
  return sql`select entry_id, 0 as loose from (${same}) x union all select entry_id, 1 as loose from (${alike}) l`;
}
