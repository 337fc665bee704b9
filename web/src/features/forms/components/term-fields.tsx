import { FormattedMessage } from 'react-intl';
import { TextField } from './fields.tsx';

const UNITS = ['years', 'months', 'days'] as const;

/** A term in calendar units: years, months and days boxes (any left empty). */
export function TermFields({ name, label }: { name: string; label: string }) {
  return (
    <fieldset className="term" data-field={name}>
      <legend>
        <FormattedMessage id={label} />
      </legend>
      {UNITS.map((unit) => (
        <TextField key={unit} name={`${name}.${unit}`} label={`forms.term.${unit}`} type="number" />
      ))}
    </fieldset>
  );
}
