import type { LawPack } from '../../core/law/law.ts';
import type { CodeKind } from './suggestion.ts';

/** An article of a code we hold, by number, with its titles by language and whether it was excluded. */
export interface HeldArticle {
  article: string;
  titles: Readonly<Record<string, string | undefined>>;
  isExcluded?: boolean;
}

/** A code whose articles we hold: a citation of it is resolved to the article's title. */
export interface HeldCode {
  jurisdiction: string;
  code: CodeKind;
  articles: readonly HeldArticle[];
}

/** An article of a general part that qualifies the article of the offence: an unfinished offence or complicity. */
export interface GeneralPartArticle {
  jurisdiction: string;
  code: CodeKind;
  article: string;
  as: 'unfinished' | 'complicity';
}

/** The law citations are read against: the codes held, their general-part articles, the code to assume. */
export interface CitationLaw {
  codes: readonly HeldCode[];
  generalPart: readonly GeneralPartArticle[];
  /** The code a phrase that names none is taken to cite (a case's jurisdiction); none assumed when absent. */
  assumedCode?: { jurisdiction: string; code: CodeKind };
}

const isCodeKind = (code: string): code is CodeKind => code === 'cc' || code === 'aoc' || code === 'cpc';

/**
 * The citation law of one jurisdiction's pack, as src/store/law-files.ts reads it: the criminal code's articles
 * (the code's index first, for every title; the sanctions file fills in), the administrative code's, and the
 * articles participation.json names as the basis of unfinished offences (24) and complicity (28).
 */
export function citationLawFromPack(pack: LawPack): CitationLaw {
  const jurisdiction = pack.jurisdiction.jurisdiction;
  const byCode = new Map<CodeKind, Map<string, HeldArticle>>();
  const add = (code: string, article: HeldArticle): void => {
    if (!isCodeKind(code)) return;
    const articles = byCode.get(code) ?? new Map<string, HeldArticle>();
    if (!articles.has(article.article)) articles.set(article.article, article);
    byCode.set(code, articles);
  };
  for (const a of pack.codeIndex?.articles ?? [])
    add(pack.codeIndex?.code ?? '', {
      article: a.article,
      titles: a.titles,
      ...(a.excluded ? { isExcluded: true } : {}),
    });
  for (const file of [pack.criminalCode, pack.administrativeCode])
    for (const a of file?.articles ?? []) add(file?.code ?? '', { article: a.article, titles: a.titles });
  const generalPart: GeneralPartArticle[] = [];
  for (const version of pack.participation?.versions ?? []) {
    const rules = [
      ...version.stages.map((r) => ({ r, as: 'unfinished' as const })),
      ...version.roles.map((r) => ({ r, as: 'complicity' as const })),
    ];
    for (const { r, as } of rules) {
      const code = r.basis.code;
      const article = r.basis.article;
      if (!isCodeKind(code) || article === undefined) continue;
      if (!generalPart.some((g) => g.code === code && g.article === article))
        generalPart.push({ jurisdiction, code, article, as });
    }
  }
  return {
    codes: [...byCode].map(([code, articles]) => ({ jurisdiction, code, articles: [...articles.values()] })),
    generalPart,
  };
}

/** The citation law of several jurisdictions together, with the code to assume where a phrase names none. */
export function mergeCitationLaw(
  laws: readonly CitationLaw[],
  assumedCode?: CitationLaw['assumedCode'],
): CitationLaw {
  return {
    codes: laws.flatMap((l) => l.codes),
    generalPart: laws.flatMap((l) => l.generalPart),
    ...(assumedCode ? { assumedCode } : {}),
  };
}
