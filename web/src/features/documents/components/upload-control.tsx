import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { FormattedMessage, useIntl } from 'react-intl';
import { ApiError } from '../../../lib/api-client.ts';
import { CheckboxField, SelectField, TextField } from '../../forms/components/fields.tsx';
import { CaptureFields, DocumentKindField } from '../../forms/components/source-fields.tsx';
import { formPathOf } from '../../forms/lib/form-record.ts';
import { uploadDocument, type UploadFields } from '../api/documents.ts';
import { uploadErrorMessage } from '../lib/text-status.ts';

/** The upload form's values: what is said of the file, and for online material its capture record. */
interface UploadValues {
  title: string;
  documentKind: string;
  visibility: string;
  url: string;
  archiveUrl: string;
  capture: Record<string, string>;
  /** Restricts the capture record (who collected it) beyond the document: administrators and named readers only. */
  restrictCapture: boolean;
}

const EMPTY: UploadValues = {
  title: '',
  documentKind: '',
  visibility: 'internal',
  url: '',
  archiveUrl: '',
  capture: {},
  restrictCapture: false,
};

/** The upload query of the form's values: the capture's fields by their own names, restricted when asked. */
export function uploadFieldsOf(values: UploadValues): UploadFields {
  const { capture, restrictCapture, ...rest } = values;
  const hasCapture = Object.values(capture).some((v) => v.trim() !== '');
  return { ...rest, ...capture, ...(hasCapture && restrictCapture ? { restrict: 'capture' } : {}) };
}

/**
 * Adds a file to the case: its bytes as they are, with its title, role, visibility and, for online material, the
 * capture record. A refusal is said by its code (empty, too large, a lie about its type…), a wrong field beside it.
 */
export function UploadControl({ caseId }: { caseId: string }) {
  const intl = useIntl();
  const client = useQueryClient();
  const id = useId();
  const [file, setFile] = useState<File>();
  const form = useForm<UploadValues>({ defaultValues: EMPTY });
  const upload = useMutation({
    mutationFn: ({ chosen, values }: { chosen: File; values: UploadValues }) =>
      uploadDocument(caseId, chosen, uploadFieldsOf(values)),
    onSuccess: () => {
      form.reset(EMPTY);
      void client.invalidateQueries({ queryKey: ['documents'] });
    },
    onError: (error) => {
      for (const issue of error instanceof ApiError ? error.issues : []) {
        const path = formPathOf(issue);
        if (path !== undefined) form.setError(path as keyof UploadValues, { message: issue.message });
      }
    },
  });
  const submit = form.handleSubmit((values) => {
    if (file !== undefined) upload.mutate({ chosen: file, values });
  });
  const error = upload.error;
  const known = error instanceof ApiError ? uploadErrorMessage(error.code) : undefined;
  return (
    <FormProvider {...form}>
      <form
        className="record-form upload-control"
        onSubmit={(e) => void submit(e)}
        aria-labelledby={`${id}-heading`}
      >
        <h3 id={`${id}-heading`}>
          <FormattedMessage id="documents.upload.heading" />
        </h3>
        <div className="row">
          <label className="field">
            <span>{intl.formatMessage({ id: 'documents.upload.file' })}</span>
            <input type="file" name="file" onChange={(e) => setFile(e.target.files?.[0])} />
          </label>
          <TextField name="title" label="documents.upload.title" />
        </div>
        <div className="row">
          <DocumentKindField />
          <SelectField
            name="visibility"
            label="forms.visibility"
            options={['internal', 'restricted', 'public']}
            messages="forms.visibility"
          />
        </div>
        <details className="upload-online">
          <summary>
            <FormattedMessage id="documents.upload.online" />
          </summary>
          <div className="row">
            <TextField name="url" label="forms.field.source.url" type="url" />
            <TextField name="archiveUrl" label="forms.field.source.archiveUrl" type="url" />
          </div>
          <CaptureFields />
          <CheckboxField name="restrictCapture" label="documents.upload.restrictCapture" />
        </details>
        <button type="submit" disabled={file === undefined || upload.isPending}>
          <FormattedMessage id={upload.isPending ? 'documents.upload.sending' : 'documents.upload.send'} />
        </button>
        {upload.isSuccess && (
          <p role="status" className="hint">
            <FormattedMessage id="documents.upload.done" />
          </p>
        )}
        {error && (
          <p
            role="alert"
            className="field-error"
            data-code={error instanceof ApiError ? error.code : undefined}
          >
            {known !== undefined ? <FormattedMessage id={known} /> : error.message}
          </p>
        )}
      </form>
    </FormProvider>
  );
}
