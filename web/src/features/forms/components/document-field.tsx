import { useFormContext, useWatch } from 'react-hook-form';
import { useIntl } from 'react-intl';
import { useCaseDocuments } from '../../documents/api/documents.ts';
import { useRecordLabel } from '../api/record-options.ts';
import { errorId, FieldErrorText, useFieldError } from './fields.tsx';
import { RecordPicker } from './record-picker.tsx';

/**
 * A stored document of the case, chosen by its title from the case's documents; when that list cannot be had
 * (no case chosen yet), any source the reader may see can be picked instead.
 */
export function DocumentField({ name, label, caseId }: { name: string; label: string; caseId: string }) {
  const intl = useIntl();
  const { register } = useFormContext();
  const value = useWatch({ name }) as string | undefined;
  const documents = useCaseDocuments(caseId);
  const error = useFieldError(name);
  const items = documents.data ?? [];
  // A document named on the record but not (or not yet) listed stays a choice, so an edit does not lose it.
  const isListed = value === undefined || value === '' || items.some((d) => d.id === value);
  // A source the record names that keeps no file here (an indictment known from a report) is named by its title.
  const sourceLabel = useRecordLabel('source', value ?? '', documents.isSuccess && !isListed);
  if (caseId === '' || documents.isError) return <RecordPicker name={name} label={label} kind="source" />;
  return (
    <label className="field" data-field={name}>
      <span>{intl.formatMessage({ id: label })}</span>
      {/* Drawn again once the documents are listed, so that the one the record names is shown chosen. */}
      <select
        key={items.length}
        {...register(name)}
        aria-invalid={error !== undefined}
        {...(error !== undefined ? { 'aria-describedby': errorId(name) } : {})}
      >
        <option value="">—</option>
        {items.map((d) => (
          <option key={d.id} value={d.id}>
            {d.title}
          </option>
        ))}
        {!isListed && <option value={value}>{sourceLabel ?? value}</option>}
      </select>
      <FieldErrorText name={name} />
    </label>
  );
}
