import { useId } from 'react';
import { FormattedMessage } from 'react-intl';
import { useLocale } from '../lib/i18n.tsx';
import { isLocale, LOCALES } from '../lib/locale.ts';

/** Chooses the interface's language; each language is named in itself. */
export function LanguageSwitcher() {
  const { locale, setLocale } = useLocale();
  const id = useId();
  return (
    <div className="language-switcher">
      {/* The languages name themselves: the label is for those who hear the page. */}
      <label htmlFor={id} className="visually-hidden">
        <FormattedMessage id="language.label" />
      </label>
      <select
        id={id}
        value={locale}
        onChange={(e) => {
          if (isLocale(e.target.value)) setLocale(e.target.value);
        }}
      >
        {LOCALES.map((l) => (
          <option key={l} value={l} lang={l}>
            <FormattedMessage id={`language.${l}`} />
          </option>
        ))}
      </select>
    </div>
  );
}
