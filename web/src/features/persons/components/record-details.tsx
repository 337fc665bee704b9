import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from 'react-router';
import { displayName } from '../../../../../src/core/common/names.ts';
import { languageOf } from '../../../lib/locale.ts';
import { recordPagePath } from '../../../lib/record-paths.ts';
import { useOrganisation } from '../api/get-person.ts';

/**
 * An organisation a person is tied to, linked to its page and named in the reader's language; by its id while it
 * is read, and when the reader may not see it or it does not exist.
 */
export function OrganisationLink({ id }: { id: string }) {
  const intl = useIntl();
  const { data } = useOrganisation(id);
  const names = data?.record.names ?? [];
  const name = names.length > 0 ? displayName(names, languageOf(intl.locale)) : undefined;
  return <Link to={recordPagePath('organisations', id)}>{name ?? id}</Link>;
}

/** A record's details as label and value, each left out when the record has none. */
export function RecordDetails({ details }: { details: readonly (readonly [string, string | undefined])[] }) {
  const shown = details.filter((d): d is readonly [string, string] => d[1] !== undefined && d[1] !== '');
  if (shown.length === 0) return null;
  return (
    <dl className="record-details">
      {shown.map(([label, value]) => (
        <div key={label}>
          <dt>
            <FormattedMessage id={label} />
          </dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
