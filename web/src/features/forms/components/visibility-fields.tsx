import { useWatch } from 'react-hook-form';
import { FormattedMessage, useIntl } from 'react-intl';
import { confidentialFields, type PolicyKind } from '../../../../../src/core/access/field-policy.ts';
import { FieldGroup, FoldedGroup, SelectField } from './fields.tsx';
import { ReadersField } from './readers-field.tsx';

// In the order the form of one source gives them too: the default first, then the narrower, then the widest.
const VISIBILITIES = ['internal', 'restricted', 'public'] as const;

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
        {fields.length > 0 && <FieldVisibilities kind={kind} fields={fields} />}
      </FieldGroup>
    </div>
  );
}

/**
 * Each field's own visibility, folded under what is set ("Contact details: restricted") until opened: most fields
 * follow their record, and a long list of choices left at "—" is read past on every form.
 */
function FieldVisibilities({ kind, fields }: { kind: PolicyKind; fields: readonly string[] }) {
  const intl = useIntl();
  const chosen = (useWatch({ name: 'fieldVisibility' }) ?? {}) as Record<string, string | undefined>;
  const set = fields.filter((field) => (chosen[field] ?? '') !== '');
  const state =
    set.length === 0
      ? intl.formatMessage({ id: 'forms.visibility.fieldsFollow' })
      : set
          .map(
            (field) =>
              `${intl.formatMessage({ id: `forms.field.${kind}.${field}` })}: ${intl.formatMessage({ id: `forms.visibility.${chosen[field] ?? ''}` })}`,
          )
          .join('; ');
  return (
    <FoldedGroup legend="forms.visibility.fields" state={state} isOpenAtFirst={false}>
      <p className="hint">
        <FormattedMessage id="forms.visibility.fieldsHint" />
      </p>
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
    </FoldedGroup>
  );
}
