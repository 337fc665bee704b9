import { useFieldArray, useFormContext } from 'react-hook-form';
import { FormattedMessage, useIntl } from 'react-intl';
import { NameKindSchema, ROMANISATION_SCHEMES, ScriptSchema } from '../../../../../src/core/common/names.ts';
import { CheckboxField, FieldGroup, SelectField, TextField } from './fields.tsx';
import { NameWritingFollower } from './name-writing.tsx';
import { SourcesFields } from './sources-fields.tsx';

/**
 * Every written form of a name (a person's or an organisation's), each with its script, language and kind, and
 * for a person its parts: a name in Cyrillic, its official Latin form and a transliteration side by side. Each
 * says which romanisation it follows (one the name folding knows, or any other in words), whether it is the
 * preferred form, a note, and the sources that give it. A new name's script, language and kind follow the letters
 * typed until the user sets them.
 */
export function NamesFields({ hasParts }: { hasParts: boolean }) {
  const intl = useIntl();
  const { control } = useFormContext();
  const schemes = ROMANISATION_SCHEMES.map((value) => ({
    value,
    label: intl.formatMessage({ id: `forms.nameScheme.${value}` }),
  }));
  const names = useFieldArray({ control, name: 'names' });
  return (
    <FieldGroup legend="forms.person.names">
      {names.fields.map((field, i) => (
        <div key={field.id} className="row" data-name-row={i}>
          <TextField name={`names.${i}.value`} label="forms.person.name" />
          <NameWritingFollower index={i} latinKind={hasParts ? 'transliteration' : 'translation'} />
          <SelectField
            name={`names.${i}.script`}
            label="forms.person.script"
            options={ScriptSchema.options}
            messages="forms.script"
          />
          <TextField name={`names.${i}.language`} label="forms.person.language" />
          <SelectField
            name={`names.${i}.kind`}
            label="forms.person.nameKind"
            options={NameKindSchema.options}
            messages="forms.nameKind"
          />
          <TextField name={`names.${i}.scheme`} label="forms.person.scheme" suggestions={schemes} />
          <CheckboxField name={`names.${i}.isPreferred`} label="forms.person.isPreferred" isOmittedWhenOff />
          {hasParts && (
            <>
              <TextField name={`names.${i}.parts.family`} label="forms.person.family" />
              <TextField name={`names.${i}.parts.given`} label="forms.person.given" />
              <TextField name={`names.${i}.parts.patronymic`} label="forms.person.patronymic" />
            </>
          )}
          <TextField name={`names.${i}.note`} label="forms.person.nameNote" />
          <SourcesFields name={`names.${i}.sources`} />
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
    </FieldGroup>
  );
}
