import { useFieldArray, useFormContext } from 'react-hook-form';
import { FormattedMessage } from 'react-intl';
import { SimilarPersons } from '../../search/components/similar-persons.tsx';
import { FieldGroup, SelectField, TextField } from './fields.tsx';
import { PartialDateInput } from './partial-date-input.tsx';

const SCRIPTS = ['Cyrl', 'Latn', 'Arab', 'Zyyy'] as const;
const NAME_KINDS = [
  'native',
  'official_latin',
  'transliteration',
  'translation',
  'alias',
  'former',
  'abbreviation',
] as const;

/** A person: every written name with its script, language, kind and parts; birth date; occupation. */
export function PersonFields() {
  const { control } = useFormContext();
  const names = useFieldArray({ control, name: 'names' });
  return (
    <>
      <FieldGroup legend="forms.person.names">
        {names.fields.map((field, i) => (
          <div key={field.id} className="row" data-name-row={i}>
            <TextField name={`names.${i}.value`} label="forms.person.name" />
            <SelectField name={`names.${i}.script`} label="forms.person.script" options={SCRIPTS} />
            <TextField name={`names.${i}.language`} label="forms.person.language" />
            <SelectField
              name={`names.${i}.kind`}
              label="forms.person.nameKind"
              options={NAME_KINDS}
              messages="forms.nameKind"
            />
            <TextField name={`names.${i}.parts.family`} label="forms.person.family" />
            <TextField name={`names.${i}.parts.given`} label="forms.person.given" />
            <TextField name={`names.${i}.parts.patronymic`} label="forms.person.patronymic" />
            {names.fields.length > 1 && (
              <button type="button" className="link-button" onClick={() => names.remove(i)}>
                <FormattedMessage id="forms.remove" />
              </button>
            )}
          </div>
        ))}
        <button
          type="button"
          className="link-button"
          onClick={() => names.append({ value: '', script: 'Latn', language: 'en', kind: 'transliteration' })}
        >
          <FormattedMessage id="forms.person.addName" />
        </button>
        <SimilarPersons />
      </FieldGroup>
      <PartialDateInput name="birthDate" label="forms.field.person.birthDate" />
      <TextField name="occupation" label="forms.field.person.occupation" />
      <TextField name="description" label="forms.field.person.description" multiline />
    </>
  );
}
