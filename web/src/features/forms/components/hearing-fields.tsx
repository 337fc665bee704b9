import { useWatch } from 'react-hook-form';
import { HearingSchema } from '../../../../../src/core/hearing/hearing.ts';
import { SelectField, TextField } from './fields.tsx';
import { CaseChargesField } from './case-charges-field.tsx';
import { ListField } from './list-field.tsx';
import { PartialDateInput } from './partial-date-input.tsx';
import { RecordPicker } from './record-picker.tsx';

const { kind, status, access } = HearingSchema.shape;

/** A hearing: its kind, date and time, status, court and courtroom, who sat, access, outcome and what came next. */
export function HearingFields() {
  const caseId = useWatch({ name: 'case' }) as string | undefined;
  return (
    <>
      <RecordPicker name="case" label="forms.charge.case" kind="case" />
      <SelectField name="kind" label="forms.hearing.kind" options={kind.options} messages="hearingKind" />
      <PartialDateInput name="date" label="forms.step.date" />
      <TextField name="time" label="forms.hearing.time" type="time" />
      <SelectField
        name="status"
        label="forms.hearing.status"
        options={status.options}
        messages="hearingStatus"
      />
      <RecordPicker name="court" label="forms.hearing.court" kind="organisation" />
      <TextField name="courtroom" label="forms.field.hearing.courtroom" />
      <ListField
        name="judges"
        legend="forms.hearing.judges"
        add="forms.hearing.addJudge"
        item={(n) => <RecordPicker name={n} label="forms.hearing.judge" kind="person" />}
      />
      <ListField
        name="prosecutors"
        legend="forms.hearing.prosecutors"
        add="forms.hearing.addProsecutor"
        item={(n) => <RecordPicker name={n} label="forms.hearing.prosecutor" kind="person" />}
      />
      <SelectField
        name="access"
        label="forms.hearing.access"
        options={access.unwrap().options}
        messages="forms.hearingAccess"
      />
      <TextField name="outcome" label="forms.hearing.outcome" multiline />
      <PartialDateInput name="nextDate" label="forms.hearing.nextDate" />
      <CaseChargesField name="charges" legend="forms.hearing.charges" caseId={caseId ?? ''} />
      <RecordPicker name="decision" label="forms.ref.decision" kind="decision" caseId={caseId} />
      <TextField name="note" label="forms.field.hearing.note" multiline />
    </>
  );
}
