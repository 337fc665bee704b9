import { SelectField, TextField } from './fields.tsx';
import { RecordPicker } from './record-picker.tsx';
import { StepsFields } from './steps-fields.tsx';

const MEASURE_KINDS = [
  'custody',
  'house_arrest',
  'bail',
  'undertaking_not_to_leave',
  'personal_surety',
  'suspect_detention',
  'administrative_arrest',
  'administrative_detention',
] as const;
const STEP_KINDS = ['ordered', 'extended', 'appealed', 'upheld', 'changed', 'ended'] as const;

/** A restraint measure: whom, which kind, where, and its steps (ordered, extended, ended…) with dates. */
export function MeasureFields() {
  return (
    <>
      <RecordPicker name="case" label="forms.charge.case" kind="case" />
      <RecordPicker name="person" label="forms.charge.defendant" kind="person" />
      <SelectField name="kind" label="forms.measure.kind" options={MEASURE_KINDS} messages="measureKind" />
      <TextField name="place" label="forms.field.measure.place" />
      <StepsFields
        name="steps"
        legend="forms.measure.steps"
        kinds={STEP_KINDS}
        messages="measureStep"
        first="ordered"
      />
    </>
  );
}
