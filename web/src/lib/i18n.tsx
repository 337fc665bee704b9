import { createContext, useContext, useEffect, useMemo, type ReactNode } from 'react';
import { IntlProvider } from 'react-intl';
import en from '../locales/en.json';
import kk from '../locales/kk.json';
import ru from '../locales/ru.json';
import { intlLocale, pickLocale, type Locale } from './locale.ts';
import { useStoredChoice } from './stored-choice.ts';

/** Every catalogue, by language: each has the same keys (a test says so). */
export const CATALOGUES: Record<Locale, Record<string, string>> = { en, ru, kk };

const STORAGE_KEY = 'casewatch.locale';

const LocaleContext = createContext<{ locale: Locale; setLocale: (locale: Locale) => void }>({
  locale: 'en',
  setLocale: () => undefined,
});

/** The reader's language and the way to change it, for the language switcher. */
export const useLocale = () => useContext(LocaleContext);

/** Speaks the reader's language: react-intl with the chosen catalogue, and the page's lang attribute to match. */
export function I18nProvider({ children }: { children: ReactNode }) {
  const [locale, setLocale] = useStoredChoice<Locale>(STORAGE_KEY, (kept) =>
    pickLocale(kept, navigator.languages),
  );
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  const value = useMemo(() => ({ locale, setLocale }), [locale, setLocale]);
  return (
    <LocaleContext.Provider value={value}>
      <IntlProvider
        locale={intlLocale(locale, navigator.languages)}
        messages={CATALOGUES[locale]}
        defaultLocale="en"
      >
        {children}
      </IntlProvider>
    </LocaleContext.Provider>
  );
}
