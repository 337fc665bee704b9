import { useEffect } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link, useNavigate } from 'react-router';
import { QueryState } from '../../../components/query-state.tsx';
import { useSearch } from '../api/search.ts';
import { hitPath } from '../lib/hit-path.ts';
import { searchPath, searchStateParams, toggleFilter, type SearchState } from '../lib/search-state.ts';
import { FacetFilters } from './facet-filters.tsx';
import { Snippet } from './snippet.tsx';
import '../search.css';

/**
 * The results of a search, a page at a time: each hit's kind, its title linking to its page (a document's to
 * its viewer at the page found, which it names) and its snippet; the facets beside them as filters. The query, the filters and the page are in the URL.
 */
export function SearchResults({ state }: { state: SearchState }) {
  const intl = useIntl();
  const navigate = useNavigate();
  const { data, error, isPlaceholderData } = useSearch(state);
  useEffect(() => {
    const what = intl.formatMessage({ id: 'search.title' });
    document.title = `${state.q !== '' ? `${state.q} · ` : ''}${what} · ${intl.formatMessage({ id: 'app.name' })}`;
  }, [intl, state.q]);

  return (
    <section
      aria-labelledby="search-heading"
      className="search-page"
      aria-busy={isPlaceholderData}
      // The search whose results are shown, once they are its own (tests wait for it).
      data-shown={data !== undefined && !isPlaceholderData ? searchStateParams(state).toString() : undefined}
    >
      <h1 id="search-heading">
        {state.q === '' ? (
          <FormattedMessage id="search.title" />
        ) : (
          <FormattedMessage
            id="search.resultsFor"
            values={{ q: <span className="record-text">{state.q}</span> }}
          />
        )}
      </h1>
      {state.q === '' ? (
        <p>
          <FormattedMessage id="search.empty" />
        </p>
      ) : !data ? (
        <QueryState error={error} />
      ) : (
        <div className="search-layout">
          <FacetFilters
            page={data}
            state={state}
            onToggle={(facet, value) => void navigate(searchPath(toggleFilter(state, facet, value)))}
          />
          <div className="search-hits">
            <p className="muted" role="status">
              <FormattedMessage
                id={data.totalIsLowerBound ? 'search.countAtLeast' : 'search.count'}
                values={{ count: data.total }}
              />
            </p>
            {data.hits.length === 0 ? (
              <p>
                <FormattedMessage id={data.next === undefined ? 'search.none' : 'search.noneOnPage'} />
              </p>
            ) : (
              <ol className="search-hit-list">
                {data.hits.map((hit) => (
                  <li
                    key={`${hit.kind}:${hit.id}`}
                    className="search-hit"
                    data-kind={hit.kind}
                    data-id={hit.id}
                  >
                    <span className="search-kind">
                      {intl.formatMessage({ id: `search.kind.${hit.kind}` })}
                    </span>{' '}
                    <Link to={hitPath(hit)} className="search-hit-title record-text">
                      {hit.title}
                    </Link>
                    {hit.page !== undefined && (
                      <>
                        {' '}
                        <span className="search-page" data-page={hit.page}>
                          <FormattedMessage id="search.onPage" values={{ page: hit.page }} />
                          {(hit.pagesFound ?? 1) > 1 && (
                            <>
                              {' '}
                              <FormattedMessage
                                id="search.morePages"
                                values={{ count: (hit.pagesFound ?? 1) - 1 }}
                              />
                            </>
                          )}
                        </span>
                      </>
                    )}
                    {hit.snippet.length > 0 && (
                      <p>
                        <Snippet segments={hit.snippet} />
                      </p>
                    )}
                  </li>
                ))}
              </ol>
            )}
            <nav className="search-pages" aria-label={intl.formatMessage({ id: 'search.pages' })}>
              {state.cursor !== undefined && (
                <Link to={searchPath({ q: state.q, filters: state.filters })}>
                  <FormattedMessage id="search.firstPage" />
                </Link>
              )}
              {data.next !== undefined && (
                <Link to={searchPath({ ...state, cursor: data.next })} rel="next">
                  <FormattedMessage id="search.nextPage" />
                </Link>
              )}
            </nav>
          </div>
        </div>
      )}
    </section>
  );
}
