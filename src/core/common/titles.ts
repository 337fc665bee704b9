/** Words by language (en, ru, kk…), some of which a source may lack. */
export type LanguageTitles = Readonly<Record<string, string | undefined>>;

/**
 * The languages a reader of a language reads next, before English: a Kazakh reader reads Russian, the other
 * language of Kazakhstan's law and courts, where the law data has no Kazakh words.
 */
const READ_NEXT: Readonly<Record<string, readonly string[]>> = { kk: ['ru'] };

/**
 * The title in the language asked for, else in the one its reader reads next, else English, else the first the
 * titles give; undefined when none.
 */
export function titleIn(titles: LanguageTitles | undefined, language: string): string | undefined {
  if (titles === undefined) return undefined;
  for (const lang of [language, ...(READ_NEXT[language] ?? []), 'en']) {
    const title = titles[lang];
    if (title !== undefined) return title;
  }
  return Object.values(titles).find((t) => t !== undefined);
}

/** The titles that are given, as a plain record for an answer (a language without words left out). */
export function givenTitles(titles: LanguageTitles): Record<string, string> {
  return Object.fromEntries(Object.entries(titles).filter((e): e is [string, string] => e[1] !== undefined));
}
