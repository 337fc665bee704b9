import { useEffect, useState } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { FormattedMessage, useIntl } from 'react-intl';
import { AllegationTypeSchema } from '../../../../../src/core/allegation/allegation.ts';
import { useCaseDocuments } from '../../documents/api/documents.ts';
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
  useOnlyDocument(caseId);
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

/**
 * A new allegation of a case with one document: it is in that document, unless another is chosen; and a
 * document of one page is cited at its page 1 unless another page is typed. A form opened on a recorded allegation
 * (its document named) is left as it is.
 */
function useOnlyDocument(caseId: string) {
  const { getValues, setValue } = useFormContext();
  const documents = useCaseDocuments(caseId).data;
  const chosen = useWatch({ name: 'document' }) as string | undefined;
  // The document the form opened with: an allegation recorded already keeps its passage as it is.
  const [opened] = useState(() => (getValues('document') as string | undefined) ?? '');
  useEffect(() => {
    if (documents === undefined || opened !== '') return;
    const [only] = documents;
    // Only a form with no passage typed yet: an allegation recorded without a document keeps it so.
    const quote = getValues('passage.quote') as unknown;
    const isBlank = quote === undefined || quote === '';
    if ((chosen ?? '') === '' && isBlank && documents.length === 1 && only !== undefined)
      setValue('document', only.id, { shouldDirty: true });
    const doc = documents.find((d) => d.id === chosen);
    const page = getValues('passage.page') as unknown;
    const isEmpty = page === undefined || page === '' || (typeof page === 'number' && Number.isNaN(page));
    if (doc?.pageCount === 1 && isEmpty) setValue('passage.page', 1, { shouldDirty: true });
  }, [documents, chosen, opened, getValues, setValue]);
}
