import type { FormEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useNavigate } from 'react-router';
import {
  CASE_SORTS,
  firstPage,
  listSearch,
  MEASURE_KINDS,
  readCaseList,
  STATUSES,
  type CaseListState,
} from '../lib/list-state.ts';

/** The filters and the sort of the case list: applying them puts them in the URL and starts from the first page. */
export function CaseFilters({ state }: { state: CaseListState }) {
  const intl = useIntl();
  const navigate = useNavigate();
  const t = (id: string) => intl.formatMessage({ id });
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const params = new URLSearchParams();
    for (const [key, value] of new FormData(event.currentTarget))
      if (typeof value === 'string' && value.trim() !== '') params.set(key, value.trim());
    if (state.person !== undefined) params.set('person', state.person);
    if (state.limit !== 25) params.set('limit', String(state.limit));
    void navigate(`/cases${listSearch(firstPage(readCaseList(params)))}`);
  };
  return (
    <form className="list-filters" onSubmit={submit} aria-label={t('lists.filters')}>
      <label className="field">
        <span>{t('lists.jurisdiction')}</span>
        <select name="jurisdiction" defaultValue={state.jurisdiction ?? ''}>
          <option value="">{t('lists.any')}</option>
          {['kz', 'ru', 'by'].map((j) => (
            <option key={j} value={j}>
              {t(`jurisdiction.${j}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>{t('lists.article')}</span>
        <input name="article" defaultValue={state.article ?? ''} placeholder="272(1)" inputMode="text" />
      </label>
      <label className="field field-check">
        <input type="checkbox" name="articleEver" value="true" defaultChecked={state.articleEver === true} />
        <span>{t('lists.articleEver')}</span>
      </label>
      <label className="field">
        <span>{t('lists.status')}</span>
        <select name="status" defaultValue={state.status ?? ''}>
          <option value="">{t('lists.any')}</option>
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`status.${s}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>{t('lists.measure')}</span>
        <select name="measure" defaultValue={state.measure ?? ''}>
          <option value="">{t('lists.any')}</option>
          {MEASURE_KINDS.map((m) => (
            <option key={m} value={m}>
              {t(`measureKind.${m}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="field field-check">
        <input type="checkbox" name="measureEver" value="true" defaultChecked={state.measureEver === true} />
        <span>{t('lists.measureEver')}</span>
      </label>
      <label className="field">
        <span>{t('lists.organisation')}</span>
        <input name="organisation" defaultValue={state.organisation ?? ''} placeholder="org:…" />
      </label>
      <label className="field">
        <span>{t('lists.openedFrom')}</span>
        <input type="date" name="openedFrom" defaultValue={state.openedFrom ?? ''} />
      </label>
      <label className="field">
        <span>{t('lists.openedTo')}</span>
        <input type="date" name="openedTo" defaultValue={state.openedTo ?? ''} />
      </label>
      <label className="field">
        <span>{t('lists.sort')}</span>
        <select name="sort" defaultValue={state.sort ?? 'id'}>
          {CASE_SORTS.map((s) => (
            <option key={s} value={s}>
              {t(`lists.sort.${s}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>{t('lists.order')}</span>
        <select name="order" defaultValue={state.order ?? 'asc'}>
          <option value="asc">{t('lists.order.asc')}</option>
          <option value="desc">{t('lists.order.desc')}</option>
        </select>
      </label>
      <div className="list-filter-actions">
        <button type="submit">
          <FormattedMessage id="lists.apply" />
        </button>
      </div>
    </form>
  );
}
