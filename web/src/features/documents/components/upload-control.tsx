import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { ApiError } from '../../../lib/api-client.ts';
import { uploadDocument } from '../api/documents.ts';
import { uploadErrorMessage } from '../lib/text-status.ts';

/** Adds a file to the case: its bytes as they are; a refusal is said by its code (empty, too large, a lie about its type…). */
export function UploadControl({ caseId }: { caseId: string }) {
  const intl = useIntl();
  const client = useQueryClient();
  const id = useId();
  const [file, setFile] = useState<File>();
  const [title, setTitle] = useState('');
  const upload = useMutation({
    mutationFn: (chosen: File) => uploadDocument(caseId, chosen, title),
    onSuccess: () => {
      setTitle('');
      void client.invalidateQueries({ queryKey: ['documents'] });
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (file !== undefined) upload.mutate(file);
  };
  const error = upload.error;
  const known = error instanceof ApiError ? uploadErrorMessage(error.code) : undefined;
  return (
    <form className="upload-control" onSubmit={submit} aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>
        <FormattedMessage id="documents.upload.heading" />
      </h3>
      <div className="row">
        <label className="field">
          <span>{intl.formatMessage({ id: 'documents.upload.file' })}</span>
          <input type="file" name="file" onChange={(e) => setFile(e.target.files?.[0])} />
        </label>
        <label className="field">
          <span>{intl.formatMessage({ id: 'documents.upload.title' })}</span>
          <input type="text" name="title" value={title} onChange={(e) => setTitle(e.target.value)} />
        </label>
      </div>
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
  );
}
