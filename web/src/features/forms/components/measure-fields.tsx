import { TextField } from './fields.tsx';
import { LawChoiceField } from './law-choice-field.tsx';
import { RecordPicker } from './record-picker.tsx';
import { StepsFields } from './steps-fields.tsx';

const STEP_KINDS = ['ordered', 'extended', 'appealed', 'upheld', 'changed', 'ended'] as const;

/** A restraint measure: whom, which kind, where, and its steps (ordered, extended, ended…) with dates. */
export function MeasureFields() {
  return (
    <>
      <RecordPicker name="case" label="forms.charge.case" kind="case" />
      <RecordPicker name="person" label="forms.charge.defendant" kind="person" />
      <LawChoiceField name="kind" label="forms.measure.kind" vocabulary="measures" messages="measureKind" />
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
