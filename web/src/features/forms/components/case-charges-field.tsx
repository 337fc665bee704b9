import { useController } from 'react-hook-form';
import { FormattedMessage } from 'react-intl';
import { editLabels } from '../lib/record-labels.ts';
import { useCaseRecords, useEditWording } from './case-edit-links.tsx';

/**
 * Some of the case's charges, ticked in a list that names each as its edit link does ("Art. 378, brought 2022"):
 * a hearing's charges. A charge ticked that the list does not hold (one the writer may not see) is kept.
 */
export function CaseChargesField({ name, legend, caseId }: { name: string; legend: string; caseId: string }) {
  const { field } = useController({ name });
  const charges = useCaseRecords('/api/charges', caseId);
  const labels = editLabels('charge', charges.data ?? [], useEditWording(undefined));
  const chosen = new Set((field.value as string[] | undefined) ?? []);
  const toggle = (id: string, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(id);
    else next.delete(id);
    field.onChange([...next]);
  };
  return (
    <fieldset className="field-group case-charges" data-field={name}>
      <legend>
        <FormattedMessage id={legend} />
      </legend>
      {caseId === '' || labels.length === 0 ? (
        <p className="hint muted">
          <FormattedMessage id="forms.hearing.noCharges" />
        </p>
      ) : (
        <ul className="checklist">
          {labels.map(({ id, label, isAlike }) => (
            <li key={id}>
              <label className="field inline">
                <input
                  type="checkbox"
                  value={id}
                  checked={chosen.has(id)}
                  onChange={(e) => toggle(id, e.target.checked)}
                />
                <span>
                  {label}
                  {isAlike && <small className="muted"> {id}</small>}
                </span>
              </label>
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}
