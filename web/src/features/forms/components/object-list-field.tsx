import type { ReactNode } from 'react';
import { useFieldArray, useFormContext } from 'react-hook-form';
import { FormattedMessage } from 'react-intl';
import { FieldGroup } from './fields.tsx';

/**
 * A list of records within the record (case numbers, authorities, releases, appeals): each row drawn by `row`,
 * with a button to remove it, and one to add a row starting from `empty`.
 */
export function ObjectListField({
  name,
  legend,
  add,
  empty,
  row,
}: {
  name: string;
  legend: string;
  add: string;
  empty: Record<string, unknown>;
  row: (prefix: string, index: number) => ReactNode;
}) {
  const { control } = useFormContext();
  const rows = useFieldArray({ control, name });
  return (
    <FieldGroup legend={legend}>
      {rows.fields.map((field, i) => (
        <div key={field.id} className="row" data-row={`${name}.${i}`}>
          {row(`${name}.${i}`, i)}
          <button type="button" className="link-button" onClick={() => rows.remove(i)}>
            <FormattedMessage id="forms.remove" />
          </button>
        </div>
      ))}
      <button type="button" className="link-button" onClick={() => rows.append(empty)}>
        <FormattedMessage id={add} />
      </button>
    </FieldGroup>
  );
}
