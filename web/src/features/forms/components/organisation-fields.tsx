import {
  OrganisationKindSchema,
  RegistrationStepSchema,
} from '../../../../../src/core/organisation/organisation.ts';
import { SelectField, TextField } from './fields.tsx';
import { NamesFields } from './names-fields.tsx';
import { ObjectListField } from './object-list-field.tsx';
import { PartialDateInput } from './partial-date-input.tsx';
import { RecordPicker } from './record-picker.tsx';
import { SourcesFields } from './sources-fields.tsx';
import { JurisdictionField } from './jurisdiction-field.tsx';

/**
 * An organisation: its names in every script, what it is, where, the body it belongs to, and its registration
 * history (applied, refused, registered, banned…), each step dated, with the authority that took it.
 */
export function OrganisationFields() {
  return (
    <>
      <NamesFields hasParts={false} />
      <SelectField
        name="kind"
        label="forms.organisation.kind"
        options={OrganisationKindSchema.options}
        messages="persons.organisationKind"
      />
      <JurisdictionField name="jurisdiction" />
      <RecordPicker name="parent" label="forms.organisation.parent" kind="organisation" />
      <TextField name="place" label="forms.field.organisation.place" />
      <TextField name="description" label="forms.field.organisation.description" multiline />
      <ObjectListField
        name="registration"
        legend="forms.organisation.registration"
        add="forms.step.add"
        empty={{ status: 'applied', date: '', sources: [] }}
        row={(p) => (
          <>
            <SelectField
              name={`${p}.status`}
              label="forms.organisation.status"
              options={RegistrationStepSchema.shape.status.options}
              messages="forms.registration"
            />
            <PartialDateInput name={`${p}.date`} label="forms.step.date" />
            <RecordPicker name={`${p}.authority`} label="forms.organisation.authority" kind="organisation" />
            <TextField name={`${p}.note`} label="forms.step.note" />
            <SourcesFields name={`${p}.sources`} />
          </>
        )}
      />
    </>
  );
}
