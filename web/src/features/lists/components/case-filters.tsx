import type { FormEvent } from 'react';
import { useIntl } from 'react-intl';
import { useNavigate } from 'react-router';
import {
  CASE_SORTS,
  filtersOn,
  firstPage,
  listSearch,
  MEASURE_KINDS,
  readCaseList,
  STATUSES,
  type CaseListState,
} from '../lib/list-state.ts';
import { useJurisdictions } from '../api/get-lists.ts';
import { FilterCheck, FilterSelect, SortAndApply, submittedParams } from './filter-fields.tsx';
import { FiltersFold } from './filters-fold.tsx';
import { OrganisationFilter } from './organisation-filter.tsx';
import { languageOf } from '../../../lib/locale.ts';

/**
 * The jurisdiction filter: the jurisdictions of the law data and of the reader's cases, named from the
 * catalogue, else from the law data in the interface's language, else by code.
 */
function JurisdictionSelect({ value }: { value: string | undefined }) {
  const intl = useIntl();
  const { data = [] } = useJurisdictions();
  const codes = [...new Set([...data.map((j) => j.code), ...(value !== undefined ? [value] : [])])];
  const nameOf = (code: string) => {
    const id = `jurisdiction.${code}`;
    if (Object.hasOwn(intl.messages, id)) return intl.formatMessage({ id });
    const names = data.find((j) => j.code === code)?.names;
    return names?.[languageOf(intl.locale)] ?? names?.['en'] ?? code;
  };
  return (
    <label className="field">
      <span>{intl.formatMessage({ id: 'lists.jurisdiction' })}</span>
      {/* Keyed by the choices, so the chosen one is selected once they arrive. */}
      <select name="jurisdiction" defaultValue={value ?? ''} key={codes.join(',')}>
        <option value="">{intl.formatMessage({ id: 'lists.any' })}</option>
        {codes.map((code) => (
          <option key={code} value={code}>
            {nameOf(code)}
          </option>
        ))}
      </select>
    </label>
  );
}

/**
 * The filters and the sort of the case list, folded on a phone: applying them puts them in the URL and starts
 * from the first page.
 */
export function CaseFilters({ state }: { state: CaseListState }) {
  const intl = useIntl();
  const navigate = useNavigate();
  const t = (id: string) => intl.formatMessage({ id });
  const submit = (event: FormEvent<HTMLFormElement>) => {
    const params = submittedParams(event);
    if (state.person !== undefined) params.set('person', state.person);
    if (state.limit !== 25) params.set('limit', String(state.limit));
    void navigate(`/cases${listSearch(firstPage(readCaseList(params)))}`);
  };
  return (
    <FiltersFold count={filtersOn(state)}>
      <form className="list-filters" onSubmit={submit} aria-label={t('lists.filters')}>
        <JurisdictionSelect value={state.jurisdiction} />
        <label className="field">
          <span>{t('lists.article')}</span>
          <input name="article" defaultValue={state.article ?? ''} placeholder="272(1)" inputMode="text" />
        </label>
        <FilterCheck name="articleEver" label="lists.articleEver" checked={state.articleEver === true} />
        <FilterSelect
          name="status"
          label="lists.status"
          values={STATUSES}
          messages="status"
          value={state.status}
          any
        />
        <FilterSelect
          name="measure"
          label="lists.measure"
          values={MEASURE_KINDS}
          messages="measureKind"
          value={state.measure}
          any
        />
        <FilterCheck name="measureEver" label="lists.measureEver" checked={state.measureEver === true} />
        <OrganisationFilter value={state.organisation} />
        <label className="field">
          <span>{t('lists.openedFrom')}</span>
          <input type="date" name="openedFrom" defaultValue={state.openedFrom ?? ''} />
        </label>
        <label className="field">
          <span>{t('lists.openedTo')}</span>
          <input type="date" name="openedTo" defaultValue={state.openedTo ?? ''} />
        </label>
        <SortAndApply sorts={CASE_SORTS} messages="lists.sort" sort={state.sort} order={state.order} />
      </form>
    </FiltersFold>
  );
}
