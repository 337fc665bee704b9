import { useFormContext, useWatch } from 'react-hook-form';
import { useIntl } from 'react-intl';
import { languageOf } from '../../../lib/locale.ts';
import { countryCodeOf } from '../../../lib/regions.ts';
import { useJurisdictions } from '../../lists/api/get-lists.ts';
import { TextField } from './fields.tsx';

/**
 * A jurisdiction's code ("kz"), offered while typing from the law data and the reader's cases, each with its name
 * in the reader's language; another code may still be written (law data is added by jurisdiction).
 */
export function JurisdictionField({ name }: { name: string }) {
  const intl = useIntl();
  const { data = [] } = useJurisdictions();
  const suggestions = data.map((j) => {
    const label = j.names?.[languageOf(intl.locale)] ?? j.names?.['en'];
    return label !== undefined ? { value: j.code, label } : { value: j.code };
  });
  // The code typed, named: "kz" alone reads as a value not yet explained.
  const typed = (useWatch({ name }) as string | undefined)?.trim() ?? '';
  const named = suggestions.find((s) => s.value === typed && 'label' in s);
  // A jurisdiction typed by its name ("Kazakhstan", "Казахстан") becomes its code when the box is left: one of the
  // law data's or the reader's cases by the name offered, else a country by its name.
  const { setValue } = useFormContext();
  const leave = (text: string) => {
    const folded = text.trim().toLocaleLowerCase(intl.locale);
    const offered = suggestions.find(
      (s) => 'label' in s && s.label?.toLocaleLowerCase(intl.locale) === folded,
    );
    const code = offered?.value ?? countryCodeOf(intl.locale, text);
    if (code !== undefined && code !== text) setValue(name, code, { shouldDirty: true });
  };
  // An example in words, not a bare code: a grey "kz" reads as a value already filled in.
  return (
    <>
      <TextField
        name={name}
        label="forms.case.jurisdiction"
        placeholder={intl.formatMessage({ id: 'forms.jurisdiction.example' })}
        suggestions={suggestions}
        onLeave={leave}
      />
      {named !== undefined && 'label' in named && (
        <p className="hint jurisdiction-named" data-jurisdiction-named>
          {named.label}
        </p>
      )}
    </>
  );
}
