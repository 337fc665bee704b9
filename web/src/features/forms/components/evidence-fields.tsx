import { useWatch } from 'react-hook-form';
import { EvidenceSideSchema, EvidenceTypeSchema } from '../../../../../src/core/evidence/evidence.ts';
import { DocumentField } from './document-field.tsx';
import { EvidenceLinksField } from './evidence-links-field.tsx';
import { FieldGroup, SelectField, TextField } from './fields.tsx';
import { RecordPicker } from './record-picker.tsx';

const RATINGS = ['high', 'medium', 'low', 'unassessed'] as const;

/**
 * An item of evidence: what it is and whose, who made it and who had it made, where it is (a document of the
 * case and its page), how far it can be relied on, and the allegations it bears on with a stance.
 */
export function EvidenceFields() {
  const caseId = (useWatch({ name: 'case' }) as string | undefined) ?? '';
  return (
    <>
      <RecordPicker name="case" label="forms.charge.case" kind="case" />
      <div className="row">
        <SelectField
          name="type"
          label="forms.evidence.type"
          options={EvidenceTypeSchema.options}
          messages="forms.evidenceType"
        />
        <SelectField
          name="side"
          label="forms.evidence.side"
          options={EvidenceSideSchema.options}
          messages="forms.evidenceSide"
        />
      </div>
      <TextField name="title" label="forms.evidence.title" />
      <TextField name="description" label="forms.field.evidence.description" multiline />
      <RecordPicker name="author" label="forms.field.evidence.author" kind="person" />
      <div className="row">
        <SelectField
          name="commissionedBy"
          label="forms.evidence.commissionedBy"
          options={EvidenceSideSchema.options}
          messages="forms.evidenceSide"
          allowEmpty
        />
        <RecordPicker name="commissioner" label="forms.evidence.commissioner" kind="organisation" />
      </div>
      <div className="row">
        <DocumentField name="document" label="forms.allegation.document" caseId={caseId} />
        <TextField name="page" label="forms.citation.page" type="number" />
      </div>
      <FieldGroup legend="forms.evidence.reliability">
        <SelectField
          name="reliability.rating"
          label="forms.evidence.rating"
          options={RATINGS}
          messages="forms.reliability"
          allowEmpty
        />
        <TextField name="reliability.reason" label="forms.evidence.reason" multiline />
      </FieldGroup>
      <EvidenceLinksField name="links" caseId={caseId} />
      <TextField name="note" label="forms.field.evidence.note" multiline />
    </>
  );
}
