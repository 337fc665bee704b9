// Countries by their two-letter codes (ISO 3166) and by their names in a language, as the runtime's Intl names them:
// one list for the interface that offers them while a code is typed and for the drafting that reads "in Kazakhstan".

// Codes ISO 3166 leaves for private use or that name no country (a union, the unknown region, Outlying Oceania).
const NOT_COUNTRIES = /^(AA|Q[M-Z]|X[A-JL-Z]|ZZ|EU|EZ|UN|QO)$/;

const byLanguage = new Map<string, readonly { code: string; name: string }[]>();

/** Every country the runtime can name in `language`, as a lower-case code ('kz') and its name, in code order. */
export function countryNames(language: string): readonly { code: string; name: string }[] {
  const held = byLanguage.get(language);
  if (held !== undefined) return held;
  const names = new Intl.DisplayNames([language], { type: 'region', fallback: 'none' });
  const found: { code: string; name: string }[] = [];
  for (let a = 65; a <= 90; a++)
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b);
      if (NOT_COUNTRIES.test(code)) continue;
      const name = names.of(code);
      if (name !== undefined && name !== code) found.push({ code: code.toLowerCase(), name });
    }
  byLanguage.set(language, found);
  return found;
}

/**
 * The code of the one country named `name` (any case) in one of `languages`, tried in turn; undefined where none is,
 * or where a language names several so.
 */
export function countryNamed(name: string, languages: readonly string[]): string | undefined {
  for (const language of languages) {
    const folded = name.trim().toLocaleLowerCase(language);
    const found = countryNames(language).filter((c) => c.name.toLocaleLowerCase(language) === folded);
    if (found.length === 1) return found[0]?.code;
  }
  return undefined;
}
