import { useEffect, type FormEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link, useNavigate } from 'react-router';
import { displayName } from '../../../../../src/core/common/names.ts';
import { QueryState } from '../../../components/query-state.tsx';
import { recordPagePath } from '../../../lib/record-paths.ts';
import { usePersonList } from '../api/get-lists.ts';
import {
  filtersOn,
  firstPage,
  listSearch,
  PERSON_SORTS,
  readPersonList,
  ROLES,
  type PersonListState,
} from '../lib/list-state.ts';
import { FilterSelect, SortAndApply, submittedParams } from './filter-fields.tsx';
import { FiltersFold } from './filters-fold.tsx';
import { OrganisationFilter } from './organisation-filter.tsx';
import { languageOf } from '../../../lib/locale.ts';

/** The persons, filtered by name, organisation and role in a case, sorted as the URL says. */
export function PersonListPage({ state }: { state: PersonListState }) {
  const intl = useIntl();
  const navigate = useNavigate();
  const t = (id: string) => intl.formatMessage({ id });
  const { data, error } = usePersonList(state);
  useEffect(() => {
    document.title = `${t('lists.persons.title')} · ${t('app.name')}`;
  });
  const submit = (event: FormEvent<HTMLFormElement>) => {
    const params = submittedParams(event);
    void navigate(`/persons${listSearch(firstPage(readPersonList(params)))}`);
  };
  return (
    <section aria-labelledby="persons-heading">
      <h1 id="persons-heading">{t('lists.persons.title')}</h1>
      <FiltersFold key={listSearch(firstPage(state))} count={filtersOn(state)}>
        <form className="list-filters" onSubmit={submit} aria-label={t('lists.filters')}>
          <label className="field">
            <span>{t('lists.persons.name')}</span>
            <input name="name" type="search" defaultValue={state.name ?? ''} />
          </label>
          <OrganisationFilter value={state.organisation} />
          <FilterSelect
            name="role"
            label="lists.persons.role"
            values={ROLES}
            messages="role"
            value={state.role}
            any
          />
          <SortAndApply
            sorts={PERSON_SORTS}
            messages="lists.persons.sort"
            sort={state.sort}
            order={state.order}
          />
        </form>
      </FiltersFold>
      {!data ? (
        <QueryState error={error} />
      ) : data.items.length === 0 ? (
        <p role="status">{t('lists.persons.none')}</p>
      ) : (
        <ul className="case-list">
          {data.items.map((p) => {
            const name = displayName(p.record.names, languageOf(intl.locale));
            const others = [...new Set(p.record.names.map((n) => n.value))]
              .filter((v) => v !== name)
              .slice(0, 3);
            // Two persons listed under one name are told apart by their ids.
            const isTwin = data.items.some(
              (q) => q.id !== p.id && displayName(q.record.names, languageOf(intl.locale)) === name,
            );
            return (
              <li key={p.id}>
                <Link to={recordPagePath('persons', p.id)} className="case-link record-text">
                  {name}
                </Link>
                {others.length > 0 && <span className="muted record-text"> · {intl.formatList(others)}</span>}
                {isTwin && <span className="muted"> · {p.id}</span>}
              </li>
            );
          })}
        </ul>
      )}
      <nav className="pager" aria-label={t('list.pages')}>
        {state.after !== undefined && (
          <Link to={`/persons${listSearch(firstPage(state))}`}>
            <FormattedMessage id="list.first" />
          </Link>
        )}
        {data?.next !== undefined && (
          <Link to={`/persons${listSearch({ ...state, after: data.next })}`} rel="next">
            <FormattedMessage id="list.next" />
          </Link>
        )}
      </nav>
    </section>
  );
}
