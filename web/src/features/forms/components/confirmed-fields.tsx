import { FormattedMessage } from 'react-intl';
import { FieldGroup, TextField } from './fields.tsx';
import { PartialDateInput } from './partial-date-input.tsx';
import { SourcesFields } from './sources-fields.tsx';

/**
 * When a record's information was last confirmed (a case's, or one participant's), with a note and the sources
 * that confirm it: past that day the facts say what was last known. Left empty, nothing is recorded.
 */
export function ConfirmedFields({ name, legend }: { name: string; legend: string }) {
  return (
    <FieldGroup legend={legend}>
      <p className="hint">
        <FormattedMessage id="forms.confirmed.hint" />
      </p>
      <PartialDateInput name={`${name}.on`} label="forms.confirmed.on" />
      <TextField name={`${name}.note`} label="forms.confirmed.note" />
      <SourcesFields name={`${name}.sources`} />
    </FieldGroup>
  );
}
