import { SimilarPersons } from '../../search/components/similar-persons.tsx';
import { TextField } from './fields.tsx';
import { NamesFields } from './names-fields.tsx';
import { PartialDateInput } from './partial-date-input.tsx';

/** A person: every written name with its script, language, kind and parts; birth date; occupation. */
export function PersonFields() {
  return (
    <>
      <NamesFields hasParts />
      <SimilarPersons />
      <PartialDateInput name="birthDate" label="forms.field.person.birthDate" />
      <TextField name="occupation" label="forms.field.person.occupation" />
      <TextField name="description" label="forms.field.person.description" multiline />
    </>
  );
}
