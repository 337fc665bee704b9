import { useEffect } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { FormattedMessage } from 'react-intl';
import { readWrittenDuration } from '../../../../../src/core/dates/written-duration.ts';
import { DurationRead } from './duration-read.tsx';
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
        <DurationWordsReader name="reportedDuration" />
        <div className="row">
          <TermFields name="reportedDuration.atLeast" label="forms.measure.atLeast" />
          <TermFields name="reportedDuration.atMost" label="forms.measure.atMost" />
        </div>
        <SourcesFields name="reportedDuration.sources" />
      </FieldGroup>
    </>
  );
}

const UNITS = ['years', 'months', 'days'] as const;

/**
 * Under the length in words: what they were read as, and, once the words are typed or changed here, the at least
 * and at most boxes filled from them (a stored length is left as it was until its words change).
 */
function DurationWordsReader({ name }: { name: string }) {
  const { setValue, getFieldState } = useFormContext();
  const text = (useWatch({ name: `${name}.text` }) as string | undefined) ?? '';
  const isTyped = getFieldState(`${name}.text`).isDirty;
  useEffect(() => {
    if (!isTyped) return;
    const read = readWrittenDuration(text);
    if (read === undefined) return;
    for (const bound of ['atLeast', 'atMost'] as const)
      for (const unit of UNITS)
        setValue(`${name}.${bound}.${unit}`, read[bound]?.[unit] ?? Number.NaN, { shouldDirty: true });
  }, [text, isTyped, name, setValue]);
  return <DurationRead text={text} />;
}
