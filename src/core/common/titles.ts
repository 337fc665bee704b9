/** Words by language (en, ru, kk…), some of which a source may lack. */
export type LanguageTitles = Readonly<Record<string, string | undefined>>;

/** The title in the language asked for, else English, else the first the titles give; undefined when none. */
export function titleIn(titles: LanguageTitles | undefined, language: string): string | undefined {
  if (titles === undefined) return undefined;
  return titles[language] ?? titles['en'] ?? Object.values(titles).find((t) => t !== undefined);
}

/** The titles that are given, as a plain record for an answer (a language without words left out). */
export function givenTitles(titles: LanguageTitles): Record<string, string> {
  return Object.fromEntries(Object.entries(titles).filter((e): e is [string, string] => e[1] !== undefined));
}
