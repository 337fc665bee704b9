import { useController, useFormContext } from 'react-hook-form';
import type { PickKind } from '../lib/record-labels.ts';
import { errorId, FieldErrorText, useFieldError } from './fields.tsx';
import { RecordCombobox } from './record-combobox.tsx';

/**
 * A form's reference to another record, chosen by its name or title: the record combobox bound to the field
 * `name`, which holds the chosen record's id, with the field's error under it.
 */
export function RecordPicker({
  name,
  label,
  kind,
  caseId,
}: {
  name: string;
  label: string;
  kind: PickKind;
  /** For charges and decisions: only those of this case. */
  caseId?: string | undefined;
}) {
  const { control } = useFormContext();
  const { field } = useController({ control, name });
  const error = useFieldError(name);
  return (
    <RecordCombobox
      label={label}
      kind={kind}
      caseId={caseId}
      value={typeof field.value === 'string' ? field.value : ''}
      onChange={field.onChange}
      onBlur={field.onBlur}
      name={field.name}
      inputRef={field.ref}
      errorId={error !== undefined ? errorId(name) : undefined}
    >
      <FieldErrorText name={name} />
    </RecordCombobox>
  );
}
