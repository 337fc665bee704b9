import { useState } from 'react';
import { useFormContext } from 'react-hook-form';
import { FormattedMessage } from 'react-intl';
import { disputablePaths } from '../lib/disputed-value.ts';
import { recordOfForm } from '../lib/form-record.ts';
import { FieldErrorText, TextField, type Suggestion } from './fields.tsx';
import { ObjectListField } from './object-list-field.tsx';
import { SourcesFields } from './sources-fields.tsx';

/**
 * A record's disputed values, the same on every kind: each names the value's path (chosen from the record's own
 * fields, or typed), the other accounts of it (a value, its sources, a note) and a note. The record keeps the
 * value one source gives; the others are its accounts.
 */
export function DisputesFields() {
  return (
    <ObjectListField
      name="disputes"
      legend="forms.disputes"
      add="forms.disputes.add"
      empty={{ path: '', accounts: [{ value: '', sources: [], note: '' }], note: '' }}
      row={(p) => (
        <>
          <DisputePathField name={`${p}.path`} />
          <p className="hint">
            <FormattedMessage id="forms.disputes.valueHint" />
          </p>
          <ObjectListField
            name={`${p}.accounts`}
            legend="forms.disputes.accounts"
            add="forms.disputes.addAccount"
            empty={{ value: '', sources: [], note: '' }}
            row={(a) => (
              <>
                <TextField name={`${a}.value`} label="forms.disputes.value" />
                <TextField name={`${a}.note`} label="forms.disputes.accountNote" />
                <SourcesFields name={`${a}.sources`} />
              </>
            )}
          />
          <FieldErrorText name={`${p}.accounts`} />
          <TextField name={`${p}.note`} label="forms.disputes.note" />
        </>
      )}
    />
  );
}

/** The path of a disputed value, offering the paths of the record as the form now holds it. */
function DisputePathField({ name }: { name: string }) {
  const { getValues } = useFormContext();
  const pathsNow = () => disputablePaths(recordOfForm(getValues())).map((value): Suggestion => ({ value }));
  const [paths, setPaths] = useState(pathsNow);
  return (
    <>
      <p className="hint">
        <FormattedMessage id="forms.disputes.hint" />
      </p>
      <TextField
        name={name}
        label="forms.disputes.path"
        suggestions={paths}
        onFocus={() => setPaths(pathsNow())}
      />
    </>
  );
}
