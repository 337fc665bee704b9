import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from 'react-router';
import { QueryState } from '../../../components/query-state.tsx';
import { formatPartialDate } from '../../../lib/format.ts';
import { usePageTitle } from '../../../lib/page-title.ts';
import { historyPath } from '../../../lib/record-paths.ts';
import { casePath, LIST_PAGE, listPageSearch } from '../../../lib/url-state.ts';
import { usePerson, usePersonCases } from '../api/get-person.ts';
import { NamesTable } from './names-table.tsx';
import { regionName } from '../../../lib/regions.ts';
import { OrganisationLink, RecordDetails } from './record-details.tsx';

/** A person: every name and spelling, their ties to organisations, and the cases they take part in. */
export function PersonPage({ id }: { id: string }) {
  const intl = useIntl();
  const { data, error } = usePerson(id);
  const preferred = data?.record.names.find((n) => n.isPreferred === true) ?? data?.record.names[0];
  usePageTitle(preferred?.value);
  if (!data) return <QueryState error={error} notFound="persons.notFound" />;
  const person = data.record;
  return (
    <article aria-labelledby="person-heading">
      <h1 id="person-heading" lang={preferred?.language}>
        {preferred?.value ?? id}
      </h1>
      <p className="muted">
        {person.occupation}
        {person.occupation !== undefined && ' · '}
        <Link to={historyPath('persons', id)}>
          <FormattedMessage id="history.link" />
        </Link>
      </p>
      {person.description !== undefined && <p>{person.description}</p>}
      <RecordDetails
        details={[
          ['forms.field.person.birthDate', person.birthDate && formatPartialDate(intl, person.birthDate)],
          [
            'forms.person.gender',
            person.gender && intl.formatMessage({ id: `forms.gender.${person.gender}` }),
          ],
          [
            'forms.field.person.citizenship',
            person.citizenship?.map((code) => regionName(intl, code)).join(', '),
          ],
        ]}
      />
      <NamesTable names={person.names} />
      <section aria-labelledby="affiliations-heading">
        <h2 id="affiliations-heading">
          <FormattedMessage id="persons.affiliations" />
        </h2>
        {person.affiliations.length === 0 ? (
          <p className="muted">
            <FormattedMessage id="common.none" />
          </p>
        ) : (
          <ul>
            {person.affiliations.map((a, i) => (
              <li key={i}>
                <OrganisationLink id={a.organisation} />
                {' — '}
                {a.role}
                {a.period?.from !== undefined || a.period?.to !== undefined ? (
                  <span className="muted">
                    {' ('}
                    {a.period.from !== undefined ? formatPartialDate(intl, a.period.from) : '…'}
                    {' – '}
                    {a.period.to !== undefined ? formatPartialDate(intl, a.period.to) : '…'}
                    {')'}
                  </span>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </section>
      <PersonCases id={id} />
    </article>
  );
}

function PersonCases({ id }: { id: string }) {
  const { data, error } = usePersonCases(id);
  return (
    <section aria-labelledby="person-cases-heading">
      <h2 id="person-cases-heading">
        <FormattedMessage id="persons.cases" />
      </h2>
      <p>
        <Link to={`/cases${listPageSearch({ limit: LIST_PAGE.default, person: id })}`}>
          <FormattedMessage id="persons.casesInList" />
        </Link>
      </p>
      {!data ? (
        <QueryState error={error} />
      ) : data.cases.length === 0 ? (
        <p className="muted">
          <FormattedMessage id="common.none" />
        </p>
      ) : (
        <ul className="case-list">
          {data.cases.map((c) => (
            <li key={c.id}>
              <Link to={casePath(c.id)} className="case-link">
                {c.title}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
