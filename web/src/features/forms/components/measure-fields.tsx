import { FormattedMessage } from 'react-intl';
import { FieldGroup, TextField } from './fields.tsx';
import { LawChoiceField } from './law-choice-field.tsx';
import { RecordPicker } from './record-picker.tsx';
import { SourcesFields } from './sources-fields.tsx';
import { StepsFields } from './steps-fields.tsx';
import { TermFields } from './term-fields.tsx';

const STEP_KINDS = ['ordered', 'extended', 'appealed', 'upheld', 'changed', 'ended'] as const;

/**
 * A restraint measure: whom, which kind, where, its steps (ordered, extended, ended…) with dates, and how long a
 * source says it lasted ("just over eight months"), which narrows the days its dates leave open.
 */
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
      <FieldGroup legend="forms.measure.duration">
        <p className="hint">
          <FormattedMessage id="forms.measure.durationHint" />
        </p>
        <TextField name="reportedDuration.text" label="forms.measure.durationText" />
        <div className="row">
          <TermFields name="reportedDuration.atLeast" label="forms.measure.atLeast" />
          <TermFields name="reportedDuration.atMost" label="forms.measure.atMost" />
        </div>
        <SourcesFields name="reportedDuration.sources" />
      </FieldGroup>
    </>
  );
}
