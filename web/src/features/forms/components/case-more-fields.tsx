import { useWatch } from 'react-hook-form';
import { CaseAuthoritySchema } from '../../../../../src/core/case/case.ts';
import { ReleaseReasonSchema } from '../../../../../src/core/case/release.ts';
import { ConfirmedFields } from './confirmed-fields.tsx';
import { SelectField, TextField } from './fields.tsx';
import { ListField } from './list-field.tsx';
import { ObjectListField } from './object-list-field.tsx';
import { PartialDateInput } from './partial-date-input.tsx';
import { PeriodFields } from './period-fields.tsx';
import { RecordPicker } from './record-picker.tsx';
import { SourcesFields } from './sources-fields.tsx';

/**
 * What a case form adds: its official numbers, the authorities acting in it, the groups and themes it belongs to,
 * its defendants' releases, and when its information was last confirmed.
 */
export function CaseMoreFields() {
  const caseId = useWatch({ name: 'id' }) as string | undefined;
  return (
    <>
      <ObjectListField
        name="numbers"
        legend="forms.field.case.numbers"
        add="forms.case.addNumber"
        empty={{ value: '', sources: [] }}
        row={(p) => (
          <>
            <TextField name={`${p}.value`} label="forms.case.number" />
            <RecordPicker name={`${p}.authority`} label="forms.case.numberAuthority" kind="organisation" />
            <PartialDateInput name={`${p}.assignedOn`} label="forms.case.assignedOn" />
            <SourcesFields name={`${p}.sources`} />
          </>
        )}
      />
      <ObjectListField
        name="authorities"
        legend="forms.case.authorities"
        add="forms.case.addAuthority"
        empty={{ organisation: '', role: 'investigating', sources: [] }}
        row={(p) => (
          <>
            <RecordPicker name={`${p}.organisation`} label="forms.ref.organisation" kind="organisation" />
            <SelectField
              name={`${p}.role`}
              label="forms.case.role"
              options={CaseAuthoritySchema.shape.role.options}
              messages="forms.authorityRole"
            />
            <PeriodFields name={`${p}.period`} />
            <SourcesFields name={`${p}.sources`} />
          </>
        )}
      />
      <ListField
        name="groups"
        legend="forms.case.groups"
        add="forms.case.addGroup"
        item={(n) => <TextField name={n} label="forms.case.group" />}
      />
      <ListField
        name="themes"
        legend="forms.case.themes"
        add="forms.case.addTheme"
        item={(n) => <TextField name={n} label="forms.case.theme" />}
      />
      <ListField
        name="events"
        legend="forms.event.ofCase"
        add="forms.links.addEvent"
        item={(n) => <RecordPicker name={n} label="forms.ref.event" kind="event" />}
      />
      <ObjectListField
        name="releases"
        legend="forms.case.releases"
        add="forms.case.addRelease"
        empty={{ person: '', date: '', reason: 'end_of_term', sources: [] }}
        row={(p) => (
          <>
            <RecordPicker name={`${p}.person`} label="forms.case.person" kind="person" />
            <PartialDateInput name={`${p}.date`} label="forms.step.date" />
            <SelectField
              name={`${p}.reason`}
              label="forms.case.releaseReason"
              options={ReleaseReasonSchema.options}
              messages="forms.releaseReason"
            />
            <RecordPicker name={`${p}.decision`} label="forms.ref.decision" kind="decision" caseId={caseId} />
            <TextField name={`${p}.note`} label="forms.step.note" />
            <SourcesFields name={`${p}.sources`} />
          </>
        )}
      />
      <ConfirmedFields name="confirmed" legend="forms.case.confirmed" />
    </>
  );
}
