import type { IntlShape } from 'react-intl';
import { countryNamed, countryNames } from '../../../src/core/common/countries.ts';

/** A country or a jurisdiction's code ('kz') by its name in the reader's language, else as it is written. */
export function regionName(intl: IntlShape, code: string): string {
  try {
    return new Intl.DisplayNames([intl.locale], { type: 'region' }).of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}

const cache = new Map<string, readonly { value: string; label: string }[]>();

/**
 * Every country the reader's browser can name, as a lower-case code ('kz', as records write them) and its name in
 * the reader's language, in the order of those names: offered while a country's code is typed, so that typing
 * "Kaz" or "Каз" finds it.
 */
export function countrySuggestions(locale: string): readonly { value: string; label: string }[] {
  const held = cache.get(locale);
  if (held !== undefined) return held;
  const found = countryNames(locale)
    .map((c) => ({ value: c.code, label: c.name }))
    .sort((x, y) => x.label.localeCompare(y.label, locale));
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
  return text === '' ? undefined : countryNamed(text, [locale, 'en']);
}
