import type { IndexedArticle } from './law-index.ts';
import type { ArticleRef, LawPack } from './law.ts';

/**
 * How much the law data knows of an article a charge cites: its sanction (criminal-code.json), only its title
 * (the code's index), that the index marks it excluded from the code, or nothing. A charge under any of them
 * imports; what the law data lacks is a warning, never a refusal.
 */
export type ArticleKnowledge =
  | { kind: 'sanctioned' }
  | { kind: 'indexed'; entry: IndexedArticle }
  | { kind: 'excluded'; entry: IndexedArticle }
  | { kind: 'unknown'; reason: 'jurisdiction' | 'code' | 'article' | 'part' };

/** What the packs know of the article; `packs` by jurisdiction code. */
export function articleKnowledge(packs: ReadonlyMap<string, LawPack>, ref: ArticleRef): ArticleKnowledge {
  const pack = packs.get(ref.jurisdiction);
  if (!pack) return { kind: 'unknown', reason: 'jurisdiction' };
  const articles = pack.criminalCode.code === ref.code ? pack.criminalCode : undefined;
  const index = pack.codeIndex?.code === ref.code ? pack.codeIndex : undefined;
  if (!articles && !index) return { kind: 'unknown', reason: 'code' };
  const article = articles?.articles.find((a) => a.article === ref.article);
  if (article) {
    const hasPart = ref.part === undefined || article.parts.some((p) => p.part === ref.part);
    return hasPart ? { kind: 'sanctioned' } : { kind: 'unknown', reason: 'part' };
  }
  const entry = index?.articles.find((a) => a.article === ref.article);
  if (!entry) return { kind: 'unknown', reason: 'article' };
  return entry.excluded ? { kind: 'excluded', entry } : { kind: 'indexed', entry };
}

/** The title of an indexed article for people: English where the index has it, else the first it gives. */
export function indexedTitle(entry: IndexedArticle): string | undefined {
  return entry.titles.en ?? Object.values(entry.titles)[0];
}

/**
 * What the law data lacks about the article, in words, or undefined when it has the sanction: the import's
 * warning and the facts say the same. Each says "penalty unknown", never "no imprisonment".
 */
export function articleKnowledgeGap(ref: ArticleRef, k: ArticleKnowledge): string | undefined {
  switch (k.kind) {
    case 'sanctioned':
      return undefined;
    case 'indexed':
      return "penalty unknown: the law data has the article's title, not its sanction";
    case 'excluded': {
      const by = k.entry.excluded ? ` by ${k.entry.excluded.law}` : '';
      return `the article was excluded from the code${by} (check the date of the act); penalty unknown: not in the law data`;
    }
    case 'unknown': {
      const why = {
        jurisdiction: `no law data for jurisdiction "${ref.jurisdiction}"`,
        code: `no articles of code "${ref.code}" in the law data of ${ref.jurisdiction}`,
        article: 'neither its sanction nor its title',
        part: 'the law data has the article but not this part',
      }[k.reason];
      return `penalty unknown: not in the law data (${why})`;
    }
  }
}
