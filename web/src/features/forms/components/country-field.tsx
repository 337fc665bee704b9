import { useIntl } from 'react-intl';
import { countrySuggestions } from '../../../lib/regions.ts';
import { TextField } from './fields.tsx';

/** A country's two-letter code, with every country offered by its name in the reader's language while typing. */
export function CountryField({ name, label = 'forms.person.country' }: { name: string; label?: string }) {
  const { locale } = useIntl();
  return <TextField name={name} label={label} suggestions={countrySuggestions(locale)} />;
}
