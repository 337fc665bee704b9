import { useEffect } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from 'react-router';
import { QueryState } from '../../../components/query-state.tsx';
import { recordPagePath } from '../../../lib/record-paths.ts';
import { casePath, listPageSearch, type ListPage } from '../../../lib/url-state.ts';
import { useCases } from '../api/get-cases.ts';

/** The published cases, a page at a time; the page is in the URL, so it can be shared and reloaded. */
export function CaseList({ page }: { page: ListPage }) {
  const intl = useIntl();
  const { data, error } = useCases(page);
  useEffect(() => {
    document.title = `${intl.formatMessage({ id: 'list.title' })} · ${intl.formatMessage({ id: 'app.name' })}`;
  }, [intl]);
  return (
    <section aria-labelledby="cases-heading">
      <h1 id="cases-heading">
        <FormattedMessage id="list.title" />
      </h1>
      {page.person !== undefined && (
        <p className="filter-note">
          <FormattedMessage
            id="list.filteredByPerson"
            values={{
              person: <Link to={recordPagePath('persons', page.person)}>{page.person}</Link>,
            }}
          />{' '}
          <Link to="/cases">
            <FormattedMessage id="list.clearFilters" />
          </Link>
        </p>
      )}
      {!data ? (
        <QueryState error={error} />
      ) : data.cases.length === 0 ? (
        <p>
          <FormattedMessage id="list.empty" />
        </p>
      ) : (
        <>
          <p className="muted">
            <FormattedMessage id="list.count" values={{ count: data.cases.length }} />
          </p>
          <ul className="case-list">
            {data.cases.map((c) => (
              <li key={c.id}>
                <Link to={casePath(c.id)} className="case-link">
                  {c.title}
                </Link>
                <div className="muted">
                  <FormattedMessage id={`jurisdiction.${c.jurisdiction}`} defaultMessage={c.jurisdiction} />
                  {c.defendants.length > 0 ? ' · ' : ''}
                  {c.defendants.map((d) => d.name).join(', ')}
                </div>
              </li>
            ))}
          </ul>
        </>
      )}
      <nav className="pager" aria-label={intl.formatMessage({ id: 'list.pages' })}>
        {page.after !== undefined && (
          <Link
            to={`/cases${listPageSearch({ limit: page.limit, ...(page.person ? { person: page.person } : {}) })}`}
          >
            <FormattedMessage id="list.first" />
          </Link>
        )}
        {data?.next !== undefined && (
          <Link to={`/cases${listPageSearch({ ...page, after: data.next })}`} rel="next">
            <FormattedMessage id="list.next" />
          </Link>
        )}
      </nav>
    </section>
  );
}
