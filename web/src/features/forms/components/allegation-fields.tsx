import { useEffect } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { FormattedMessage, useIntl } from 'react-intl';
import { AllegationTypeSchema } from '../../../../../src/core/allegation/allegation.ts';
import { DocumentField } from './document-field.tsx';
import { ElementsField } from './elements-field.tsx';
import { FieldGroup, SelectField, TextField } from './fields.tsx';
import { PartialDateInput } from './partial-date-input.tsx';
import { EMPTY_ASSESSMENT } from './record-defaults.ts';
import { RecordPicker } from './record-picker.tsx';

const FINDINGS = ['protected', 'not_protected', 'undetermined'] as const;

/**
 * An allegation: where it is written (document, page, quote; the offsets kept read-only when they came from a
 * selection in the viewer), the charge and the elements of its offence it is meant to establish, its type, and
 * for words charged, whether the speech was protected.
 */
export function AllegationFields() {
  const intl = useIntl();
  const { setValue } = useFormContext();
  const caseId = (useWatch({ name: 'case' }) as string | undefined) ?? '';
  const charge = useWatch({ name: 'charge' }) as string | undefined;
  const type = useWatch({ name: 'type' }) as string | undefined;
  const start = useWatch({ name: 'passage.start' }) as number | undefined;
  const end = useWatch({ name: 'passage.end' }) as number | undefined;
  const hasOffsets = typeof start === 'number' && typeof end === 'number' && !Number.isNaN(start);
  // Only words are assessed as speech: the core refuses an assessment on another type, so it goes with the type.
  useEffect(() => {
    if (type !== 'speech') setValue('speechAssessment', EMPTY_ASSESSMENT);
  }, [type, setValue]);
  return (
    <>
      <RecordPicker name="case" label="forms.charge.case" kind="case" />
      <DocumentField name="document" label="forms.allegation.document" caseId={caseId} />
      <FieldGroup legend="forms.allegation.passage">
        <div className="row">
          <TextField name="passage.page" label="forms.citation.page" type="number" />
          {hasOffsets && (
            <p className="hint passage-offsets" data-start={start} data-end={end}>
              {intl.formatMessage({ id: 'forms.allegation.offsets' }, { from: start, to: end })}
            </p>
          )}
        </div>
        <TextField name="passage.quote" label="forms.citation.quote" multiline />
      </FieldGroup>
      <RecordPicker name="charge" label="forms.allegation.charge" kind="charge" caseId={caseId} />
      <SelectField
        name="type"
        label="forms.allegation.type"
        options={AllegationTypeSchema.options}
        messages="forms.allegationType"
      />
      <TextField name="summary" label="forms.allegation.summary" />
      <ElementsField name="elements" chargeId={charge} />
      <PartialDateInput name="conductOn" label="forms.allegation.conductOn" />
      {type === 'speech' && (
        <FieldGroup legend="forms.allegation.speech">
          <p className="hint">
            <FormattedMessage id="forms.allegation.speechHint" />
          </p>
          <SelectField
            name="speechAssessment.finding"
            label="forms.allegation.finding"
            options={FINDINGS}
            messages="forms.speechFinding"
            allowEmpty
          />
          <TextField name="speechAssessment.standard" label="forms.allegation.standard" />
          <TextField name="speechAssessment.reasoning" label="forms.allegation.reasoning" multiline />
        </FieldGroup>
      )}
      <TextField name="note" label="forms.field.allegation.note" multiline />
    </>
  );
}
