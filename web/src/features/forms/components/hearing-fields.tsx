import { SelectField, TextField } from './fields.tsx';
import { PartialDateInput } from './partial-date-input.tsx';

const KINDS = [
  'detention_review',
  'preliminary',
  'trial_session',
  'verdict',
  'appeal',
  'cassation',
  'other',
] as const;
const STATUSES = ['scheduled', 'held', 'postponed', 'cancelled'] as const;

/** A hearing: its kind, date and time, status, courtroom and outcome. */
export function HearingFields() {
  return (
    <>
      <TextField name="case" label="forms.charge.case" />
      <SelectField name="kind" label="forms.hearing.kind" options={KINDS} messages="hearingKind" />
      <PartialDateInput name="date" label="forms.step.date" />
      <TextField name="time" label="forms.hearing.time" type="time" />
      <SelectField name="status" label="forms.hearing.status" options={STATUSES} messages="hearingStatus" />
      <TextField name="courtroom" label="forms.field.hearing.courtroom" />
      <TextField name="outcome" label="forms.hearing.outcome" multiline />
      <TextField name="note" label="forms.field.hearing.note" multiline />
    </>
  );
}
