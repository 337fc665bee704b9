import { useWatch } from 'react-hook-form';
import { FormattedMessage } from 'react-intl';
import { DocumentKindSchema, SourceKindSchema } from '../../../../../src/core/source/source.ts';
import { FieldGroup, SelectField, TextField } from './fields.tsx';
import { PartialDateInput } from './partial-date-input.tsx';

// The form an ISO date and time takes, shown as a sample in the capture's two moments.
const INSTANT = '2023-01-12T10:30:00Z';

/**
 * A source: what it is, its title, author and publisher, when published, where it is online (with the day it was
 * read), its pages and digest, and for online material the capture: where it was posted, who preserved it, when
 * and with what tool.
 */
export function SourceFields() {
  const kind = useWatch({ name: 'kind' }) as string | undefined;
  const capture = useWatch({ name: 'capture' }) as Record<string, unknown> | undefined;
  const hasCapture = Object.values(capture ?? {}).some((v) => typeof v === 'string' && v !== '');
  return (
    <>
      <SelectField
        name="kind"
        label="forms.source.kind"
        options={SourceKindSchema.options}
        messages="forms.sourceKind"
      />
      {kind === 'web' && (
        <p className="hint muted">
          <FormattedMessage id="forms.source.webHint" />
        </p>
      )}
      <DocumentKindField />
      <TextField name="title" label="forms.source.title" />
      <TextField name="language" label="forms.person.language" />
      <TextField name="author" label="forms.field.source.author" />
      <TextField name="publisher" label="forms.field.source.publisher" />
      <PartialDateInput name="publishedOn" label="forms.source.publishedOn" />
      <TextField name="url" label="forms.field.source.url" type="url" />
      <TextField name="accessedOn" label="forms.source.accessedOn" type="date" />
      <TextField name="archiveUrl" label="forms.field.source.archiveUrl" type="url" />
      <TextField name="pageCount" label="forms.source.pageCount" type="number" />
      <TextField name="sha256" label="forms.source.sha256" />
      {(kind === 'capture' || kind === 'web' || kind === 'media' || hasCapture) && <CaptureFields />}
      <TextField name="note" label="forms.field.source.note" multiline />
    </>
  );
}

/** Online material's capture record (standards §3.7): where it was posted, who preserved it, when and with what. */
export function CaptureFields() {
  return (
    <FieldGroup legend="forms.field.source.capture">
      <div className="row">
        <TextField name="capture.platform" label="forms.capture.platform" />
        <TextField name="capture.postId" label="forms.capture.postId" />
        <TextField name="capture.account" label="forms.capture.account" />
      </div>
      <div className="row">
        <TextField name="capture.publishedAt" label="forms.capture.publishedAt" placeholder={INSTANT} />
        <TextField name="capture.capturedAt" label="forms.capture.capturedAt" placeholder={INSTANT} />
      </div>
      <div className="row">
        <TextField name="capture.collector" label="forms.capture.collector" />
        <TextField name="capture.tool" label="forms.capture.tool" />
      </div>
    </FieldGroup>
  );
}

/** A document's role in proceedings (indictment, verdict, expert analysis…), or none said. */
export function DocumentKindField() {
  return (
    <SelectField
      name="documentKind"
      label="forms.source.documentKind"
      options={DocumentKindSchema.options}
      messages="forms.documentKind"
      allowEmpty
    />
  );
}
