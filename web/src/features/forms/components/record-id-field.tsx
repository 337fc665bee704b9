import { useFormContext, useWatch } from 'react-hook-form';
import { FormattedMessage } from 'react-intl';
import { TextField } from './fields.tsx';

/**
 * A new record's identifier, drawn for it: said in one folded line, and opened to write a readable one instead (or
 * by itself when the one written is refused). Once saved it cannot change, and its form shows it as it is.
 */
export function NewRecordIdField() {
  const id = (useWatch({ name: 'id' }) as string | undefined) ?? '';
  const isRefused = useFormContext().formState.errors['id'] !== undefined;
  return (
    <details className="record-id" open={isRefused ? true : undefined}>
      <summary>
        <FormattedMessage id="forms.idFolded" values={{ id: <code className="record-text">{id}</code> }} />
      </summary>
      <TextField name="id" label="forms.id" />
      <p className="hint muted">
        <FormattedMessage id="forms.idHint" />
      </p>
    </details>
  );
}

/**
 * A saved record's identifier, which cannot change: said in a muted line, not offered as a box to type in, so that
 * the form opens with what the researcher may change.
 */
export function SavedRecordId() {
  const id = (useWatch({ name: 'id' }) as string | undefined) ?? '';
  return (
    <p className="record-id muted">
      <FormattedMessage id="forms.idSaved" values={{ id: <code className="record-text">{id}</code> }} />
    </p>
  );
}
