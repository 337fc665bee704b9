import { FormattedMessage } from 'react-intl';
import { changedFields } from '../lib/form-record.ts';

/** A stale edit: what changed meanwhile, the record as it is now beside the user's edit; nothing was overwritten. */
export function ConflictPanel({
  mine,
  current,
  onTakeCurrent,
}: {
  mine: Record<string, unknown>;
  current: Record<string, unknown>;
  onTakeCurrent: () => void;
}) {
  const fields = changedFields(mine, current);
  return (
    <section className="conflict" role="alert" aria-labelledby="conflict-heading">
      <h2 id="conflict-heading">
        <FormattedMessage id="forms.conflict.heading" />
      </h2>
      <p>
        <FormattedMessage id="forms.conflict.text" />
      </p>
      <table>
        <thead>
          <tr>
            <th scope="col">
              <FormattedMessage id="forms.conflict.field" />
            </th>
            <th scope="col">
              <FormattedMessage id="forms.conflict.current" />
            </th>
            <th scope="col">
              <FormattedMessage id="forms.conflict.mine" />
            </th>
          </tr>
        </thead>
        <tbody>
          {fields.map((field) => (
            <tr key={field} data-conflict-field={field}>
              <th scope="row">{field}</th>
              <td>
                <pre>{show(current[field])}</pre>
              </td>
              <td>
                <pre>{show(mine[field])}</pre>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" onClick={onTakeCurrent}>
        <FormattedMessage id="forms.conflict.takeCurrent" />
      </button>
    </section>
  );
}

const show = (value: unknown) => (value === undefined ? '—' : JSON.stringify(value, null, 2));
