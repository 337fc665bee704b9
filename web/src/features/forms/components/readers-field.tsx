import { Controller, useFormContext, useWatch } from 'react-hook-form';
import { useIntl } from 'react-intl';
import { joinPrincipal, splitPrincipal, type Principal } from '../lib/record-labels.ts';
import { FieldErrorText } from './fields.tsx';
import { ListField } from './list-field.tsx';

/** The users and groups, besides admins, who may read a restricted record: shown only while it is restricted. */
export function ReadersField() {
  const { control } = useFormContext();
  const visibility = useWatch({ control, name: 'visibility' }) as unknown;
  const readers = useWatch({ control, name: 'readers' }) as unknown;
  const hasReaders = Array.isArray(readers) && readers.length > 0;
  if (visibility !== 'restricted' && !hasReaders) return null;
  return (
    <ListField
      name="readers"
      legend="forms.readers"
      add="forms.readers.add"
      item={(itemName) => <ReaderInput name={itemName} />}
    />
  );
}

function ReaderInput({ name }: { name: string }) {
  const intl = useIntl();
  const { control } = useFormContext();
  return (
    <Controller
      control={control}
      name={name}
      render={({ field }) => {
        const p = splitPrincipal(field.value as string | undefined);
        const change = (next: Principal) => field.onChange(joinPrincipal(next));
        return (
          <>
            <label className="field">
              <span>{intl.formatMessage({ id: 'forms.readers.type' })}</span>
              <select
                data-reader-type={name}
                value={p.type}
                onChange={(e) => change({ ...p, type: e.target.value as Principal['type'] })}
              >
                <option value="user">{intl.formatMessage({ id: 'forms.readers.user' })}</option>
                <option value="group">{intl.formatMessage({ id: 'forms.readers.group' })}</option>
              </select>
            </label>
            <label className="field">
              <span>{intl.formatMessage({ id: 'forms.readers.name' })}</span>
              <input
                name={name}
                value={p.name}
                onChange={(e) => change({ ...p, name: e.target.value })}
                onBlur={field.onBlur}
              />
              <FieldErrorText name={name} />
            </label>
          </>
        );
      }}
    />
  );
}
