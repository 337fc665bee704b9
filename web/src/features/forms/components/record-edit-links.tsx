import { FormattedMessage } from 'react-intl';
import { Link } from 'react-router';
import { formPath } from '../lib/form-paths.ts';

/** For someone signed in, on a person's or an organisation's page: edit it, or record another of its kind. */
export function RecordEditLinks({ kind, id }: { kind: 'person' | 'organisation'; id: string }) {
  return (
    <nav className="edit-links" aria-labelledby="record-edit-links-heading">
      <h2 id="record-edit-links-heading">
        <FormattedMessage id="forms.links.heading" />
      </h2>
      <ul>
        <li>
          <Link to={formPath(kind, id)} data-edit={id}>
            <FormattedMessage id="forms.links.edit" /> <FormattedMessage id={`forms.kind.${kind}`} />
          </Link>
        </li>
        <li>
          <Link to={formPath(kind)} data-add={kind}>
            <FormattedMessage
              id={kind === 'person' ? 'forms.links.newPerson' : 'forms.links.newOrganisation'}
            />
          </Link>
        </li>
      </ul>
    </nav>
  );
}
