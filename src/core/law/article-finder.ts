import type { IndexTitles } from './law-index.ts';
import type { LawPack } from './law.ts';

/** An article (or one of its parts) whose title holds the words asked, for a form that finds it by its name. */
export interface FoundArticle {
  code: string;
  article: string;
  part?: string;
  /** The part's titles, else the article's, by language. */
  titles: IndexTitles;
  /** The article's own titles, when a part was found. */
  articleTitles?: IndexTitles;
  /** 'sanctioned' when the law data holds its penalties, 'indexed' when only its title, 'excluded' when the code dropped it. */
  known: 'sanctioned' | 'indexed' | 'excluded';
  /** How many of the words asked its title holds. */
  matched: number;
}

// Words that name no offence, in the languages the law data is written in.
const STOPWORDS = new Set([
  'a',
  'an',
  'and',
  'by',
  'for',
  'in',
  'of',
  'on',
  'or',
  'the',
  'to',
  'with',
  'article',
  'charge',
  'charges',
  'charged',
  'against',
  'и',
  'в',
  'во',
  'на',
  'о',
  'об',
  'по',
  'с',
  'со',
  'или',
  'за',
  'статья',
  'ст',
  'мен',
  'және',
  'бап',
]);

/**
 * A word without the last letters a declension or a spelling changes: all but two letters of a word of seven or
 * more, five of a shorter one, whole below that; the American -iz- read as the British -is- (organizing).
 */
function stemOf(word: string): string {
  const spelt = word.replace(/iz/g, 'is');
  return spelt.slice(0, Math.max(5, spelt.length - 2));
}

/**
 * Two stems stand for one word when one begins the other (insult, insulting; собраний, собрания); a short word
 * only as itself ("law" is not "lawful").
 */
const isSameWord = (a: string, b: string) =>
  a.length < 5 || b.length < 5 ? a === b : a.startsWith(b) || b.startsWith(a);

/** The words of a text, lower-case, without punctuation or words that name nothing. */
function wordsOf(text: string): string[] {
  return text
    .toLowerCase()
    .normalize('NFC')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length >= 2 && !STOPWORDS.has(w));
}

/** The stems of the words of the titles, in every language they are given. */
function stemsOf(titles: readonly (IndexTitles | undefined)[]): string[] {
  return [...new Set(titles.flatMap((t) => Object.values(t ?? {}).flatMap((x) => wordsOf(x).map(stemOf))))];
}

const holds = (stems: readonly string[], stem: string) => stems.some((s) => isSameWord(s, stem));

/** The stems of a text's words as titles are searched by them, in the order written (a stem once). */
export function textStems(text: string): string[] {
  return [...new Set(wordsOf(text).map(stemOf))];
}

/** Whether a text's stems hold a word's: the same word, in another form or spelling. */
export const holdsStem: (stems: readonly string[], stem: string) => boolean = holds;

/** The share of titles a first word may be held by and still pick them alone: rarer than this, it names the act. */
const RARE_ACT = 0.03;

type Candidate = { found: Omit<FoundArticle, 'matched'>; stems: string[] };

// The titles' stems of each pack, read once: a law pack does not change while the process runs.
const CANDIDATES = new WeakMap<LawPack, Candidate[]>();

