import { useEffect } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from 'react-router';
import { QueryState } from '../../../components/query-state.tsx';
import { recordPagePath } from '../../../lib/record-paths.ts';
import { casePath } from '../../../lib/url-state.ts';
import { useMe } from '../../auth/api/auth.ts';
import { useCaseList } from '../api/get-lists.ts';
import { firstPage, listSearch, type CaseListState } from '../lib/list-state.ts';
import { CaseFilters } from './case-filters.tsx';

/** The cases, filtered and sorted as the URL says, a page at a time: a view that can be shared and reloaded. */
export function CaseListPage({ state }: { state: CaseListState }) {
  const intl = useIntl();
  const { data, error } = useCaseList(state);
  const me = useMe();
  useEffect(() => {
    document.title = `${intl.formatMessage({ id: 'list.title' })} · ${intl.formatMessage({ id: 'app.name' })}`;
  }, [intl]);
  const mayWrite = (me.data?.user?.roles ?? []).some((role) => role !== 'viewer');
  const isFiltered = listSearch(firstPage({ ...state, limit: 25 })) !== '';
  return (
    <section aria-labelledby="cases-heading">
      <h1 id="cases-heading">
        <FormattedMessage id="list.title" />
      </h1>
      {/* For those who may write, the way to record a case, where the cases are. */}
      {mayWrite && (
        <p className="list-lead">
          <Link to="/cases/from-source" className="button">
            <FormattedMessage id="quick.menu" />
          </Link>{' '}
          <span className="muted">
            <FormattedMessage id="quick.menuHint" />
          </span>
        </p>
      )}
      <CaseFilters key={listSearch(firstPage(state))} state={state} />
      {state.person !== undefined && (
        <p className="filter-note">
          <FormattedMessage
            id="list.filteredByPerson"
            values={{
              person: (
                <Link to={recordPagePath('persons', state.person)} className="record-text">
                  {state.person}
                </Link>
              ),
            }}
          />
        </p>
      )}
      {isFiltered && (
        <p>
          <Link to="/cases">
            <FormattedMessage id="list.clearFilters" />
          </Link>
        </p>
      )}
      {!data ? (
        <QueryState error={error} />
      ) : data.cases.length === 0 && !data.partial ? (
        <p role="status">
          <FormattedMessage
            id={
              isFiltered
                ? 'lists.noMatch'
                : mayWrite
                  ? 'list.emptySignedIn'
                  : me.data?.user !== undefined
                    ? 'list.emptyReader'
                    : 'list.empty'
            }
            values={{ button: intl.formatMessage({ id: 'quick.menu' }) }}
          />
        </p>
      ) : (
        <>
          <p className="muted" role="status">
            <FormattedMessage id="list.count" values={{ count: data.cases.length }} />
          </p>
          <ul className="case-list">
            {data.cases.map((c) => (
              <li key={c.id}>
                <Link to={casePath(c.id)} className="case-link record-text">
                  {c.title}
                </Link>
                <div className="muted">
                  <FormattedMessage id={`jurisdiction.${c.jurisdiction}`} defaultMessage={c.jurisdiction} />
                  {c.defendants.length > 0 ? ' · ' : ''}
                  <span className="record-text">{c.defendants.map((d) => d.name).join(', ')}</span>
                </div>
              </li>
            ))}
          </ul>
          {data.partial && (
            <p className="muted">
              <FormattedMessage id="lists.partial" />
            </p>
          )}
        </>
      )}
      <nav className="pager" aria-label={intl.formatMessage({ id: 'list.pages' })}>
        {state.after !== undefined && (
          <Link to={`/cases${listSearch(firstPage(state))}`}>
            <FormattedMessage id="list.first" />
          </Link>
        )}
        {data?.next !== undefined && (
          <Link to={`/cases${listSearch({ ...state, after: data.next })}`} rel="next">
            <FormattedMessage id={data.partial ? 'lists.searchFurther' : 'list.next'} />
          </Link>
        )}
      </nav>
    </section>
  );
}
