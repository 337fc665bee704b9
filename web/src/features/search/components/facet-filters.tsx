import { useIntl, type IntlShape } from 'react-intl';
import { useOrganisationName, type SearchPage } from '../api/search.ts';
import { FACETS, type Facet, type SearchState } from '../lib/search-state.ts';

/** A facet's value as a reader reads it: a kind, a country, a status, a measure in words; an article as "Art. 272". */
export function facetLabel(intl: IntlShape, facet: Facet, value: string): string {
  const message = (id: string) => intl.formatMessage({ id, defaultMessage: value });
  switch (facet) {
    case 'kind':
      return message(`search.kind.${value}`);
    case 'jurisdiction':
      return message(`jurisdiction.${value}`);
    case 'status':
      // A charge's status is the last step of its lifecycle; a person's, as the case page says it.
      return message(`step.${value}` in intl.messages ? `step.${value}` : `status.${value}`);
    case 'measure':
      return message(`measureKind.${value}`);
    case 'article':
      return intl.formatMessage({ id: 'article.plain' }, { article: value });
    default:
      return value;
  }
}

/** An organisation by its name, once read (the facet gives its id). */
function OrganisationName({ id }: { id: string }) {
  return <span className="record-text">{useOrganisationName(id)}</span>;
}

/**
 * The facets of a search as checkable filters, each value with how many results it holds; a facet with nothing
 * to tell (no value, or the one value every result has and none is checked) is not shown.
 */
export function FacetFilters({
  page,
  state,
  onToggle,
}: {
  page: SearchPage;
  state: SearchState;
  onToggle: (facet: Facet, value: string) => void;
}) {
  const intl = useIntl();
  return (
    <aside className="search-facets" aria-label={intl.formatMessage({ id: 'search.facets' })}>
      {FACETS.map((facet) => {
        const checked = state.filters[facet] ?? [];
        const values = page.facets[facet].filter((v) => v.count > 0 || checked.includes(v.value));
        if (values.length === 0) return null;
        return (
          <fieldset key={facet} className="search-facet" data-facet={facet}>
            <legend>{intl.formatMessage({ id: `search.facet.${facet}` })}</legend>
            {values.map((v) => (
              <label key={v.value} className="search-facet-value">
                <input
                  type="checkbox"
                  checked={checked.includes(v.value)}
                  onChange={() => onToggle(facet, v.value)}
                  value={v.value}
                />{' '}
                {facet === 'organisation' ? (
                  <OrganisationName id={v.value} />
                ) : (
                  <span>{facetLabel(intl, facet, v.value)}</span>
                )}{' '}
                <span className="muted">({intl.formatNumber(v.count)})</span>
              </label>
            ))}
          </fieldset>
        );
      })}
    </aside>
  );
}
