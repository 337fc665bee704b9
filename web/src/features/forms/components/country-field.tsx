import { useFormContext, useWatch } from 'react-hook-form';
import { useIntl } from 'react-intl';
import { countryCodeOf, countrySuggestions, regionName } from '../../../lib/regions.ts';
import { TextField } from './fields.tsx';

/**
 * A country's two-letter code, with every country offered by its name in the reader's language while typing; a
 * name typed in full ("Kazakhstan", "Казахстан") becomes its code when the box is left, and the country the code
 * stands for is named under it.
 */
export function CountryField({ name, label = 'forms.person.country' }: { name: string; label?: string }) {
  const intl = useIntl();
  const { setValue } = useFormContext();
  const value = (useWatch({ name }) as string | undefined) ?? '';
  const leave = (typed: string) => {
    const code = countryCodeOf(intl.locale, typed);
    if (code !== undefined && code !== typed) setValue(name, code, { shouldDirty: true });
  };
  const named = /^[a-z]{2}$/i.test(value.trim()) ? regionName(intl, value.trim()) : undefined;
  return (
    <div className="country-field">
      <TextField name={name} label={label} suggestions={countrySuggestions(intl.locale)} onLeave={leave} />
      {named !== undefined && named.toLowerCase() !== value.trim().toLowerCase() && (
        <p className="hint country-named">{named}</p>
      )}
    </div>
  );
}
