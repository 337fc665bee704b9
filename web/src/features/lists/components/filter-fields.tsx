import type { FormEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';

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

/** A labelled box of a list's filters that, ticked, sends `name=true`. */
export function FilterCheck({ name, label, checked }: { name: string; label: string; checked: boolean }) {
  const intl = useIntl();
  return (
    <label className="field field-check">
      <input type="checkbox" name={name} value="true" defaultChecked={checked} />
      <span>{intl.formatMessage({ id: label })}</span>
    </label>
  );
}

/** The sort order of a list, ascending first. */
export const ORDERS = ['asc', 'desc'] as const;

/** The end of a list's filters: what it is sorted by (`messages` names each of `sorts`), the order, and Apply. */
export function SortAndApply({
  sorts,
  messages,
  sort,
  order,
}: {
  sorts: readonly string[];
  messages: string;
  sort: string | undefined;
  order: string | undefined;
}) {
  return (
    <>
      <FilterSelect name="sort" label="lists.sort" values={sorts} messages={messages} value={sort} />
      <FilterSelect name="order" label="lists.order" values={ORDERS} messages="lists.order" value={order} />
      <div className="list-filter-actions">
        <button type="submit">
          <FormattedMessage id="lists.apply" />
        </button>
      </div>
    </>
  );
}

/** The filled fields of a submitted filter form, trimmed, as URL parameters; the page is not submitted. */
export function submittedParams(event: FormEvent<HTMLFormElement>): URLSearchParams {
  event.preventDefault();
  const params = new URLSearchParams();
  for (const [key, value] of new FormData(event.currentTarget))
    if (typeof value === 'string' && value.trim() !== '') params.set(key, value.trim());
  return params;
}
