/** The languages of the interface, each with its catalogue in web/src/locales. */
export const LOCALES = ['en', 'ru', 'kk'] as const;
export type Locale = (typeof LOCALES)[number];

/** True when a string names a language the interface speaks. */
export function isLocale(value: string | null | undefined): value is Locale {
  return LOCALES.includes(value as Locale);
}

/**
 * The language to start in: the one chosen before (saved), else the first the browser prefers that we speak
 * ("ru-RU" → ru), else English.
 */
export function pickLocale(saved: string | null, preferred: readonly string[]): Locale {
  if (isLocale(saved)) return saved;
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLocale(base)) return base;
  }
  return 'en';
}

/** The locale that formats Kazakh where the browser lacks Kazakh's data (intlLocale). */
const KAZAKH_STAND_IN = 'ru-KZ';

/**
 * The interface's language from the locale Intl formats with: what picks a title, a name or a word of the law data
 * in the reader's language. Kazakh, where Russian as used in Kazakhstan formats it, is still Kazakh.
 */
export function languageOf(formatLocale: string): Locale {
  if (formatLocale === KAZAKH_STAND_IN) return 'kk';
  const base = formatLocale.toLowerCase().split('-')[0];
  return isLocale(base) ? base : 'en';
}

/**
 * The locale Intl formats dates, numbers and plurals with: the interface's language as the reader's browser writes
 * it (English as written in Britain, "26 January 2023", for a browser that prefers en-GB), else the language alone.
 * Kazakh where the browser has its data; Debian's Chromium knows the tag but lacks the data (1,000 for 1 000), so
 * there Russian as used in Kazakhstan stands in: the same digit grouping, and the Kazakh catalogue's plurals have
 * the one form that every rule falls back to.
 */
export function intlLocale(locale: Locale, preferred: readonly string[] = []): string {
  if (locale === 'kk') return new Intl.NumberFormat('kk').format(1000) === '1,000' ? KAZAKH_STAND_IN : 'kk';
  const regional = preferred.find((tag) => tag.toLowerCase().split('-')[0] === locale && tag.includes('-'));
  if (regional === undefined) return locale;
  try {
    return Intl.DateTimeFormat.supportedLocalesOf(regional).length > 0 ? regional : locale;
  } catch {
    // A tag the browser gives that Intl cannot read: the language alone.
    return locale;
  }
}
