import { useWatch } from 'react-hook-form';
import { ChargeStepKindSchema } from '../../../../../src/core/charge/charge.ts';
import { FieldGroup, SelectField, TextField } from './fields.tsx';
import { ArticleField } from './article-field.tsx';
import { PartialDateInput } from './partial-date-input.tsx';
import { RecordPicker } from './record-picker.tsx';
import { StepsFields } from './steps-fields.tsx';

const ORIGINS = ['reclassification', 'rebrought', 'merger', 'split'] as const;

/**
 * A charge: the defendant, the article with its part (and what the law data says of it), the act's date, and its
 * lifecycle (brought, reclassified, dropped…).
 */
export function ChargeFields() {
  const caseId = useWatch({ name: 'case' }) as string | undefined;
  return (
    <>
      <RecordPicker name="case" label="forms.charge.case" kind="case" />
      <RecordPicker name="defendant" label="forms.ref.defendant" kind="person" />
      <ArticleField />
      <PartialDateInput name="actDate.date" label="forms.charge.actDate" />
      <FieldGroup legend="forms.charge.origin">
        <div className="row">
          <SelectField
            name="origin.kind"
            label="forms.charge.originKind"
            options={ORIGINS}
            messages="forms.origin"
            allowEmpty
          />
          <RecordPicker name="origin.from.0" label="forms.charge.originFrom" kind="charge" caseId={caseId} />
        </div>
      </FieldGroup>
      <TextField name="conduct" label="forms.field.charge.conduct" multiline />
      <StepsFields
        name="lifecycle"
        legend="forms.charge.lifecycle"
        kinds={ChargeStepKindSchema.options}
        messages="step"
        first="brought"
      />
    </>
  );
}
