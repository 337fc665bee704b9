import { ChargeStepKindSchema } from '../../../../../src/core/charge/charge.ts';
import { FieldGroup, SelectField, TextField } from './fields.tsx';

const ORIGINS = ['reclassification', 'rebrought', 'merger', 'split'] as const;
import { StepsFields } from './steps-fields.tsx';

/** A charge: the defendant, the article with its part, and its lifecycle (brought, reclassified, dropped…). */
export function ChargeFields() {
  return (
    <>
      <TextField name="case" label="forms.charge.case" />
      <TextField name="defendant" label="forms.charge.defendant" />
      <FieldGroup legend="forms.charge.article">
        <div className="row">
          <TextField name="article.jurisdiction" label="forms.case.jurisdiction" />
          <TextField name="article.code" label="forms.charge.code" />
          <TextField name="article.article" label="forms.charge.articleNumber" />
          <TextField name="article.part" label="forms.charge.part" />
        </div>
      </FieldGroup>
      <FieldGroup legend="forms.charge.origin">
        <div className="row">
          <SelectField
            name="origin.kind"
            label="forms.charge.originKind"
            options={ORIGINS}
            messages="forms.origin"
            allowEmpty
          />
          <TextField name="origin.from.0" label="forms.charge.originFrom" />
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
