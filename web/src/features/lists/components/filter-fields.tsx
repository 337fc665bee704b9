import type { FormEvent } from 'react';
import { useIntl } from 'react-intl';

/**
 * A labelled select of a list's filters: "any" first when the filter may be left out (`any`), each option's
 * label the catalogue's `${messages}.${value}`.
 */
export function FilterSelect({
  name,
  label,
  values,
  messages,
  value,
  any = false,
}: {
  name: string;
  label: string;
  values: readonly string[];
  messages: string;
  value: string | undefined;
  any?: boolean;
}) {
  const intl = useIntl();
  const t = (id: string) => intl.formatMessage({ id });
  return (
    <label className="field">
      <span>{t(label)}</span>
      <select name={name} defaultValue={value ?? (any ? '' : values[0])}>
        {any && <option value="">{t('lists.any')}</option>}
        {values.map((v) => (
          <option key={v} value={v}>
            {t(`${messages}.${v}`)}
          </option>
        ))}
      </select>
    </label>
  );
}

/** The sort order of a list, ascending first. */
export const ORDERS = ['asc', 'desc'] as const;

/** The filled fields of a submitted filter form, trimmed, as URL parameters; the page is not submitted. */
export function submittedParams(event: FormEvent<HTMLFormElement>): URLSearchParams {
  event.preventDefault();
  const params = new URLSearchParams();
  for (const [key, value] of new FormData(event.currentTarget))
    if (typeof value === 'string' && value.trim() !== '') params.set(key, value.trim());
  return params;
}
