import { FormattedMessage } from 'react-intl';
import { confidentialFields, type PolicyKind } from '../../../../../src/core/access/field-policy.ts';
import { FieldGroup, SelectField } from './fields.tsx';
import { ReadersField } from './readers-field.tsx';

const VISIBILITIES = ['public', 'internal', 'restricted'] as const;

/** Who may see the record, and each field its kind lets have its own visibility (never more open than the record). */
export function VisibilityFields({ kind }: { kind: PolicyKind }) {
  const fields = confidentialFields(kind);
  return (
    <div className="visibility-fields">
      <FieldGroup legend="forms.visibility">
        <SelectField
          name="visibility"
          label="forms.visibility.record"
          options={VISIBILITIES}
          messages="forms.visibility"
        />
        <ReadersField />
        {fields.length > 0 && (
          <p className="hint">
            <FormattedMessage id="forms.visibility.fieldsHint" />
          </p>
        )}
        {fields.map((field) => (
          <SelectField
            key={field}
            name={`fieldVisibility.${field}`}
            label={`forms.field.${kind}.${field}`}
            options={VISIBILITIES}
            messages="forms.visibility"
            allowEmpty
            heardBefore="forms.visibility.of"
          />
        ))}
      </FieldGroup>
    </div>
  );
}
