import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from 'react-router';
import { QueryState } from '../../../components/query-state.tsx';
import { displayName } from '../../../../../src/core/common/names.ts';
import { languageOf } from '../../../lib/locale.ts';
import { usePageTitle } from '../../../lib/page-title.ts';
import { historyPath, recordPagePath } from '../../../lib/record-paths.ts';
import { useOrganisation, useOrganisationPersons } from '../api/get-person.ts';
import { formatPartialDate } from '../../../lib/format.ts';
import { NamesTable } from './names-table.tsx';
import { regionName } from '../../../lib/regions.ts';
import { OrganisationLink, RecordDetails } from './record-details.tsx';

/** An organisation: what it is, every name and spelling, and the body it belongs to. */
export function OrganisationPage({ id }: { id: string }) {
  const intl = useIntl();
  const { data, error } = useOrganisation(id);
  const preferred = data?.record.names.find((n) => n.isPreferred === true) ?? data?.record.names[0];
  usePageTitle(preferred?.value);
  if (!data) return <QueryState error={error} notFound="persons.organisationNotFound" />;
  const org = data.record;
  return (
    <article aria-labelledby="organisation-heading">
      <h1 id="organisation-heading" lang={preferred?.language}>
        {preferred?.value ?? id}
      </h1>
      <p className="muted">
        <FormattedMessage id={`persons.organisationKind.${org.kind}`} defaultMessage={org.kind} />
        {org.place !== undefined && ` · ${org.place}`}
        {' · '}
        <Link to={historyPath('organisations', id)}>
          <FormattedMessage id="history.link" />
        </Link>
      </p>
      {org.parent !== undefined && (
        <p>
          <FormattedMessage id="persons.parent" /> <OrganisationLink id={org.parent} />
        </p>
      )}
      {org.description !== undefined && <p>{org.description}</p>}
      <RecordDetails
        details={[['forms.case.jurisdiction', org.jurisdiction && regionName(intl, org.jurisdiction)]]}
      />
      <NamesTable names={org.names} />
      <OrganisationPersons id={id} />
      {org.registration.length > 0 && (
        <section aria-labelledby="registration-heading">
          <h2 id="registration-heading">
            <FormattedMessage id="forms.organisation.registration" />
          </h2>
          <ul>
            {org.registration.map((step, i) => (
              <li key={i}>
                {step.date !== undefined && <>{formatPartialDate(intl, step.date)}: </>}
                <FormattedMessage id={`forms.registration.${step.status}`} />
                {step.authority !== undefined && (
                  <>
                    {' · '}
                    <FormattedMessage id="forms.organisation.authority" />{' '}
                    <OrganisationLink id={step.authority} />
                  </>
                )}
                {step.note !== undefined && <span className="muted"> — {step.note}</span>}
              </li>
            ))}
          </ul>
        </section>
      )}
    </article>
  );
}

/** The persons tied to the organisation (its members, leaders, staff), each linked to their page with their role. */
function OrganisationPersons({ id }: { id: string }) {
  const intl = useIntl();
  const { data } = useOrganisationPersons(id);
  const persons = data?.items ?? [];
  if (persons.length === 0) return null;
  return (
    <section aria-labelledby="organisation-persons-heading">
      <h2 id="organisation-persons-heading">
        <FormattedMessage id="persons.ofOrganisation" />
      </h2>
      <ul>
        {persons.map((p) => {
          const roles = p.record.affiliations.filter((a) => a.organisation === id).map((a) => a.role);
          return (
            <li key={p.id}>
              <Link to={recordPagePath('persons', p.id)} className="record-text">
                {displayName(p.record.names, languageOf(intl.locale))}
              </Link>
              {roles.length > 0 && <span className="muted record-text"> — {roles.join(', ')}</span>}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