/** Every article and part a search by title may find, with the stems of its titles. */
function candidatesOf(pack: LawPack): Candidate[] {
  const kept = CANDIDATES.get(pack);
  if (kept !== undefined) return kept;
  const code = pack.criminalCode.code;
  const candidates: Candidate[] = [];
  const sanctioned = new Set<string>();
  const index = pack.codeIndex?.code === code ? pack.codeIndex : undefined;
  // The names sources give an offence besides its title, as titles of their own, for the article and its parts.
  const alsoNamed = new Map(
    (index?.articles ?? []).map((a) => [
      a.article,
      Object.entries(a.alsoNamed ?? {}).flatMap(([language, names]) =>
        names.map((name) => ({ [language]: name })),
      ),
    ]),
  );
  for (const a of pack.criminalCode.articles) {
    sanctioned.add(a.article);
    const aliases = alsoNamed.get(a.article) ?? [];
    candidates.push({
      found: { code, article: a.article, titles: a.titles, known: 'sanctioned' },
      stems: stemsOf([a.titles, ...aliases]),
    });
    for (const p of a.parts) {
      if (p.part === null || p.titles === undefined) continue;
      candidates.push({
        found: {
          code,
          article: a.article,
          part: p.part,
          titles: p.titles,
          articleTitles: a.titles,
          known: 'sanctioned',
        },
        stems: stemsOf([a.titles, p.titles, ...aliases]),
      });
    }
  }
  for (const a of index?.articles ?? []) {
    if (sanctioned.has(a.article) || a.division !== 'special') continue;
    const known = a.excluded ? 'excluded' : 'indexed';
    candidates.push({
      found: { code, article: a.article, titles: a.titles, known },
      stems: stemsOf([a.titles, ...(alsoNamed.get(a.article) ?? [])]),
    });
  }
  CANDIDATES.set(pack, candidates);
  return candidates;
}

/**
 * The articles and parts of a jurisdiction's criminal code whose titles, in any language the law data gives
 * (English, Russian, Kazakh), hold the words asked ("mass riots", "массовые беспорядки", "false information"):
 * each word weighs as rarely as titles hold it (the "insulting" of "insulting law enforcement officers" names an
 * offence; "officers" is in many), and only those holding the first, the act, when few titles do; best first, then those whose penalties the data holds, then by number. Those
 * far behind the best are left out; nothing when no word matches.
 */
export function findArticlesByTitle(pack: LawPack, text: string, limit = 8): FoundArticle[] {
  const asked = [...new Set(wordsOf(text).map(stemOf))].filter((w) => /\p{L}/u.test(w) && w.length >= 3);
  if (asked.length === 0) return [];
  const candidates = candidatesOf(pack);
  const weight = new Map(
    asked.map((w) => {
      const holding = candidates.filter((c) => holds(c.stems, w)).length;
      return [w, holding === 0 ? 0 : Math.log(1 + candidates.length / holding)];
    }),
  );
  // The first word of an offence's name is most often the act ("insulting law enforcement officers", "участие в
  // …"): when few titles hold it, only those are offered, so that a title holding more of the words about whom
  // ("attempt on the life of a law-enforcement officer") does not win over the act.
  const [act = ''] = asked;
  const holdingAct = candidates.filter((c) => holds(c.stems, act)).length;
  const isActRare = holdingAct > 0 && holdingAct <= candidates.length * RARE_ACT;
  const scored = candidates
    .filter((c) => !isActRare || holds(c.stems, act))
    .map((c) => {
      const held = asked.filter((w) => holds(c.stems, w));
      return {
        ...c.found,
        matched: held.length,
        score: held.reduce((sum, w) => sum + (weight.get(w) ?? 0), 0),
      };
    });
  // A part is offered when its own title adds words to its article's; else the article stands for it.
  const wholeScore = new Map(scored.filter((f) => f.part === undefined).map((f) => [f.article, f.score]));
  const kept = scored.filter(
    (f) => f.score > 0 && (f.part === undefined || f.score > (wholeScore.get(f.article) ?? 0)),
  );
  const best = Math.max(0, ...kept.map((f) => f.score));
  const rank = { sanctioned: 0, indexed: 1, excluded: 2 };
  return kept
    .filter((f) => f.score >= best * 0.6)
    .filter(
      (f) =>
        f.part !== undefined ||
        !kept.some((p) => p.article === f.article && p.part !== undefined && p.score >= f.score),
    )
    .sort(
      (x, y) =>
        y.score - x.score ||
        rank[x.known] - rank[y.known] ||
        x.article.localeCompare(y.article, 'en', { numeric: true }) ||
        (x.part ?? '').localeCompare(y.part ?? '', 'en', { numeric: true }),
    )
    .slice(0, limit)
    .map(({ score: _score, ...found }) => found);
}
