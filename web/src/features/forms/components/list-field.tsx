import type { ReactNode } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { FormattedMessage } from 'react-intl';
import { FieldErrorText, FieldGroup } from './fields.tsx';

/**
 * A list of single values (ids of judges, phone numbers, readers): each drawn by `item`, with a button to remove
 * it, and one to add an empty one (left out when saved if still empty). The values stay plain strings, as the
 * core's schema has them.
 */
export function ListField({
  name,
  legend,
  add,
  item,
}: {
  name: string;
  legend: string;
  add: string;
  item: (itemName: string, index: number) => ReactNode;
}) {
  const { control, setValue } = useFormContext();
  const watched: unknown = useWatch({ control, name });
  const values = Array.isArray(watched) ? (watched as unknown[]) : [];
  const set = (next: unknown[]) => setValue(name, next, { shouldDirty: true });
  return (
    <FieldGroup legend={legend}>
      {values.map((_, i) => (
        // Keyed by place and count: removing one redraws the rest from their values.
        <div key={`${i}/${values.length}`} className="row" data-list-item={`${name}.${i}`}>
          {item(`${name}.${i}`, i)}
          <button type="button" className="link-button" onClick={() => set(values.filter((_, j) => j !== i))}>
            <FormattedMessage id="forms.remove" />
          </button>
        </div>
      ))}
      <FieldErrorText name={name} />
      <button type="button" className="link-button" onClick={() => set([...values, ''])}>
        <FormattedMessage id={add} />
      </button>
    </FieldGroup>
  );
}
