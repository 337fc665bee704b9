import type { NameFolder } from '../names/name-folding.ts';
import {
  articleTerms,
  exactTerm,
  findCitations,
  looseTerm,
  normalWord,
  normalWords,
  withoutCodeWords,
} from './search-text.ts';

/** One way a clause may be met: a token in the entry's words or in its terms, whole or as a prefix. */
export interface Alternative {
  column: 'words' | 'terms';
  token: string;
  isPrefix?: boolean;
  /** Met only by a loose key: the entry then ranks as a loose match. */
  isLoose?: boolean;
}

/** What an entry must meet: one of some alternatives, or a phrase of words in order. */
export type Clause = { alternatives: Alternative[] } | { phrase: string[] };

/** A query as the providers match it: every clause met by one entry (a name, a title, one field's text). */
export interface MatchPlan {
  clauses: Clause[];
  /** Whether some clause can be met loosely: else every match is exact, and one query says so. */
  hasLoose: boolean;
  /** The words and terms that mark a snippet's hits. */
  marks: { words: Set<string>; terms: Set<string> };
}

/** The clauses of a query: quoted phrases, citations in any form, and each other word by its words and keys. */
export function planQuery(folder: NameFolder, text: string): MatchPlan {
  const clauses: Clause[] = [];
  const marks = { words: new Set<string>(), terms: new Set<string>() };
  let hasLoose = false;
  const unquoted = text.replace(/["«“„]([^"»”“]*)["»”“]/g, (_all, phrase: string) => {
    const words = normalWords(phrase);
    if (words.length > 1) clauses.push({ phrase: words });
    else if (words.length === 1) clauses.push({ alternatives: [{ column: 'words', token: words[0] ?? '' }] });
    for (const w of words) marks.words.add(w);
    return ' ';
  });
  const { citations, rest } = findCitations(unquoted);
  for (const citation of citations) {
    const term = articleTerms(citation).at(-1) ?? '';
    clauses.push({ alternatives: [{ column: 'terms', token: term }] });
    for (const t of articleTerms(citation)) marks.terms.add(t);
  }
  let raw: string[] = rest.match(/[\p{L}\p{M}\p{N}'’.]+/gu) ?? [];
  if (citations.length > 0) raw = withoutCodeWords(raw);
  for (const word of raw) {
    const normal = normalWord(word);
    if (normal === undefined) continue;
    const alternatives: Alternative[] = [{ column: 'words', token: normal }];
    marks.words.add(normal);
    if (/^\d/.test(normal)) {
      const number = normal.match(/^\d{1,4}/)?.[0] ?? normal;
      const terms = articleTerms({ article: number });
      alternatives.push(...terms.map((t) => ({ column: 'terms' as const, token: t })));
      for (const t of terms) marks.terms.add(t);
    }
    // A word with a lost space (ТургумбаевЕрлан) folds to several: each must be met, as if written apart;
    // the whole word is still met where it is written so.
    const folds = folder.fold(word);
    if (folds.length === 0) clauses.push({ alternatives: dedupe(alternatives) });
    for (const folded of folds) {
      const own = [...alternatives];
      for (const key of folded.keys) {
        const token = exactTerm(key);
        if (token.length > 1) own.push({ column: 'terms', token, isPrefix: folded.isInitial });
        marks.terms.add(token);
      }
      for (const key of folded.looseKeys) {
        const token = looseTerm(key);
        if (token.length <= 1) continue;
        own.push({ column: 'terms', token, isLoose: true });
        marks.terms.add(token);
        hasLoose = true;
      }
      clauses.push({ alternatives: dedupe(own) });
    }
  }
  return { clauses, hasLoose, marks };
}

function dedupe(alternatives: Alternative[]): Alternative[] {
  const seen = new Set<string>();
  return alternatives.filter((a) => {
    const key = `${a.column}:${a.token}:${a.isPrefix === true}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The plan without its loose alternatives: what an exact match must meet. */
export function exactOnly(plan: MatchPlan): Clause[] {
  return plan.clauses.map((c) =>
    'phrase' in c ? c : { alternatives: c.alternatives.filter((a) => a.isLoose !== true) },
  );
}
