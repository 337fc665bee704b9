import { HearingChangeSchema } from '../../../../../src/core/hearing/hearing.ts';
import { FieldGroup, SelectField, TextField } from './fields.tsx';
import { ObjectListField } from './object-list-field.tsx';
import { PartialDateInput } from './partial-date-input.tsx';
import { SourcesFields } from './sources-fields.tsx';

/**
 * What a hearing form adds: when the hearing became known (announced, with the sources that say so), and each
 * dated postponement or cancellation, so that the case as of an earlier day shows the hearing as it then stood.
 */
export function HearingMoreFields() {
  return (
    <>
      <FieldGroup legend="forms.hearing.announced">
        <PartialDateInput name="announced.on" label="forms.hearing.announcedOn" />
        <SourcesFields name="announced.sources" />
      </FieldGroup>
      <ObjectListField
        name="changes"
        legend="forms.hearing.changes"
        add="forms.hearing.addChange"
        empty={{ kind: 'postponed', decidedOn: '', to: '', reason: '', sources: [] }}
        row={(p) => (
          <>
            <SelectField
              name={`${p}.kind`}
              label="forms.hearing.changeKind"
              options={HearingChangeSchema.shape.kind.options}
              messages="forms.hearingChange"
            />
            <PartialDateInput name={`${p}.decidedOn`} label="forms.hearing.decidedOn" />
            <PartialDateInput name={`${p}.to`} label="forms.hearing.changedTo" />
            <TextField name={`${p}.reason`} label="forms.hearing.changeReason" />
            <SourcesFields name={`${p}.sources`} />
          </>
        )}
      />
    </>
  );
}
