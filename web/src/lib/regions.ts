import type { IntlShape } from 'react-intl';

/** A country or a jurisdiction's code ('kz') by its name in the reader's language, else as it is written. */
export function regionName(intl: IntlShape, code: string): string {
  try {
    return new Intl.DisplayNames([intl.locale], { type: 'region' }).of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}

// Codes ISO 3166 leaves for private use or that name no country (a union, the unknown region, Outlying Oceania).
const NOT_COUNTRIES = /^(AA|Q[M-Z]|X[A-JL-Z]|ZZ|EU|EZ|UN|QO)$/;

const cache = new Map<string, readonly { value: string; label: string }[]>();

/**
 * Every country the reader's browser can name, as a lower-case code ('kz', as records write them) and its name in
 * the reader's language, in the order of those names: offered while a country's code is typed, so that typing
 * "Kaz" or "Каз" finds it.
 */
export function countrySuggestions(locale: string): readonly { value: string; label: string }[] {
  const held = cache.get(locale);
  if (held !== undefined) return held;
  const names = new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' });
  const found: { value: string; label: string }[] = [];
  for (let a = 65; a <= 90; a++)
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b);
      if (NOT_COUNTRIES.test(code)) continue;
      const label = names.of(code);
      if (label !== undefined && label !== code) found.push({ value: code.toLowerCase(), label });
    }
  found.sort((x, y) => x.label.localeCompare(y.label, locale));
  cache.set(locale, found);
  return found;
}

/**
 * The lower-case code of the country a box holds, whether typed as its code ("KZ") or as its name in the reader's
 * language or in English ("Kazakhstan", "казахстан"); undefined where it names no one country.
 */
export function countryCodeOf(locale: string, typed: string): string | undefined {
  const text = typed.trim();
  if (/^[A-Za-z]{2}$/.test(text)) return text.toLowerCase();
  if (text === '') return undefined;
  const folded = text.toLocaleLowerCase(locale);
  for (const language of [locale, 'en']) {
    const found = countrySuggestions(language).filter((c) => c.label.toLocaleLowerCase(language) === folded);
    if (found.length === 1) return found[0]?.value;
  }
  return undefined;
}
